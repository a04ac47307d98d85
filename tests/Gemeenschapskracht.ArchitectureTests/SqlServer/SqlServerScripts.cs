using Gemeenschapskracht.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Gemeenschapskracht.ArchitectureTests.SqlServer;

/// <summary>The SQL Server scripts EF Core writes for both contexts, generated offline (no server, no connection).</summary>
internal static class SqlServerScripts
{
    public static readonly string[] Contexts = ["Catalog", "Application"];

    /// <summary>The idempotent migration script a DBA applies (docs/operations.md).</summary>
    public static string Idempotent(string context)
    {
        using var db = Create(context);
        return db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
    }

    /// <summary>The current model as plain DDL, the shape DacFx can load.</summary>
    public static string CreateScript(string context)
    {
        using var db = Create(context);
        return db.Database.GenerateCreateScript();
    }

    /// <summary>The model as SQL Server sees it (design-time: with every relational annotation).</summary>
    public static IModel Model(string context)
    {
        using var db = Create(context);
        return db.GetService<IDesignTimeModel>().Model;
    }

    public static IEnumerable<string> Tables(string context) =>
        Model(context).GetRelationalModel().Tables.Select(t => t.Name);

    private static DbContext Create(string context) => context == "Catalog"
        ? DesignTimeContexts.Catalog(DatabaseProvider.SqlServer)
        : DesignTimeContexts.Application(DatabaseProvider.SqlServer);
}
