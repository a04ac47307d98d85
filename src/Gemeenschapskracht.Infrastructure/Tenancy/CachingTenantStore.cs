using Microsoft.Extensions.Caching.Memory;

namespace Gemeenschapskracht.Infrastructure.Tenancy;

/// <summary>
/// Caches tenant look-ups for a short time; every request resolves its tenant, the catalog rarely changes.
/// The catalog context evicts a tenant when it saves a change to it.
/// </summary>
public sealed class CachingTenantStore(ITenantStore inner, IMemoryCache cache) : ITenantStore, ITenantCacheEvictor
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    public async Task<TenantContext?> GetByIdentifierAsync(string identifier, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(IdentifierKey(identifier), out TenantContext? cached))
            return cached;
        var tenant = await inner.GetByIdentifierAsync(identifier, cancellationToken);
        if (tenant is not null)
            Remember(tenant);
        return tenant;
    }

    public async Task<TenantContext?> GetByIdAsync(Guid id, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(IdKey(id), out TenantContext? cached))
            return cached;
        var tenant = await inner.GetByIdAsync(id, cancellationToken);
        if (tenant is not null)
            Remember(tenant);
        return tenant;
    }

    public Task<IReadOnlyList<TenantContext>> GetAllAsync(CancellationToken cancellationToken) => inner.GetAllAsync(cancellationToken);

    public void Evict(Guid id, string identifier)
    {
        cache.Remove(IdKey(id));
        cache.Remove(IdentifierKey(identifier));
    }

    private void Remember(TenantContext tenant)
    {
        cache.Set(IdKey(tenant.Id), tenant, Lifetime);
        cache.Set(IdentifierKey(tenant.Identifier), tenant, Lifetime);
    }

    private static string IdKey(Guid id) => $"tenant:id:{id}";

    private static string IdentifierKey(string identifier) => $"tenant:identifier:{identifier}";
}
