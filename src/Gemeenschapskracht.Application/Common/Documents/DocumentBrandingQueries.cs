using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Common.Documents;

public static class DocumentBrandingQueries
{
    /// <summary>The current gemeente's name, theme and logo, as its pages show them.</summary>
    public static async Task<DocumentBranding> DocumentBrandingAsync(this ITenantCatalogDbContext catalog, ICurrentTenant tenant, CancellationToken ct)
    {
        var gemeente = await catalog.Tenants.AsNoTracking().Where(t => t.Id == tenant.Id && tenant.Id != null)
            .Select(t => new { t.Name, t.Thema }).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException("Geen gemeente opgegeven.");
        var logo = await catalog.TenantLogos.AsNoTracking().Select(l => new DocumentLogo(l.ContentType, l.Data)).FirstOrDefaultAsync(ct);
        return new DocumentBranding(gemeente.Name, gemeente.Thema, logo);
    }
}
