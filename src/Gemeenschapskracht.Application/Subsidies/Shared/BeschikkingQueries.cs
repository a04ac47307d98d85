using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Subsidies.Dtos;
using Gemeenschapskracht.Domain.Administraties;
using Gemeenschapskracht.Domain.Organisaties;
using Gemeenschapskracht.Domain.Regels;
using Gemeenschapskracht.Domain.Subsidies;
using Gemeenschapskracht.Domain.Wijkbudgetten;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Subsidies.Shared;

/// <summary>Who sees which beschikking, loading one, and what its DTO needs besides the entity.</summary>
public static class BeschikkingQueries
{
    /// <summary>The gemeente (and the auditor) sees every beschikking; an applicant those addressed to its own organisation.</summary>
    public static IQueryable<Beschikking> ZichtbareBeschikkingen(this IApplicationDbContext db, ICurrentUser user) =>
        SubsidieQueries.IsBehandelaar(user) ? db.Set<Beschikking>() : db.Set<Beschikking>().Where(b => b.OrganisatieId == user.OrganisatieId);

    public static async Task<Beschikking> VindAsync(this IQueryable<Beschikking> beschikkingen, Guid id, CancellationToken cancellationToken) =>
        await beschikkingen.FirstOrDefaultAsync(b => b.Id == id, cancellationToken)
        ?? throw new NotFoundException("Deze beschikking bestaat niet in deze gemeente.");

    public static async Task<Betaalopdracht> VindAsync(this IQueryable<Betaalopdracht> opdrachten, Guid id, CancellationToken cancellationToken) =>
        await opdrachten.FirstOrDefaultAsync(b => b.Id == id, cancellationToken)
        ?? throw new NotFoundException("Deze betaalopdracht bestaat niet in deze gemeente.");

    /// <summary>The wijkbudget a beschikking draws on (through its regeling): its tranches say which years are still under begrotingsvoorbehoud.</summary>
    public static async Task<Wijkbudget> BudgetVanAsync(this IApplicationDbContext db, Guid regelingId, CancellationToken cancellationToken)
    {
        var budgetId = await db.Set<Subsidieregeling>().Where(r => r.Id == regelingId).Select(r => r.WijkbudgetId).FirstAsync(cancellationToken);
        return await db.Set<Wijkbudget>().AsNoTracking().FirstAsync(b => b.Id == budgetId, cancellationToken);
    }

    /// <summary>How the letter addresses the applicant: the organisation, and the informal group a host applied for.</summary>
    public static async Task<string> AanvragerAsync(this IApplicationDbContext db, Guid aanvraagId, CancellationToken cancellationToken)
    {
        var aanvraag = await db.Set<Subsidieaanvraag>().AsNoTracking().Where(a => a.Id == aanvraagId).Select(a => new { a.OrganisatieId, a.Groepsnaam }).FirstAsync(cancellationToken);
        var naam = await db.Set<Organisatie>().AsNoTracking().Where(o => o.Id == aanvraag.OrganisatieId).Select(o => o.Naam).FirstOrDefaultAsync(cancellationToken);
        return Aanvrager(naam, aanvraag.Groepsnaam);
    }

    public static async Task<BeschikkingDto> ToDtoAsync(this IApplicationDbContext db, Beschikking beschikking, CancellationToken cancellationToken) =>
        beschikking.ToDto(await db.AanvragerAsync(beschikking.AanvraagId, cancellationToken), (await db.TranchesVanAsync([beschikking.RegelingId], cancellationToken))[beschikking.RegelingId],
            (await db.MetBoekenBijHostAsync([beschikking], cancellationToken)).Contains(beschikking.Id));

    /// <summary>
    /// The tranches of the wijkbudget each regeling draws on, in one query: which years are still under begrotingsvoorbehoud.
    /// Only the tranches are read, not the budget's lines, mix and history.
    /// </summary>
    public static async Task<Dictionary<Guid, IReadOnlyList<Tranche>>> TranchesVanAsync(this IApplicationDbContext db, IReadOnlyCollection<Guid> regelingIds, CancellationToken cancellationToken) =>
        await (from r in db.Set<Subsidieregeling>().AsNoTracking().Where(r => regelingIds.Contains(r.Id))
               join b in db.Set<Wijkbudget>().AsNoTracking() on r.WijkbudgetId equals b.Id
               select new { r.Id, b.Tranches }).ToDictionaryAsync(r => r.Id, r => r.Tranches, cancellationToken);

    /// <summary>
    /// Which of these beschikkingen a host keeps the books for, as the report finds them (G-4, ADR 0028; the same rule as
    /// <see cref="FinancieleVerantwoordingQueries.UitAdministratieAsync"/>): the subsidy was received in an administratie
    /// under it (also when a host applied for a group), or an administratie is kept for the organisation it is granted to.
    /// Two queries for the whole page.
    /// </summary>
    [Regel(Regelcatalogus.G4)]
    public static async Task<HashSet<Guid>> MetBoekenBijHostAsync(this IApplicationDbContext db, IReadOnlyList<Beschikking> beschikkingen, CancellationToken cancellationToken)
    {
        var ids = beschikkingen.Select(b => b.Id).ToList();
        var gekoppeld = await db.Set<Journaalpost>().AsNoTracking().Where(p => p.BeschikkingId != null && ids.Contains(p.BeschikkingId.Value))
            .Select(p => p.BeschikkingId!.Value).Distinct().ToListAsync(cancellationToken);
        var organisatieIds = beschikkingen.Where(b => !gekoppeld.Contains(b.Id)).Select(b => b.OrganisatieId).Distinct().ToList();
        var groepen = await db.Set<Administratie>().AsNoTracking().Where(a => organisatieIds.Contains(a.GroepId))
            .Select(a => a.GroepId).Distinct().ToListAsync(cancellationToken);
        return beschikkingen.Where(b => gekoppeld.Contains(b.Id) || groepen.Contains(b.OrganisatieId)).Select(b => b.Id).ToHashSet();
    }

    /// <summary>A page of beschikkingen as DTOs in four queries (aanvragen with their organisations, the budgets' tranches, the books), not five per row.</summary>
    public static async Task<IReadOnlyList<BeschikkingDto>> ToDtosAsync(this IApplicationDbContext db, IReadOnlyList<Beschikking> beschikkingen, CancellationToken cancellationToken)
    {
        var aanvraagIds = beschikkingen.Select(b => b.AanvraagId).ToList();
        var aanvragers = await (from a in db.Set<Subsidieaanvraag>().AsNoTracking().Where(a => aanvraagIds.Contains(a.Id))
                                join o in db.Set<Organisatie>().AsNoTracking() on a.OrganisatieId equals o.Id into organisaties
                                from o in organisaties.DefaultIfEmpty()
                                select new { a.Id, Naam = o == null ? null : o.Naam, a.Groepsnaam }).ToListAsync(cancellationToken);
        var tranches = await db.TranchesVanAsync(beschikkingen.Select(b => b.RegelingId).Distinct().ToList(), cancellationToken);
        var boekenBijHost = await db.MetBoekenBijHostAsync(beschikkingen, cancellationToken);
        return beschikkingen.Select(b =>
        {
            var aanvrager = aanvragers.Single(a => a.Id == b.AanvraagId);
            return b.ToDto(Aanvrager(aanvrager.Naam, aanvrager.Groepsnaam), tranches[b.RegelingId], boekenBijHost.Contains(b.Id));
        }).ToList();
    }

    private static string Aanvrager(string? organisatie, string? groep) => (organisatie ?? "de aanvrager") + (groep is { } g ? $", namens {g}" : "");
}
