using Gemeenschapskracht.Application.Beleidskaders.Dtos;
using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Domain.Beleidskaders;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Gebieden;
using Gemeenschapskracht.Domain.Organisaties;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Beleidskaders.Shared;

/// <summary>What the use cases of the beleidskader share: who sees drafts, loading a version, its wijkindeling.</summary>
public static class BeleidskaderQueries
{
    /// <summary>Roles that see concepts and proposals; everybody else, the public included, sees adopted versions only (open overheid).</summary>
    public static bool ZietConcepten(ICurrentUser user) =>
        user.IsInRole(Roles.GemeenteBeheerder) || user.IsInRole(Roles.Beleidsmedewerker) || user.IsInRole(Roles.Griffie)
        || user.IsInRole(Roles.Raadslid) || user.IsInRole(Roles.Auditor);

    public static IQueryable<Beleidskader> Zichtbaar(this IApplicationDbContext db, ICurrentUser user)
    {
        var kaders = db.Set<Beleidskader>().AsQueryable();
        return ZietConcepten(user)
            ? kaders
            : kaders.Where(b => b.Status == BeleidskaderStatus.Vastgesteld || b.Status == BeleidskaderStatus.Vervangen);
    }

    public static async Task<Beleidskader> VindAsync(this IQueryable<Beleidskader> kaders, Guid id, CancellationToken cancellationToken) =>
        await kaders.FirstOrDefaultAsync(b => b.Id == id, cancellationToken)
        ?? throw new NotFoundException("Deze versie van het beleidskader bestaat niet in deze gemeente.");

    public static async Task<WijkindelingDto> WijkindelingAsync(this IApplicationDbContext db, CancellationToken cancellationToken)
    {
        var telling = await db.Gebieden.GroupBy(g => g.Soort).Select(g => new { Soort = g.Key, Aantal = g.Count() }).ToListAsync(cancellationToken);
        var pilotwijken = await db.Gebieden.Where(g => g.IsPilot && g.Soort == GebiedSoort.Wijk).OrderBy(g => g.Code)
            .Select(g => new PilotwijkDto(g.Id, g.Naam ?? g.Code)).ToListAsync(cancellationToken);
        return new WijkindelingDto(
            telling.FirstOrDefault(t => t.Soort == GebiedSoort.Wijk)?.Aantal ?? 0,
            telling.FirstOrDefault(t => t.Soort == GebiedSoort.Buurt)?.Aantal ?? 0,
            pilotwijken);
    }

    /// <summary>The stable ids of the public values something downstream is tagged with (today: organisations).</summary>
    public static async Task<IReadOnlySet<Guid>> PubliekeWaardenInGebruikAsync(this IApplicationDbContext db, CancellationToken cancellationToken)
    {
        // Flattened here: SelectMany over a JSON primitive collection needs SQL APPLY, which SQLite does not have.
        var perOrganisatie = await db.Set<Organisatie>().Select(o => o.PubliekeWaardeIds).ToListAsync(cancellationToken);
        return perOrganisatie.SelectMany(ids => ids).ToHashSet();
    }

    public static DateOnly Vandaag(this TimeProvider clock) => Kalender.Dag(clock.GetUtcNow());
}
