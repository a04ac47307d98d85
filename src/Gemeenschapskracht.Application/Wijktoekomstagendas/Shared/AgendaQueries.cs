using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Wijkbeelden.Dtos;
using Gemeenschapskracht.Application.Wijkbeelden.Shared;
using Gemeenschapskracht.Application.Wijktoekomstagendas.Dtos;
using Gemeenschapskracht.Domain.Beleidskaders;
using Gemeenschapskracht.Domain.Organisaties;
using Gemeenschapskracht.Domain.Wijkbeelden;
using Gemeenschapskracht.Domain.Wijktoekomstagendas;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Wijktoekomstagendas.Shared;

/// <summary>What the use cases of the agenda share: who sees what, loading, the kader in force, the DTO.</summary>
public static class AgendaQueries
{
    /// <summary>Members of the gemeente see every version; the public only published ones (and later states).</summary>
    public static IQueryable<Wijktoekomstagenda> Zichtbaar(this IApplicationDbContext db, ICurrentUser user)
    {
        var agendas = db.Set<Wijktoekomstagenda>().Include(a => a.Ambities).AsQueryable();
        return user.IsAuthenticated && !user.IsSystem && WijkbeeldToegang.IsGemeentelid(user)
            ? agendas
            : agendas.Where(a => a.Status != AgendaStatus.Concept);
    }

    public static async Task<Wijktoekomstagenda> VindAsync(this IQueryable<Wijktoekomstagenda> agendas, Guid id, CancellationToken cancellationToken) =>
        await agendas.Include(a => a.Ambities).FirstOrDefaultAsync(a => a.Id == id, cancellationToken)
        ?? throw new NotFoundException("Deze wijktoekomstagenda bestaat niet in deze gemeente.");

    /// <summary>The stable ids of the public values of the beleidskader in force (none when no kader is adopted).</summary>
    public static async Task<IReadOnlySet<Guid>> WaardenInKaderAsync(this IApplicationDbContext db, CancellationToken cancellationToken)
    {
        var geldend = await db.Set<Beleidskader>().AsNoTracking().FirstOrDefaultAsync(b => b.Status == BeleidskaderStatus.Vastgesteld, cancellationToken);
        return geldend is null ? new HashSet<Guid>() : geldend.Inhoud.PubliekeWaarden.Select(w => w.Id).ToHashSet();
    }

    /// <summary>The names of the public values, from the kader in force first and then from older versions.</summary>
    public static async Task<IReadOnlyDictionary<Guid, string>> WaardeNamenAsync(this IApplicationDbContext db, CancellationToken cancellationToken)
    {
        var kaders = await db.Set<Beleidskader>().AsNoTracking().ToListAsync(cancellationToken);
        var namen = new Dictionary<Guid, string>();
        foreach (var kader in kaders.OrderByDescending(k => k.IsGeldend).ThenByDescending(k => k.Versie))
            foreach (var waarde in kader.Inhoud.PubliekeWaarden)
                namen.TryAdd(waarde.Id, waarde.Naam);
        return namen;
    }

    public static async Task<WijktoekomstagendaDto> ToDtoAsync(this IApplicationDbContext db, Wijktoekomstagenda agenda, CancellationToken cancellationToken)
    {
        var wijk = await db.Gebieden.AsNoTracking().FirstAsync(g => g.Id == agenda.GebiedId, cancellationToken);
        var organisatieIds = agenda.Team.Concat(agenda.Ambities.SelectMany(a => a.Werkgroepen).Select(w => w.ContactOrganisatieId).OfType<Guid>()).Distinct().ToList();
        var organisaties = await db.Set<Organisatie>().AsNoTracking().Where(o => organisatieIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Naam, cancellationToken);
        var waarden = await db.WaardeNamenAsync(cancellationToken);
        return new WijktoekomstagendaDto(
            agenda.Id, agenda.GebiedId, wijk.Naam ?? wijk.Code, agenda.Versie, agenda.Titel, agenda.Intro, agenda.HorizonJaren, agenda.StartJaar,
            agenda.Halverwege, agenda.HorizonEinde, agenda.BuurtTopId, agenda.Status,
            agenda.Team.Select(id => new TeamlidDto(id, organisaties.GetValueOrDefault(id, "(onbekende organisatie)"))).ToList(),
            agenda.Ambities.OrderBy(a => a.Nummer).Select(a => a.ToDto(waarden, organisaties)).ToList(),
            agenda.Verspreidingen.OrderBy(v => v.Datum).ThenBy(v => v.Id).Select(v => new VerspreidingDto(v.Id, v.Wijze, v.Omschrijving, v.Datum, v.Aantal)).ToList(),
            Signaleringen(agenda),
            agenda.AangemaaktOp, agenda.GewijzigdOp, agenda.GepubliceerdOp);
    }

    public static AmbitieDto ToDto(this Ambitie a, IReadOnlyDictionary<Guid, string> waarden, IReadOnlyDictionary<Guid, string> organisaties) => new(
        a.AmbitieId, a.Titel, a.Tekst, a.PubliekeWaardeId, a.PubliekeWaardeId is { } w ? waarden.GetValueOrDefault(w) : null, a.IsEigenDoel,
        a.Status, a.LosgelatenReden, new HerkomstDto(a.Herkomst.Kant, a.Herkomst.Auteur, a.Herkomst.Op),
        a.Werkgroepen.Select(g => new WerkgroepDto(g.Id, g.Naam, g.Leden, g.ContactOrganisatieId,
            g.ContactOrganisatieId is { } o ? organisaties.GetValueOrDefault(o) : null)).ToList(),
        a.Opmerkingen.Select(o => new OpmerkingDto(o.Id, o.Kant, o.Auteur, o.Tekst, o.Op)).ToList());

    private static List<string> Signaleringen(Wijktoekomstagenda agenda) =>
        agenda.Herijkingen.Select(h => h switch
        {
            Herijkingsmoment.Halverwege => $"Halverwege de horizon ({agenda.Halverwege:dd-MM-yyyy}): tijd om de agenda te herijken.",
            _ => $"Einde van de horizon ({agenda.HorizonEinde:dd-MM-yyyy}): herijk de agenda of begin een nieuwe versie.",
        }).ToList();

    /// <summary>The team of the wijk's latest wijkbeeld, the default team of a first agenda.</summary>
    public static async Task<IReadOnlyList<Guid>> WijkbeeldTeamAsync(this IApplicationDbContext db, Guid wijkId, CancellationToken cancellationToken) =>
        await db.Set<Wijkbeeld>().AsNoTracking().Where(w => w.GebiedId == wijkId).OrderByDescending(w => w.Versie)
            .Select(w => w.Team).FirstOrDefaultAsync(cancellationToken) ?? [];
}
