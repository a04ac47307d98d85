using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Gebieden.Dtos;
using Gemeenschapskracht.Domain.Gebieden;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Gebieden.Queries.ListGebieden;

/// <summary>The gemeente's wijkindeling, public like the CBS figures it is built from.</summary>
/// <param name="Soort">gemeente, wijk or buurt (any case); validated by <see cref="ListGebiedenValidator"/>.</param>
[Public]
public sealed record ListGebiedenQuery(int Page, int PageSize, string? Soort = null, Guid? OuderId = null)
    : IQuery<PagedList<GebiedDto>>, IPagedRequest;

public sealed class ListGebiedenHandler(IApplicationDbContext db) : IQueryHandler<ListGebiedenQuery, PagedList<GebiedDto>>
{
    public async ValueTask<PagedList<GebiedDto>> Handle(ListGebiedenQuery query, CancellationToken cancellationToken)
    {
        var gebieden = db.Gebieden.AsNoTracking();
        if (query.Soort is not null && Enum.TryParse<GebiedSoort>(query.Soort, ignoreCase: true, out var soort))
            gebieden = gebieden.Where(g => g.Soort == soort);
        if (query.OuderId is { } ouderId)
            gebieden = gebieden.Where(g => g.OuderId == ouderId);
        return await PagedList<GebiedDto>.CreateAsync(
            gebieden.OrderBy(g => g.Soort).ThenBy(g => g.Code).ProjectToDto(), query, cancellationToken);
    }
}
