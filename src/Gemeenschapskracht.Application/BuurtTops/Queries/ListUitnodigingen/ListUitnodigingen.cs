using Gemeenschapskracht.Application.BuurtTops.Dtos;
using Gemeenschapskracht.Application.BuurtTops.Shared;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Wijkbeelden.Shared;
using Gemeenschapskracht.Domain.BuurtTops;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.BuurtTops.Queries.ListUitnodigingen;

/// <summary>The invitations sent, by category and address: only for the organiser's team and the gemeente.</summary>
[Authorize(Roles = WijkbeeldToegang.Teamrollen)]
public sealed record ListUitnodigingenQuery(Guid BuurtTopId, int Page, int PageSize) : IQuery<PagedList<BuurtTopUitnodigingDto>>, IPagedRequest;

public sealed class ListUitnodigingenHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<ListUitnodigingenQuery, PagedList<BuurtTopUitnodigingDto>>
{
    public async ValueTask<PagedList<BuurtTopUitnodigingDto>> Handle(ListUitnodigingenQuery query, CancellationToken cancellationToken)
    {
        var buurtTop = await db.Set<BuurtTop>().AsNoTracking().VindAsync(query.BuurtTopId, cancellationToken);
        WijkbeeldToegang.Schrijver(user, buurtTop.Team, clock.GetUtcNow());
        var lijst = db.Set<BuurtTopUitnodiging>().AsNoTracking().Where(u => u.BuurtTopId == buurtTop.Id).OrderBy(u => u.Categorie).ThenBy(u => u.Email)
            .Select(u => new BuurtTopUitnodigingDto(u.Id, u.Categorie, u.Email, u.VerstuurdDoor, u.VerstuurdOp));
        return await PagedList<BuurtTopUitnodigingDto>.CreateAsync(lijst, query, cancellationToken);
    }
}
