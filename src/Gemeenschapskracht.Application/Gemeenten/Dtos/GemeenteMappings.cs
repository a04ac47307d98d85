using Gemeenschapskracht.Domain.Tenants;

namespace Gemeenschapskracht.Application.Gemeenten.Dtos;

public static class GemeenteMappings
{
    public static GemeenteDto ToDto(this TenantInfo tenant) => new(
        tenant.Id, tenant.Name, tenant.Identifier, tenant.Gemeentecode, tenant.IsActive, tenant.CreatedAt,
        new InrichtingDto(tenant.ProvisioningStatus, tenant.ProvisioningError, tenant.ProvisioningStartedAt,
            tenant.ProvisioningFinishedAt, tenant.ProvisionedAreaCount));
}
