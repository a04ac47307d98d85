using Gemeenschapskracht.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Infrastructure.Persistence;

/// <summary>Applies pending migrations of both contexts and registers the configured machine clients.</summary>
public sealed class DatabaseInitializer(TenantCatalogDbContext catalog, ApplicationDbContext db, MachineClientSeeder clients)
{
    public async Task InitializeAsync(bool migrate, CancellationToken cancellationToken)
    {
        if (migrate)
        {
            if (catalog.Database.IsSqlite())
                await catalog.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            // The catalog first: it owns the audit table that the application context writes to.
            await catalog.Database.MigrateAsync(cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
        }
        await clients.SeedAsync(cancellationToken);
    }
}
