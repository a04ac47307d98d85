using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Organisaties;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Leden.Shared;

internal static class LidOrganisaties
{
    /// <summary>A member can act only for an organisation of this gemeente's register that has not stopped (400 otherwise).</summary>
    public static async Task EnsureOrganisatieActiefAsync(this IApplicationDbContext db, Guid? organisatieId, CancellationToken cancellationToken)
    {
        if (organisatieId is not { } id)
            return;
        var status = await db.Set<Organisatie>().Where(o => o.Id == id).Select(o => (OrganisatieStatus?)o.Status).FirstOrDefaultAsync(cancellationToken);
        if (status is null)
            throw new DomainException("Deze organisatie staat niet in het register van de gemeente.");
        if (status == OrganisatieStatus.Gestopt)
            throw new DomainException("Deze organisatie is gestopt; niemand kan nog voor haar werken.");
    }
}
