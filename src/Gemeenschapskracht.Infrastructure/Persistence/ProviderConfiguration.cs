using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Infrastructure.Persistence;

/// <summary>Configures a context for the chosen provider and its migrations assembly.</summary>
public static class ProviderConfiguration
{
    public static DbContextOptionsBuilder UseProvider(this DbContextOptionsBuilder options, DatabaseProvider provider, DbConnection connection) =>
        provider == DatabaseProvider.SqlServer
            ? options.UseSqlServer(connection, o => o.MigrationsAssembly(MigrationsAssemblies.SqlServer))
            : options.UseSqlite(connection, o => o.MigrationsAssembly(MigrationsAssemblies.Sqlite));

    /// <summary>Without a connection: a pooled context is given the scope's connection when it is leased.</summary>
    public static DbContextOptionsBuilder UseProvider(this DbContextOptionsBuilder options, DatabaseProvider provider) =>
        provider == DatabaseProvider.SqlServer
            ? options.UseSqlServer(o => o.MigrationsAssembly(MigrationsAssemblies.SqlServer))
            : options.UseSqlite(o => o.MigrationsAssembly(MigrationsAssemblies.Sqlite));

    public static DbConnection CreateConnection(DatabaseProvider provider, string connectionString) =>
        provider == DatabaseProvider.SqlServer ? new SqlConnection(connectionString) : new SqliteConnection(connectionString);
}
