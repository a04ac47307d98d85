using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Instellingen.Dtos;
using Gemeenschapskracht.Application.Instellingen.Shared;
using Gemeenschapskracht.Domain.Tenants;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Instellingen.Commands.UploadLogo;

/// <summary>Replaces the gemeente's logo. The type is read from the file's bytes: PNG, JPEG or WebP, at most 256 KB.</summary>
[Authorize(Roles = Roles.GemeenteBeheerder)]
public sealed record UploadLogoCommand(byte[] Data) : ICommand<InstellingenDto>;

public sealed class UploadLogoHandler(ITenantCatalogDbContext catalog, ICurrentTenant tenant, TimeProvider clock) : ICommandHandler<UploadLogoCommand, InstellingenDto>
{
    public async ValueTask<InstellingenDto> Handle(UploadLogoCommand command, CancellationToken cancellationToken)
    {
        var gemeente = await catalog.CurrentTenantAsync(tenant, cancellationToken);
        var type = TenantLogo.DetectContentType(command.Data)!;
        var logo = await catalog.TenantLogos.FirstOrDefaultAsync(cancellationToken);
        if (logo is null)
            catalog.TenantLogos.Add(new TenantLogo(gemeente.Id, type, command.Data, clock.GetUtcNow()));
        else
            logo.Replace(type, command.Data, clock.GetUtcNow());
        await catalog.SaveChangesAsync(cancellationToken);
        return await catalog.LoadInstellingenAsync(tenant, cancellationToken);
    }
}
