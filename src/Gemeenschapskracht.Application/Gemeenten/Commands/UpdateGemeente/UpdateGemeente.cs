using System.Text.Json.Serialization;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Gemeenten.Dtos;
using Gemeenschapskracht.Application.Gemeenten.Shared;
using Mediator;

namespace Gemeenschapskracht.Application.Gemeenten.Commands.UpdateGemeente;

/// <summary>Renames a gemeente or (de)activates it. An inactive gemeente's API answers 403.</summary>
[Authorize(Roles = Roles.PlatformBeheerder)]
public sealed record UpdateGemeenteCommand : ICommand<GemeenteDto>
{
    /// <summary>From the path.</summary>
    [JsonIgnore]
    public string Slug { get; init; } = "";

    public required string Naam { get; init; }

    public required bool Actief { get; init; }
}

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
