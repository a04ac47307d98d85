using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Domain.Subsidies;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Subsidies.Shared;

public static class VerantwoordingQueries
{
    /// <summary>The gemeente's latest version of the tiers, or the Uniform Subsidiekader when it set none.</summary>
    public static async Task<Verantwoordingskader> GeldendKaderAsync(this IApplicationDbContext db, DateTimeOffset now, CancellationToken cancellationToken) =>
        await db.Set<Verantwoordingskader>().AsNoTracking().OrderByDescending(k => k.Versie).FirstOrDefaultAsync(cancellationToken)
        ?? Verantwoordingskader.Standaard(now);

    public static async Task<Vaststelling> VindAsync(this IQueryable<Vaststelling> vaststellingen, Guid id, CancellationToken cancellationToken) =>
        await vaststellingen.FirstOrDefaultAsync(v => v.Id == id, cancellationToken)
        ?? throw new NotFoundException("Deze vaststelling bestaat niet in deze gemeente.");

    /// <summary>The gemeente sees every vaststelling; a recipient those of its own organisation (as with the beschikkingen).</summary>
    public static IQueryable<Vaststelling> ZichtbareVaststellingen(this IApplicationDbContext db, ICurrentUser user) =>
        SubsidieQueries.IsBehandelaar(user) ? db.Set<Vaststelling>() : db.Set<Vaststelling>().Where(v => v.OrganisatieId == user.OrganisatieId);

    public static IQueryable<Verantwoording> ZichtbareVerantwoordingen(this IApplicationDbContext db, ICurrentUser user) =>
        SubsidieQueries.IsBehandelaar(user) ? db.Set<Verantwoording>() : db.Set<Verantwoording>().Where(v => v.OrganisatieId == user.OrganisatieId);
}
