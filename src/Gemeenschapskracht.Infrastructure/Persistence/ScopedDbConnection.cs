using System.Data.Common;
using Microsoft.Extensions.Options;

namespace Gemeenschapskracht.Infrastructure.Persistence;

/// <summary>
/// The one database connection of a scope, shared by the catalog and the tenant context so that both
/// can take part in one transaction (and a SQLite file is never locked by the scope against itself);
/// and the connection to a gemeente's own database, when it has one. The scope disposes both.
/// </summary>
public sealed class ScopedDbConnection(IOptions<DatabaseOptions> options, ConnectionStringHolder connectionString) : IAsyncDisposable, IDisposable
{
    private DbConnection? _connection;
    private DbConnection? _tenantConnection;

    public DatabaseProvider Provider => options.Value.Provider;

    public string ConnectionString => connectionString.Value;

    public DbConnection Connection => _connection ??= ProviderConfiguration.CreateConnection(Provider, connectionString.Value);

    /// <summary>
    /// The connection to <paramref name="tenantConnectionString"/>, or the shared one when it is null. A scope has one
    /// application context, so this is asked once per scope.
    /// </summary>
    public DbConnection For(string? tenantConnectionString) => tenantConnectionString is null
        ? Connection
        : _tenantConnection ??= ProviderConfiguration.CreateConnection(Provider, tenantConnectionString);

    public async ValueTask DisposeAsync()
    {
        if (_tenantConnection is not null)
            await _tenantConnection.DisposeAsync();
        if (_connection is not null)
            await _connection.DisposeAsync();
    }

    public void Dispose()
    {
        _tenantConnection?.Dispose();
        _connection?.Dispose();
    }
}

/// <summary>The default connection string, resolved once at start-up (a relative SQLite path made absolute).</summary>
public sealed record ConnectionStringHolder(string Value);
