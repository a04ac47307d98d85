using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Gemeenten.Dtos;
using Gemeenschapskracht.Domain.Tenants;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Gemeenten.Commands.CreateGemeente;

/// <summary>Provisions a gemeente as a new tenant; its wijkindeling is imported by a background job.</summary>
[Authorize(Roles = Roles.PlatformBeheerder)]
public sealed record CreateGemeenteCommand(string Naam, string Slug, string Gemeentecode, bool Actief = true)
    : ICommand<GemeenteDto>;

public sealed class CreateGemeenteHandler(
    ITenantCatalogDbContext catalog, IProvisioningScheduler scheduler, TimeProvider clock)
    : ICommandHandler<CreateGemeenteCommand, GemeenteDto>
{
    public async ValueTask<GemeenteDto> Handle(CreateGemeenteCommand command, CancellationToken cancellationToken)
    {
        var slug = command.Slug.Trim();
        if (await catalog.Tenants.AnyAsync(t => t.Identifier == slug, cancellationToken))
            throw new ConflictException($"Er bestaat al een gemeente met de slug '{slug}'.");
        if (await catalog.Tenants.AnyAsync(t => t.Gemeentecode == command.Gemeentecode, cancellationToken))
            throw new ConflictException($"Gemeente {command.Gemeentecode} is al als tenant ingericht.");

        var tenant = new TenantInfo(slug, command.Naam.Trim(), command.Gemeentecode, clock.GetUtcNow());
        tenant.SetActive(command.Actief);
        catalog.Tenants.Add(tenant);
        await catalog.SaveChangesAsync(cancellationToken);
        scheduler.Enqueue(tenant.Id);
        return tenant.ToDto();
    }
}
