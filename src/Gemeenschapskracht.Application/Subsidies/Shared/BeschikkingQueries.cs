using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Subsidies.Dtos;
using Gemeenschapskracht.Domain.Organisaties;
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
        return (naam ?? "de aanvrager") + (aanvraag.Groepsnaam is { } groep ? $", namens {groep}" : "");
    }

    public static async Task<BeschikkingDto> ToDtoAsync(this IApplicationDbContext db, Beschikking beschikking, CancellationToken cancellationToken) =>
        beschikking.ToDto(await db.AanvragerAsync(beschikking.AanvraagId, cancellationToken), await db.BudgetVanAsync(beschikking.RegelingId, cancellationToken));
}
