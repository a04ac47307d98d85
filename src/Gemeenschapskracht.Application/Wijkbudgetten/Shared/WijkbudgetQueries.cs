using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Wijkbudgetten.Dtos;
using Gemeenschapskracht.Domain.Beleidskaders;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Dienstverleningsafspraken;
using Gemeenschapskracht.Domain.Gebieden;
using Gemeenschapskracht.Domain.Regels;
using Gemeenschapskracht.Domain.Subsidies;
using Gemeenschapskracht.Domain.Trekkingsrechten;
using Gemeenschapskracht.Domain.Wijkbeelden;
using Gemeenschapskracht.Domain.Wijkbudgetten;
using Gemeenschapskracht.Domain.Wijktoekomstagendas;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Wijkbudgetten.Shared;

/// <summary>What the use cases of the methodiek and the wijkbudgetten share: who sees proposals, loading, what a line may reference.</summary>
public static class WijkbudgetQueries
{
    /// <summary>Roles that see ontwerpen and voorstellen; the public sees what the raad decided (open overheid).</summary>
    public static bool ZietVoorstellen(ICurrentUser user) =>
        user.IsInRole(Roles.GemeenteBeheerder) || user.IsInRole(Roles.Beleidsmedewerker) || user.IsInRole(Roles.Griffie)
        || user.IsInRole(Roles.Raadslid) || user.IsInRole(Roles.Auditor);

    public static IQueryable<Budgetmethodiek> ZichtbareMethodieken(this IApplicationDbContext db, ICurrentUser user) =>
        ZietVoorstellen(user) ? db.Set<Budgetmethodiek>() : db.Set<Budgetmethodiek>().Where(m => m.Status != MethodiekStatus.Ontwerp);

    public static IQueryable<Wijkbudget> ZichtbareWijkbudgetten(this IApplicationDbContext db, ICurrentUser user) =>
        ZietVoorstellen(user) ? db.Set<Wijkbudget>() : db.Set<Wijkbudget>().Where(w => w.Status != WijkbudgetStatus.Voorgesteld);

    public static async Task<Budgetmethodiek> VindAsync(this IQueryable<Budgetmethodiek> methodieken, Guid id, CancellationToken cancellationToken) =>
        await methodieken.FirstOrDefaultAsync(m => m.Id == id, cancellationToken)
        ?? throw new NotFoundException("Deze versie van de budgetmethodiek bestaat niet in deze gemeente.");

    public static async Task<Wijkbudget> VindAsync(this IQueryable<Wijkbudget> budgetten, Guid id, CancellationToken cancellationToken) =>
        await budgetten.FirstOrDefaultAsync(w => w.Id == id, cancellationToken)
        ?? throw new NotFoundException("Dit wijkbudget bestaat niet in deze gemeente.");

    /// <summary>The beleidskader in force: its funding sources fill the envelope, its public values may be referenced.</summary>
    public static async Task<Beleidskader> GeldendKaderAsync(this IApplicationDbContext db, CancellationToken cancellationToken) =>
        await db.Set<Beleidskader>().AsNoTracking().FirstOrDefaultAsync(b => b.Status == BeleidskaderStatus.Vastgesteld, cancellationToken)
        ?? throw new DomainException("De raad heeft nog geen beleidskader vastgesteld; de wijkbudgetten komen uit de financieringsbronnen daarvan.");

    public static async Task<Budgetmethodiek> GeldendeMethodiekAsync(this IApplicationDbContext db, CancellationToken cancellationToken) =>
        await db.Set<Budgetmethodiek>().FirstOrDefaultAsync(m => m.Status == MethodiekStatus.Vastgesteld, cancellationToken)
        ?? throw new DomainException("De raad heeft nog geen budgetmethodiek vastgesteld; een wijkbudget volgt de geldende methodiek.");

