namespace Gemeenschapskracht.Infrastructure.Persistence;

/// <summary>One migrations assembly per provider, both generated from the same model.</summary>
public static class MigrationsAssemblies
{
    public const string Sqlite = "Gemeenschapskracht.Infrastructure.Migrations.Sqlite";
    public const string SqlServer = "Gemeenschapskracht.Infrastructure.Migrations.SqlServer";

    public static string For(DatabaseProvider provider) => provider == DatabaseProvider.SqlServer ? SqlServer : Sqlite;
}
