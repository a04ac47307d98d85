using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Infrastructure.Persistence;
using Gemeenschapskracht.Infrastructure.Tenancy;

namespace Gemeenschapskracht.Api.Web;

/// <summary>Records every refused request (401/403 from the authorization pipeline, the tenant guard): who tried what, from where.</summary>
public sealed class RefusalAudit(TenantCatalogDbContext catalog, IAuditLog audit, ICurrentTenant tenant) : IRefusalLog
{
    public async Task RecordAsync(HttpContext http, int status, string? reason, CancellationToken cancellationToken)
    {
        // The failed request's own changes were rolled back; the refusal is recorded on its own.
        catalog.ChangeTracker.Clear();
        await audit.RecordAsync(new AuditEntry(tenant.Id, "geweigerd", "Verzoek", $"{http.Request.Method} {http.Request.Path}",
            status.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            Details = reason is null ? null : new { reden = reason },
        }, cancellationToken);
    }
}
