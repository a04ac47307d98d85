using Gemeenschapskracht.Application.BuurtTops.Dtos;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Domain.BuurtTops;
using Mediator;

namespace Gemeenschapskracht.Application.BuurtTops.Queries.ListBuurtTops;

/// <summary>The BuurtTops by wijk (optionally one wijk), the newest first: public, as every BuurtTop has a public face.</summary>
[Public]
public sealed record ListBuurtTopsQuery(int Page, int PageSize, Guid? WijkId = null) : IQuery<PagedList<BuurtTopSamenvattingDto>>, IPagedRequest;

public sealed class ListBuurtTopsHandler(IApplicationDbContext db) : IQueryHandler<ListBuurtTopsQuery, PagedList<BuurtTopSamenvattingDto>>
{
    public async ValueTask<PagedList<BuurtTopSamenvattingDto>> Handle(ListBuurtTopsQuery query, CancellationToken cancellationToken)
    {
        var buurtTops = db.Set<BuurtTop>().AsQueryable();
        if (query.WijkId is { } wijkId)
            buurtTops = buurtTops.Where(b => b.GebiedId == wijkId);
        var lijst = from b in buurtTops
                    join g in db.Gebieden on b.GebiedId equals g.Id
                    orderby g.Code, b.Datum descending
                    select new BuurtTopSamenvattingDto(b.Id, b.GebiedId, g.Naam ?? g.Code, b.Titel, b.Datum, b.Plek, b.Status, b.WijkbeeldId == null);
        return await PagedList<BuurtTopSamenvattingDto>.CreateAsync(lijst, query, cancellationToken);
    }
}
