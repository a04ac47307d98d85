using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Gemeenten.Dtos;
using Mediator;

namespace Gemeenschapskracht.Application.Gemeenten.Commands.UpdateGemeente;

/// <summary>Renames a gemeente or (de)activates it. An inactive gemeente's API answers 403.</summary>
[Authorize(Roles = Roles.PlatformBeheerder)]
public sealed record UpdateGemeenteCommand(string Slug, string Naam, bool Actief) : ICommand<GemeenteDto>;

public sealed class UpdateGemeenteHandler(ITenantCatalogDbContext catalog)
    : ICommandHandler<UpdateGemeenteCommand, GemeenteDto>
{
    public async ValueTask<GemeenteDto> Handle(UpdateGemeenteCommand command, CancellationToken cancellationToken)
    {
        var tenant = await catalog.Tenants.FindBySlugAsync(command.Slug, cancellationToken);
        tenant.Rename(command.Naam.Trim());
        tenant.SetActive(command.Actief);
        await catalog.SaveChangesAsync(cancellationToken);
        return tenant.ToDto();
    }
}