    /// <summary>What a budget of <paramref name="wijkId"/> is set under: the methodiek in force and what its lines may reference.</summary>
    public static async Task<(Budgetmethodiek Methodiek, Verwijzingen Verwijzingen)> BudgetkaderAsync(this IApplicationDbContext db, Guid wijkId, CancellationToken cancellationToken)
    {
        var methodiek = await db.GeldendeMethodiekAsync(cancellationToken);
        return (methodiek, await db.VerwijzingenAsync(wijkId, await db.GeldendKaderAsync(cancellationToken), cancellationToken));
    }

    /// <summary>A budget as the API shows it, with its wijk's name and the floor of the methodiek it was computed by.</summary>
    public static async Task<WijkbudgetDto> WeergaveAsync(this IApplicationDbContext db, Wijkbudget budget, CancellationToken cancellationToken) =>
        budget.ToDto(await db.WijkNaamAsync(budget.WijkId, cancellationToken), await db.VloerVanAsync(budget.MethodiekId, cancellationToken),
            await db.VerleendUitAsync(budget.Id, cancellationToken));

    /// <summary>
    /// What subsidies granted under the budget's regelingen, trekkingsrechten paid from its lines (a right less what
    /// returned to its line on expiry, R4.5) and the dienstverleningsafspraken paid from its lines (R4.3) took from it;
    /// summed in memory: value-converted amounts.
    /// </summary>
    public static async Task<long> VerleendUitAsync(this IApplicationDbContext db, Guid budgetId, CancellationToken cancellationToken)
    {
        var subsidies = (await db.Set<Subsidieregeling>().AsNoTracking().Where(r => r.WijkbudgetId == budgetId).Select(r => r.Verleend).ToListAsync(cancellationToken))
            .Sum(b => b.Eurocent);
        var rechten = (await db.Set<Trekkingsrecht>().AsNoTracking().Where(t => t.WijkbudgetId == budgetId).Select(t => new { t.Waarde, t.Terugvloei }).ToListAsync(cancellationToken))
            .Sum(t => t.Waarde.Eurocent - (t.Terugvloei?.Eurocent ?? 0));
        var afspraken = (await db.Set<Dienstverleningsafspraak>().AsNoTracking().Where(a => a.WijkbudgetId == budgetId).ToListAsync(cancellationToken))
            .Sum(a => a.Vastgelegd.Eurocent);
        return subsidies + rechten + afspraken;
    }

    /// <summary>The methodiek a budget was computed by, for its floor (a replaced version still says what applied).</summary>
    public static async Task<Aandeel> VloerVanAsync(this IApplicationDbContext db, Guid methodiekId, CancellationToken cancellationToken) =>
        (await db.Set<Budgetmethodiek>().AsNoTracking().FirstAsync(m => m.Id == methodiekId, cancellationToken)).Inhoud.OndersteuningsVloer;

    /// <summary>R3.9: a line references an ambitie of one of the wijk's agendas, or a public value of the beleidskader in force.</summary>
    public static async Task<Verwijzingen> VerwijzingenAsync(this IApplicationDbContext db, Guid wijkId, Beleidskader kader, CancellationToken cancellationToken)
    {
        var agendas = db.Set<Wijktoekomstagenda>().Where(a => a.GebiedId == wijkId).Select(a => a.Id);
        var ambities = await db.Set<Ambitie>().Where(a => agendas.Contains(a.AgendaId)).Select(a => a.AmbitieId).Distinct().ToListAsync(cancellationToken);
        return new Verwijzingen(ambities.ToHashSet(), kader.Inhoud.PubliekeWaarden.Select(w => w.Id).ToHashSet());
    }

    public static async Task<string> WijkNaamAsync(this IApplicationDbContext db, Guid wijkId, CancellationToken cancellationToken) =>
        await db.Gebieden.Where(g => g.Id == wijkId && g.Soort == GebiedSoort.Wijk).Select(g => g.Naam ?? g.Code).FirstOrDefaultAsync(cancellationToken)
        ?? throw new DomainException("Een wijkbudget is voor een wijk van deze gemeente; kies de wijk uit de wijkindeling.");

