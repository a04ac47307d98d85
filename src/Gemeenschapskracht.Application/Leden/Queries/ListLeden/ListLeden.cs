using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Leden.Dtos;
using Gemeenschapskracht.Domain.Lidmaatschappen;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Leden.Queries.ListLeden;

[Authorize(Roles = $"{Roles.GemeenteBeheerder},{Roles.PlatformBeheerder}")]
public sealed record ListLedenQuery(int Page, int PageSize) : IQuery<PagedList<LidDto>>, IPagedRequest;

public sealed class ListLedenHandler(ITenantCatalogDbContext catalog, IUserDirectory users)
    : IQueryHandler<ListLedenQuery, PagedList<LidDto>>
{
    public async ValueTask<PagedList<LidDto>> Handle(ListLedenQuery query, CancellationToken cancellationToken)
    {
        var leden = catalog.Lidmaatschappen.AsNoTracking()
            .Where(l => l.RevokedAt == null)
            .OrderBy(l => l.CreatedAt);
        var page = await PagedList<Lidmaatschap>.CreateAsync(leden, query, cancellationToken);
        var personen = await users.GetAsync(page.Items.Select(l => l.UserId).ToList(), cancellationToken);
        var items = page.Items.Where(l => personen.ContainsKey(l.UserId)).Select(l => l.ToDto(personen[l.UserId])).ToList();
        return new PagedList<LidDto>(items, page.Page, page.PageSize, page.TotalCount);
    }
}
