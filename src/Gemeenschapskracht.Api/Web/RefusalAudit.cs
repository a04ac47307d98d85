using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Domain.Auditing;
using Gemeenschapskracht.Infrastructure.Persistence;
using Gemeenschapskracht.Infrastructure.Tenancy;

namespace Gemeenschapskracht.Api.Web;

/// <summary>Records every refused request (401/403 from the authorization pipeline, the tenant guard): who tried what, from where.</summary>
public sealed class RefusalAudit(TenantCatalogDbContext catalog, ICurrentUser user, ICurrentTenant tenant, TimeProvider clock) : IRefusalLog
{
    public async Task RecordAsync(HttpContext http, int status, string? reason, CancellationToken cancellationToken)
    {
        // The failed request's own changes were rolled back; the refusal is recorded on its own.
        catalog.ChangeTracker.Clear();
        catalog.AuditRecords.Add(new AuditRecord(tenant.Id, user.Name, "geweigerd", "Verzoek",
            $"{http.Request.Method} {http.Request.Path}", reason is null ? null : System.Text.Json.JsonSerializer.Serialize(new { reden = reason }), status.ToString(System.Globalization.CultureInfo.InvariantCulture),
            user.Origin, clock.GetUtcNow()));
        await catalog.SaveChangesAsync(cancellationToken);
    }
}
