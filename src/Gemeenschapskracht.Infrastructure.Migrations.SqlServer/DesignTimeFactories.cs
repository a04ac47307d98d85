using Gemeenschapskracht.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Gemeenschapskracht.Infrastructure.Migrations.SqlServer;

/// <summary>Lets the EF tools create the contexts for this provider (see scripts/ef.sh).</summary>
public sealed class CatalogFactory : IDesignTimeDbContextFactory<TenantCatalogDbContext>
{
    public TenantCatalogDbContext CreateDbContext(string[] args) => DesignTimeContexts.Catalog(DatabaseProvider.SqlServer);
}

public sealed class ApplicationFactory : IDesignTimeDbContextFactory<ApplicationDbContext>
{
    public ApplicationDbContext CreateDbContext(string[] args) => DesignTimeContexts.Application(DatabaseProvider.SqlServer);
}
