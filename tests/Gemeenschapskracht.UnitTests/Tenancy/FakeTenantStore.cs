using Gemeenschapskracht.Infrastructure.Tenancy;

namespace Gemeenschapskracht.UnitTests.Tenancy;

/// <summary>An in-memory tenant catalog for middleware tests.</summary>
internal sealed class FakeTenantStore(params TenantContext[] tenants) : ITenantStore
{
    public Task<TenantContext?> GetByIdentifierAsync(string identifier, CancellationToken cancellationToken) =>
        Task.FromResult(tenants.FirstOrDefault(t => t.Identifier == identifier));

    public Task<TenantContext?> GetByIdAsync(Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(tenants.FirstOrDefault(t => t.Id == id));

    public Task<IReadOnlyList<TenantContext>> GetAllAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<TenantContext>>(tenants);
}

internal static class Tenants
{
    public static TenantContext Active(string identifier) =>
        new(Guid.NewGuid(), identifier, "Gemeente " + identifier, "GM0363", ConnectionString: null, IsActive: true);

    public static TenantContext Inactive(string identifier) => Active(identifier) with { IsActive = false };
}
