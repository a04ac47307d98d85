using Gemeenschapskracht.Domain.Tenants;
using Riok.Mapperly.Abstractions;

namespace Gemeenschapskracht.Application.Gemeenten.Dtos;

[Mapper]
public static partial class GemeenteMapper
{
    public static GemeenteDto ToDto(this TenantInfo tenant) => new(
        tenant.Id, tenant.Name, tenant.Identifier, tenant.Gemeentecode, tenant.IsActive, tenant.CreatedAt,
        ToInrichting(tenant));

    [MapProperty(nameof(TenantInfo.ProvisioningStatus), nameof(InrichtingDto.Status))]
    [MapProperty(nameof(TenantInfo.ProvisioningError), nameof(InrichtingDto.Fout))]
    [MapProperty(nameof(TenantInfo.ProvisioningStartedAt), nameof(InrichtingDto.GestartOp))]
    [MapProperty(nameof(TenantInfo.ProvisioningFinishedAt), nameof(InrichtingDto.VoltooidOp))]
    [MapProperty(nameof(TenantInfo.ProvisionedAreaCount), nameof(InrichtingDto.AantalGebieden))]
    [MapperIgnoreSource(nameof(TenantInfo.Id))]
    [MapperIgnoreSource(nameof(TenantInfo.Identifier))]
    [MapperIgnoreSource(nameof(TenantInfo.Name))]
    [MapperIgnoreSource(nameof(TenantInfo.Gemeentecode))]
    [MapperIgnoreSource(nameof(TenantInfo.ConnectionString))]
    [MapperIgnoreSource(nameof(TenantInfo.IsActive))]
    [MapperIgnoreSource(nameof(TenantInfo.CreatedAt))]
    [MapperIgnoreSource(nameof(TenantInfo.Thema))]
    private static partial InrichtingDto ToInrichting(TenantInfo tenant);
}
