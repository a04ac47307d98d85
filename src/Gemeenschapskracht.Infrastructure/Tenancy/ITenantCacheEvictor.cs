namespace Gemeenschapskracht.Infrastructure.Tenancy;

public interface ITenantCacheEvictor
{
    void Evict(Guid id, string identifier);
}
