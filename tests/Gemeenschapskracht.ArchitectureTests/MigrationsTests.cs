using Gemeenschapskracht.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Gemeenschapskracht.ArchitectureTests;

/// <summary>The committed migrations of both providers match the current model of both contexts.</summary>
public sealed class MigrationsTests
{
    // Touching a type from each migrations assembly makes sure it is loaded, not only copied to the output.
    private static readonly Type[] MigrationsAssemblyMarkers =
    [
        typeof(Gemeenschapskracht.Infrastructure.Migrations.Sqlite.ApplicationFactory),
        typeof(Gemeenschapskracht.Infrastructure.Migrations.SqlServer.ApplicationFactory),
    ];

    public static TheoryData<DatabaseProvider, string> Contexts() => new()
    {
        { DatabaseProvider.Sqlite, "Catalog" },
        { DatabaseProvider.Sqlite, "Application" },
        { DatabaseProvider.SqlServer, "Catalog" },
        { DatabaseProvider.SqlServer, "Application" },
    };

    private static DbContext Create(DatabaseProvider provider, string context) => context == "Catalog"
        ? DesignTimeContexts.Catalog(provider)
        : DesignTimeContexts.Application(provider);

    [Fact]
    public void Each_provider_has_its_own_loaded_migrations_assembly()
    {
        Assert.Equal(MigrationsAssemblies.Sqlite, MigrationsAssemblyMarkers[0].Assembly.GetName().Name);
        Assert.Equal(MigrationsAssemblies.SqlServer, MigrationsAssemblyMarkers[1].Assembly.GetName().Name);
    }

    [Theory]
    [MemberData(nameof(Contexts))]
    public void The_context_has_migrations(DatabaseProvider provider, string context)
    {
        using var db = Create(provider, context);
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Theory]
    [MemberData(nameof(Contexts))]
    public void The_model_has_no_changes_missing_from_the_migrations(DatabaseProvider provider, string context)
    {
        using var db = Create(provider, context);
        Assert.False(db.Database.HasPendingModelChanges(),
            $"{context} context on {provider}: the model has changes without a migration; add one for both providers (scripts/ef.sh).");
    }

    [Theory]
    [InlineData("Application", "CREATE TABLE [Gebieden]")]
    [InlineData("Catalog", "CREATE TABLE [Tenants]")]
    public void The_sql_server_script_is_generated_offline(string context, string expected)
    {
        using var db = Create(DatabaseProvider.SqlServer, context);

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Contains(expected, script);
        Assert.Equal(System.Data.ConnectionState.Closed, db.Database.GetDbConnection().State);
    }
}
