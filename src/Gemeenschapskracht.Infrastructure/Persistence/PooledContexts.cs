using System.Data.Common;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Infrastructure.Persistence;

/// <summary>
/// Leases the scope's contexts from EF Core's pools (ADR 0037): options, model and EF Core's internal services are
/// built once per pooled instance instead of once per request. The lease sets what a request-built context took from
/// its scope: the connection, the gemeente and the audit log. Disposing the scope returns them (and clears the lease).
/// </summary>
public sealed class PooledContexts(
    IDbContextFactory<ApplicationDbContext> applicationPool,
    IDbContextFactory<TenantCatalogDbContext> catalogPool,
    ScopedDbConnection connection,
    ITenantContextAccessor tenants,
    IAuditLog audit)
{
    public ApplicationDbContext Application()
    {
        var tenant = tenants.Current;
        // A gemeente with a database of its own gets its own connection; otherwise it shares the scope's.
        return Leased(applicationPool.CreateDbContext(), connection.For(tenant?.ConnectionString), tenant?.Id);
    }

    public TenantCatalogDbContext Catalog() => Leased(catalogPool.CreateDbContext(), connection.Connection, tenants.Current?.Id);

    private T Leased<T>(T context, DbConnection dbConnection, Guid? tenantId) where T : DbContext, ILeasedContext
    {
        context.Database.SetDbConnection(dbConnection, contextOwnsConnection: false);
        context.Lease = new ContextLease(tenantId, audit);
        return context;
    }
}
