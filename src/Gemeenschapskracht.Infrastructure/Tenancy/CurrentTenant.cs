using Gemeenschapskracht.Application.Common.Interfaces;

namespace Gemeenschapskracht.Infrastructure.Tenancy;

public sealed class CurrentTenant(ITenantContextAccessor accessor) : ICurrentTenant
{
    public Guid? Id => accessor.Current?.Id;

    public string? Identifier => accessor.Current?.Identifier;
}
