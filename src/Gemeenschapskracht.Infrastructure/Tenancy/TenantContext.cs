using Gemeenschapskracht.Domain.Tenants;

namespace Gemeenschapskracht.Infrastructure.Tenancy;

/// <summary>An immutable snapshot of the resolved tenant, safe to cache and share between threads.</summary>
public sealed record TenantContext(Guid Id, string Identifier, string Name, string Gemeentecode, string? ConnectionString, bool IsActive)
{
    public static TenantContext From(TenantInfo tenant) =>
        new(tenant.Id, tenant.Identifier, tenant.Name, tenant.Gemeentecode, tenant.ConnectionString, tenant.IsActive);
}
