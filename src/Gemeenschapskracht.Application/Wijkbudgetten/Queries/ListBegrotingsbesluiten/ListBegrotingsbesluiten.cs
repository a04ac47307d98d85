using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Wijkbudgetten.Dtos;
using Gemeenschapskracht.Domain.Wijkbudgetten;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Wijkbudgetten.Queries.ListBegrotingsbesluiten;

/// <summary>The years whose begroting the raad adopted, newest first: what lifted the begrotingsvoorbehoud (Awb 4:34).</summary>
[Public]
public sealed record ListBegrotingsbesluitenQuery(int Page, int PageSize) : IQuery<PagedList<BegrotingsbesluitDto>>, IPagedRequest;

public sealed class ListBegrotingsbesluitenHandler(IApplicationDbContext db) : IQueryHandler<ListBegrotingsbesluitenQuery, PagedList<BegrotingsbesluitDto>>
{
    public async ValueTask<PagedList<BegrotingsbesluitDto>> Handle(ListBegrotingsbesluitenQuery query, CancellationToken cancellationToken) =>
        (await PagedList<Begrotingsbesluit>.CreateAsync(db.Set<Begrotingsbesluit>().AsNoTracking().OrderByDescending(b => b.Jaar), query, cancellationToken))
            .Map(b => b.ToDto());
}
