using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Instellingen.Dtos;
using Gemeenschapskracht.Application.Instellingen.Shared;
using Mediator;

namespace Gemeenschapskracht.Application.Instellingen.Commands.UpdateThema;

[Authorize(Roles = Roles.GemeenteBeheerder)]
public sealed record UpdateThemaCommand : ICommand<InstellingenDto>
{
    public required string Thema { get; init; }
}

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
