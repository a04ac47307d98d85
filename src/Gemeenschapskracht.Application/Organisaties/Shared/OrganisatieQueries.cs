using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Organisaties.Dtos;
using Gemeenschapskracht.Domain.Beleidskaders;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Gebieden;
using Gemeenschapskracht.Domain.Organisaties;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Organisaties.Shared;

public static class OrganisatieQueries
{
    public static async Task<Organisatie> VindOrganisatieAsync(this IApplicationDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Set<Organisatie>().FirstOrDefaultAsync(o => o.Id == id, cancellationToken)
        ?? throw new NotFoundException("Deze organisatie staat niet in het register van deze gemeente.");

    /// <summary>The organisation with the names of its wijken and publieke waarden.</summary>
    public static async Task<OrganisatieDto> ToDtoAsync(this IApplicationDbContext db, Organisatie organisatie, CancellationToken cancellationToken)
    {
        var namen = await db.Gebieden.Where(g => organisatie.WijkIds.Contains(g.Id))
            .ToDictionaryAsync(g => g.Id, g => g.Naam ?? g.Code, cancellationToken);
        foreach (var waarde in await db.PubliekeWaardenAsync(cancellationToken))
            namen.TryAdd(waarde.Id, waarde.Naam);
        return organisatie.ToDto(namen);
    }

    /// <summary>
    /// The publieke waarden an organisation can be tagged with: those of the beleidskader in force, else of the latest
    /// version (a gemeente that is still drafting its first kader already registers its organisations).
    /// </summary>
    public static async Task<IReadOnlyList<PubliekeWaarde>> PubliekeWaardenAsync(this IApplicationDbContext db, CancellationToken cancellationToken)
    {
        var kaders = db.Set<Beleidskader>().AsNoTracking();
        var kader = await kaders.FirstOrDefaultAsync(b => b.Status == BeleidskaderStatus.Vastgesteld, cancellationToken)
            ?? await kaders.OrderByDescending(b => b.Versie).FirstOrDefaultAsync(cancellationToken);
        return kader?.Inhoud.PubliekeWaarden ?? [];
    }

    /// <summary>Refuses wijken that are not wijken of this gemeente and publieke waarden that are not in its kader.</summary>
    public static async Task EnsureVerwijzingenAsync(this IApplicationDbContext db, IReadOnlyCollection<Guid> wijkIds, IReadOnlyCollection<Guid> publiekeWaardeIds, CancellationToken cancellationToken)
    {
        var wijken = await db.Gebieden.CountAsync(g => wijkIds.Contains(g.Id) && g.Soort == GebiedSoort.Wijk, cancellationToken);
        if (wijken != wijkIds.Distinct().Count())
            throw new DomainException("Een organisatie werkt in wijken van deze gemeente; kies de wijken uit de wijkindeling.");
        var waarden = (await db.PubliekeWaardenAsync(cancellationToken)).Select(w => w.Id).ToHashSet();
        if (publiekeWaardeIds.Any(id => !waarden.Contains(id)))
            throw new DomainException("Kies de thema's uit de publieke waarden van het beleidskader.");
    }
}
