using Gemeenschapskracht.Domain.Tenants;
using Gemeenschapskracht.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Gemeenschapskracht.Infrastructure.Persistence.Interceptors;

/// <summary>Evicts changed tenants from the tenant cache, so deactivating a gemeente takes effect at once.</summary>
public sealed class TenantCacheEvictionInterceptor(ITenantCacheEvictor evictor) : SaveChangesInterceptor
{
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Evict(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Evict(eventData.Context);
        return result;
    }

    private void Evict(DbContext? context)
    {
        if (context is null)
            return;
        foreach (var entry in context.ChangeTracker.Entries<TenantInfo>().Where(e => e.State != EntityState.Unchanged))
            evictor.Evict(entry.Entity.Id, entry.Entity.Identifier);
    }
}
