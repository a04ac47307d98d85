using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Instellingen.Dtos;
using Gemeenschapskracht.Domain.Tenants;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Instellingen.Shared;

internal static class InstellingenQueries
{
    public static async Task<TenantInfo> CurrentTenantAsync(this ITenantCatalogDbContext catalog, ICurrentTenant tenant, CancellationToken ct) =>
        await catalog.Tenants.FirstOrDefaultAsync(t => t.Id == tenant.Id && tenant.Id != null, ct)
        ?? throw new NotFoundException("Geen gemeente opgegeven.");

    public static async Task<InstellingenDto> LoadInstellingenAsync(this ITenantCatalogDbContext catalog, ICurrentTenant tenant, CancellationToken ct)
    {
        var gemeente = await catalog.CurrentTenantAsync(tenant, ct);
        var heeftLogo = await catalog.TenantLogos.AnyAsync(ct);
        return new InstellingenDto(gemeente.Name, gemeente.Identifier, gemeente.Thema, heeftLogo, Thema.Alle);
    }
}
