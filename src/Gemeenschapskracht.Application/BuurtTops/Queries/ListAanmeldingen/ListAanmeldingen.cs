using Gemeenschapskracht.Application.BuurtTops.Dtos;
using Gemeenschapskracht.Application.BuurtTops.Shared;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Wijkbeelden.Shared;
using Gemeenschapskracht.Domain.BuurtTops;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.BuurtTops.Queries.ListAanmeldingen;

/// <summary>The registrations, in order of registering (the waiting list in its order): only for the organiser's team and the gemeente.</summary>
[Authorize(Roles = WijkbeeldToegang.Teamrollen)]
public sealed record ListAanmeldingenQuery(Guid BuurtTopId, int Page, int PageSize) : IQuery<PagedList<AanmeldingDto>>, IPagedRequest;

public sealed class ListAanmeldingenHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<ListAanmeldingenQuery, PagedList<AanmeldingDto>>
{
    public async ValueTask<PagedList<AanmeldingDto>> Handle(ListAanmeldingenQuery query, CancellationToken cancellationToken)
    {
        var buurtTop = await db.Set<BuurtTop>().AsNoTracking().VindAsync(query.BuurtTopId, cancellationToken);
        WijkbeeldToegang.Schrijver(user, buurtTop.Team, clock.GetUtcNow());
        var lijst = db.Set<Aanmelding>().AsNoTracking().Where(a => a.BuurtTopId == buurtTop.Id).OrderBy(a => a.AangemeldOp).ThenBy(a => a.Id)
            .Select(a => new AanmeldingDto(a.Id, a.Naam, a.Email, a.Categorie, a.Status, a.ToestemmingVersie, a.ToestemmingOp, a.AangemeldOp, a.AfgemeldOp));
        return await PagedList<AanmeldingDto>.CreateAsync(lijst, query, cancellationToken);
    }
}