    /// <summary>The names of these wijken only (a page of budgets names a few wijken; a gemeente may have hundreds).</summary>
    public static async Task<Dictionary<Guid, string>> WijkNamenAsync(this IApplicationDbContext db, IEnumerable<Guid> wijkIds, CancellationToken cancellationToken)
    {
        var ids = wijkIds.Distinct().ToList();
        return await db.Gebieden.Where(g => ids.Contains(g.Id)).Select(g => new { g.Id, Naam = g.Naam ?? g.Code })
            .ToDictionaryAsync(g => g.Id, g => g.Naam, cancellationToken);
    }

    /// <summary>
    /// What the allocation reads per wijk: for each measure the criteria use, the latest year with a known figure (else the latest year, unknown), and the
    /// number of needs in the wijk's shared (published) wijkbeeld.
    /// </summary>
    public static async Task<IReadOnlyList<WijkGegevens>> WijkGegevensAsync(this IApplicationDbContext db, MethodiekInhoud inhoud, CancellationToken cancellationToken)
    {
        var maatstaven = inhoud.Criteria.Where(c => c.VraagtMaatstaf).Select(c => c.Maatstaf!)
            .Append(Criterium.Inwoners).Distinct().ToList();
        var wijken = await db.Gebieden.AsNoTracking().Where(g => g.Soort == GebiedSoort.Wijk)
            .Select(g => new { g.Id, g.Code, Naam = g.Naam ?? g.Code }).ToListAsync(cancellationToken);
        var cijfers = await db.Kerncijfers.AsNoTracking().Where(k => maatstaven.Contains(k.Maatstaf))
            .Select(k => new { k.GebiedId, k.Maatstaf, k.Waarde, k.Jaar, k.Bron }).ToListAsync(cancellationToken);
        var laatste = cijfers.GroupBy(k => (k.GebiedId, k.Maatstaf))
            .ToDictionary(g => g.Key, g => g.OrderBy(k => k.Waarde is null).ThenByDescending(k => k.Jaar).Select(k => new Meting(k.Waarde, k.Jaar, k.Bron)).First());
        var gedeeld = await db.Set<Wijkbeeld>().AsNoTracking().Where(w => w.Status == WijkbeeldStatus.Gedeeld).ToListAsync(cancellationToken);
        var behoeften = gedeeld.GroupBy(w => w.GebiedId).ToDictionary(g => g.Key, g => g.OrderByDescending(w => w.Versie).First().Inhoud.Behoeften.Count);
        return wijken.Select(w => new WijkGegevens(w.Id, w.Code, w.Naam,
            maatstaven.Where(m => laatste.ContainsKey((w.Id, m))).ToDictionary(m => m, m => laatste[(w.Id, m)]),
            behoeften.TryGetValue(w.Id, out var aantal) ? aantal : null)).ToList();
    }

    /// <summary>Awb 4:34: releases the tranches of <paramref name="budgetten"/> whose year's begroting the raad has adopted; returns how many were released.</summary>
    public static async Task<int> GeefTranchesVrijAsync(this IApplicationDbContext db, IEnumerable<Wijkbudget> budgetten, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var jaren = (await db.Set<Begrotingsbesluit>().Select(b => b.Jaar).ToListAsync(cancellationToken)).ToHashSet();
        return budgetten.Sum(b => b.GeefVrij(jaren, now).Count);
    }

    /// <summary>Releases what can be released of every granted or running budget of the gemeente (job J5, and a new begrotingsbesluit).</summary>
    [Regel(Regelcatalogus.Awb4_34)]
    public static async Task<int> GeefAlleTranchesVrijAsync(this IApplicationDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var budgetten = await db.Set<Wijkbudget>()
            .Where(w => w.Status == WijkbudgetStatus.Toegekend || w.Status == WijkbudgetStatus.Lopend).ToListAsync(cancellationToken);
        return await db.GeefTranchesVrijAsync(budgetten, now, cancellationToken);
    }
}
