using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.PubliekePlekken.Dtos;
using Gemeenschapskracht.Domain.Wijkbeelden;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.PubliekePlekken.Queries.ListPubliekePlekken;

/// <summary>The public places, of one wijk or all; public, like the map they are drawn on.</summary>
[Public]
public sealed record ListPubliekePlekkenQuery(int Page, int PageSize, Guid? WijkId = null) : IQuery<PagedList<PubliekePlekDto>>, IPagedRequest;

public sealed class ListPubliekePlekkenHandler(IApplicationDbContext db) : IQueryHandler<ListPubliekePlekkenQuery, PagedList<PubliekePlekDto>>
{
    public async ValueTask<PagedList<PubliekePlekDto>> Handle(ListPubliekePlekkenQuery query, CancellationToken cancellationToken)
    {
        var plekken = db.Set<PubliekePlek>().AsNoTracking();
        if (query.WijkId is { } wijkId)
            plekken = plekken.Where(p => p.GebiedId == wijkId);
        var pagina = await PagedList<PubliekePlek>.CreateAsync(plekken.OrderBy(p => p.Naam).ThenBy(p => p.Id), query, cancellationToken);
        return pagina.Map(p => p.ToDto());
    }
}
