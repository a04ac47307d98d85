using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Infrastructure.Persistence;

/// <summary>
/// Builds the contexts without a host, for the migrations tooling and the model-consistency tests.
/// Nothing connects: the connection string only tells the provider what it is.
/// </summary>
public static class DesignTimeContexts
{
    public static string ConnectionString(DatabaseProvider provider) => provider == DatabaseProvider.SqlServer
        ? "Server=localhost;Database=Gemeenschapskracht;Integrated Security=true;TrustServerCertificate=true"
        : "Data Source=design-time.db";

    public static TenantCatalogDbContext Catalog(DatabaseProvider provider) =>
        new(Options<TenantCatalogDbContext>(provider));

    public static ApplicationDbContext Application(DatabaseProvider provider) =>
        new(Options<ApplicationDbContext>(provider));

    private static DbContextOptions<T> Options<T>(DatabaseProvider provider) where T : DbContext
    {
        var builder = new DbContextOptionsBuilder<T>();
        builder.UseProvider(provider, ProviderConfiguration.CreateConnection(provider, ConnectionString(provider)));
        return builder.Options;
    }
}
