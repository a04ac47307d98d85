using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Wijkbeelden.Dtos;
using Gemeenschapskracht.Application.Wijkbeelden.Shared;
using Gemeenschapskracht.Domain.Wijkbeelden;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Wijkbeelden.Queries.ListSterkhouders;

/// <summary>The wijk's key people, for the wijkbeeld's team only (R2.3, AVG): never on a public page or in a document.</summary>
[Authorize(Roles = WijkbeeldToegang.Teamrollen)]
public sealed record ListSterkhoudersQuery(Guid WijkbeeldId) : IQuery<IReadOnlyList<SterkhouderDto>>;

public sealed class ListSterkhoudersHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<ListSterkhoudersQuery, IReadOnlyList<SterkhouderDto>>
{
    public async ValueTask<IReadOnlyList<SterkhouderDto>> Handle(ListSterkhoudersQuery query, CancellationToken cancellationToken)
    {
        var wijkbeeld = await db.Set<Wijkbeeld>().AsNoTracking().VindAsync(query.WijkbeeldId, cancellationToken);
        WijkbeeldToegang.Schrijver(user, wijkbeeld, clock.GetUtcNow());
        var sterkhouders = await db.Set<Sterkhouder>().AsNoTracking().Where(s => s.GebiedId == wijkbeeld.GebiedId)
            .OrderBy(s => s.Status).ThenBy(s => s.Naam).ToListAsync(cancellationToken);
        return sterkhouders.Select(s => s.ToDto()).ToList();
    }
}
