using Microsoft.Extensions.Caching.Memory;

namespace Gemeenschapskracht.Infrastructure.Tenancy;

/// <summary>
/// Caches tenant look-ups for a few seconds; every request resolves its tenant, the catalog rarely changes.
/// The catalog context evicts a tenant at once when this instance saves a change to it; other instances see the
/// change when their copy expires (ADR 0034).
/// </summary>
public sealed class CachingTenantStore(ITenantStore inner, IMemoryCache cache, TimeSpan lifetime) : ITenantStore, ITenantCacheEvictor
{

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
        cache.Set(IdKey(tenant.Id), tenant, lifetime);
        cache.Set(IdentifierKey(tenant.Identifier), tenant, lifetime);
    }

    private static string IdKey(Guid id) => $"tenant:id:{id}";

    private static string IdentifierKey(string identifier) => $"tenant:identifier:{identifier}";
}
