using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Domain.Lidmaatschappen;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Leden.Shared;

internal static class LidQueries
{
    /// <summary>An active membership of the current gemeente (the tenant filter); any other is "not found", so nothing leaks across gemeenten.</summary>
    public static async Task<Lidmaatschap> FindLidAsync(this ITenantCatalogDbContext catalog, Guid id, CancellationToken ct) =>
        await catalog.Lidmaatschappen.FirstOrDefaultAsync(l => l.Id == id && l.RevokedAt == null, ct)
        ?? throw new NotFoundException("Dit lid bestaat niet in deze gemeente.");

    /// <summary>Nobody changes their own membership: that is how a role would be escalated.</summary>
    public static void EnsureNotOwn(this Lidmaatschap lid, ICurrentUser user)
    {
        if (user.UserId == lid.UserId)
            throw new ForbiddenAccessException("U kunt uw eigen rollen niet wijzigen of intrekken.");
    }
}
