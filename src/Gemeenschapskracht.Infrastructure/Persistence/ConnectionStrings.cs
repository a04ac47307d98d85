using Microsoft.Data.Sqlite;

namespace Gemeenschapskracht.Infrastructure.Persistence;

internal static class ConnectionStrings
{
    public const string DefaultSqlite = "Data Source=data/gemeenschapskracht.db";

    /// <summary>Makes a relative SQLite file path absolute (under the content root) and creates its folder.</summary>
    public static string Resolve(DatabaseProvider provider, string? configured, string contentRoot)
    {
        if (provider == DatabaseProvider.SqlServer)
            return configured ?? throw new InvalidOperationException("ConnectionStrings:Default is required for SQL Server.");

        var builder = new SqliteConnectionStringBuilder(configured ?? DefaultSqlite);
        if (builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        var folder = Path.GetDirectoryName(builder.DataSource);
        if (!string.IsNullOrEmpty(folder))
            Directory.CreateDirectory(folder);
        return builder.ToString();
    }
}
