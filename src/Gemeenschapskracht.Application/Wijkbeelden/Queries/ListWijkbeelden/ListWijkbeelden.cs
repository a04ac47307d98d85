using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Wijkbeelden.Dtos;
using Gemeenschapskracht.Application.Wijkbeelden.Shared;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Wijkbeelden.Queries.ListWijkbeelden;

/// <summary>The wijkbeelden by wijk and version (newest first); the public sees shared ones only.</summary>
[Public]
public sealed record ListWijkbeeldenQuery(int Page, int PageSize, Guid? WijkId = null) : IQuery<PagedList<WijkbeeldSamenvattingDto>>, IPagedRequest;

public sealed class ListWijkbeeldenHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<ListWijkbeeldenQuery, PagedList<WijkbeeldSamenvattingDto>>
{
    public async ValueTask<PagedList<WijkbeeldSamenvattingDto>> Handle(ListWijkbeeldenQuery query, CancellationToken cancellationToken)
    {
        var wijkbeelden = db.Zichtbaar(user).AsNoTracking();
        if (query.WijkId is { } wijkId)
            wijkbeelden = wijkbeelden.Where(w => w.GebiedId == wijkId);
        var lijst = from w in wijkbeelden
                    join g in db.Gebieden on w.GebiedId equals g.Id
                    orderby g.Code, w.Versie descending
                    select new WijkbeeldSamenvattingDto(w.Id, w.GebiedId, g.Naam ?? g.Code, w.Versie, w.Titel, w.Status, w.GewijzigdOp, w.GedeeldOp);
        return await PagedList<WijkbeeldSamenvattingDto>.CreateAsync(lijst, query, cancellationToken);
    }
}
