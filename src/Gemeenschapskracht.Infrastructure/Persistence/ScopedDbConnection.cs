using System.Data.Common;
using Microsoft.Extensions.Options;

namespace Gemeenschapskracht.Infrastructure.Persistence;

/// <summary>
/// The one database connection of a scope, shared by the catalog and the tenant context so that both
/// can take part in one transaction (and a SQLite file is never locked by the scope against itself).
/// </summary>
public sealed class ScopedDbConnection(IOptions<DatabaseOptions> options, ConnectionStringHolder connectionString) : IAsyncDisposable, IDisposable
{
    private DbConnection? _connection;

    public DatabaseProvider Provider => options.Value.Provider;

    public string ConnectionString => connectionString.Value;

    public DbConnection Connection => _connection ??= ProviderConfiguration.CreateConnection(Provider, connectionString.Value);

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
            await _connection.DisposeAsync();
    }

    public void Dispose() => _connection?.Dispose();
}

/// <summary>The default connection string, resolved once at start-up (a relative SQLite path made absolute).</summary>
public sealed record ConnectionStringHolder(string Value);
