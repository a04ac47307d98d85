using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Domain.Subsidies;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Subsidies.Shared;

public static class AfbouwQueries
{
    /// <summary>The verleningen of one organisation that still stand (not withdrawn), for the 4:51 count.</summary>
    public static Task<List<Beschikking>> VerleningenVanAsync(this IApplicationDbContext db, Guid organisatieId, CancellationToken cancellationToken) =>
        db.Set<Beschikking>().AsNoTracking()
            .Where(b => b.OrganisatieId == organisatieId && b.Soort == BesluitSoort.Verlening && b.IngetrokkenOp == null)
            .ToListAsync(cancellationToken);

    /// <summary>Whether a refusal, reduction or end needs a phase-out term: subsidised three years in a row up to <paramref name="totEnMet"/> (Awb 4:51).</summary>
    public static async Task<bool> AfbouwVereistAsync(this IApplicationDbContext db, Guid organisatieId, int totEnMet, CancellationToken cancellationToken) =>
        Afbouw.IsVereist(await db.VerleningenVanAsync(organisatieId, cancellationToken), totEnMet);

    public static IQueryable<Wijzigingsbesluit> ZichtbareWijzigingen(this IApplicationDbContext db, ICurrentUser user) =>
        SubsidieQueries.IsBehandelaar(user) ? db.Set<Wijzigingsbesluit>() : db.Set<Wijzigingsbesluit>().Where(w => w.OrganisatieId == user.OrganisatieId);
}
