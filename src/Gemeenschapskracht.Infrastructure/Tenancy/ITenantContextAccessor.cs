namespace Gemeenschapskracht.Infrastructure.Tenancy;

/// <summary>Holds the tenant of the current logical flow (request or job).</summary>
public interface ITenantContextAccessor
{
    TenantContext? Current { get; }

    /// <summary>Sets the tenant until the returned handle is disposed, then restores the previous one.</summary>
    IDisposable Use(TenantContext? tenant);
}
