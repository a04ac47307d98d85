using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Domain.Tenants;
using Mediator;

namespace Gemeenschapskracht.Application.Instellingen;

[Authorize(Roles = Roles.GemeenteBeheerder)]
public sealed record UpdateThemaCommand(string Thema) : ICommand<InstellingenDto>;

public sealed class UpdateThemaHandler(ITenantCatalogDbContext catalog, ICurrentTenant tenant) : ICommandHandler<UpdateThemaCommand, InstellingenDto>
{
    public async ValueTask<InstellingenDto> Handle(UpdateThemaCommand command, CancellationToken cancellationToken)
    {
        var gemeente = await catalog.CurrentTenantAsync(tenant, cancellationToken);
        gemeente.ChooseThema(command.Thema);
        await catalog.SaveChangesAsync(cancellationToken);
        return await catalog.LoadInstellingenAsync(tenant, cancellationToken);
    }
}
