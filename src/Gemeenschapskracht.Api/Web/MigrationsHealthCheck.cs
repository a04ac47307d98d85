using Gemeenschapskracht.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Gemeenschapskracht.Api.Web;

/// <summary>Ready when the database answers and every migration of both contexts is applied.</summary>
public sealed class MigrationsHealthCheck(TenantCatalogDbContext catalog, ApplicationDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!await catalog.Database.CanConnectAsync(cancellationToken))
            return HealthCheckResult.Unhealthy("De database is niet bereikbaar.");
        var pending = (await catalog.Database.GetPendingMigrationsAsync(cancellationToken))
            .Concat(await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        return pending.Count == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"Migraties nog niet toegepast: {string.Join(", ", pending)}");
    }
}
