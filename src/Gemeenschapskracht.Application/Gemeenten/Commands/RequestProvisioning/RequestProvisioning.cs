using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Gemeenten.Dtos;
using Gemeenschapskracht.Application.Gemeenten.Shared;
using Mediator;

namespace Gemeenschapskracht.Application.Gemeenten.Commands.RequestProvisioning;

/// <summary>Runs the provisioning again, e.g. after a failure or a new CBS year. Idempotent: areas are matched by CBS code.</summary>
[Authorize(Roles = Roles.PlatformBeheerder)]
[NoValidator("Its only input is the slug in the path; an unknown slug is a 404.")]
public sealed record RequestProvisioningCommand(string Slug) : ICommand<GemeenteDto>;

public sealed class RequestProvisioningHandler(ITenantCatalogDbContext catalog, IProvisioningScheduler scheduler)
    : ICommandHandler<RequestProvisioningCommand, GemeenteDto>
{
    public async ValueTask<GemeenteDto> Handle(RequestProvisioningCommand command, CancellationToken cancellationToken)
    {
        var tenant = await catalog.Tenants.FindBySlugAsync(command.Slug, cancellationToken);
        tenant.RequestProvisioning();
        await catalog.SaveChangesAsync(cancellationToken);
        scheduler.Enqueue(tenant.Id);
        return tenant.ToDto();
    }
}
