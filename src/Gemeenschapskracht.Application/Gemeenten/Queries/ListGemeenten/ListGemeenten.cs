using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Gemeenten.Dtos;
using Gemeenschapskracht.Domain.Tenants;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Gemeenten.Queries.ListGemeenten;

/// <summary>The gemeenten of the platform, for the platform-beheerder.</summary>
/// <param name="Status">pending, running, done or failed (any case).</param>
[Authorize(Roles = Roles.PlatformBeheerder)]
public sealed record ListGemeentenQuery(int Page, int PageSize, string? Status = null)
    : IQuery<PagedList<GemeenteDto>>, IPagedRequest;

public sealed class ListGemeentenHandler(ITenantCatalogDbContext catalog)
    : IQueryHandler<ListGemeentenQuery, PagedList<GemeenteDto>>
{
    public async ValueTask<PagedList<GemeenteDto>> Handle(ListGemeentenQuery query, CancellationToken cancellationToken)
    {
        var tenants = catalog.Tenants.AsNoTracking();
        if (query.Status is not null && Enum.TryParse<ProvisioningStatus>(query.Status, ignoreCase: true, out var status))
            tenants = tenants.Where(t => t.ProvisioningStatus == status);
        var page = await PagedList<TenantInfo>.CreateAsync(tenants.OrderBy(t => t.Name).ThenBy(t => t.Identifier), query, cancellationToken);
        return page.Map(t => t.ToDto());
    }
}
