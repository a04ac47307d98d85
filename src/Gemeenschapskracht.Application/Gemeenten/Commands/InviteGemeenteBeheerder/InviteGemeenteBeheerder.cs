using System.Text.Json.Serialization;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Gemeenten.Shared;
using Gemeenschapskracht.Application.Leden.Dtos;
using Gemeenschapskracht.Application.Leden.Shared;
using Mediator;

namespace Gemeenschapskracht.Application.Gemeenten.Commands.InviteGemeenteBeheerder;

/// <summary>The platform-beheerder invites a gemeente's first (or another) gemeente-beheerder.</summary>
[Authorize(Roles = Roles.PlatformBeheerder)]
public sealed record InviteGemeenteBeheerderCommand : ICommand<UitnodigingDto>
{
    /// <summary>From the path.</summary>
    [JsonIgnore]
    public string Slug { get; init; } = "";

    public required string Email { get; init; }
}

public sealed class InviteGemeenteBeheerderHandler(Common.Interfaces.ITenantCatalogDbContext catalog, InvitationSender sender)
    : ICommandHandler<InviteGemeenteBeheerderCommand, UitnodigingDto>
{
    public async ValueTask<UitnodigingDto> Handle(InviteGemeenteBeheerderCommand command, CancellationToken cancellationToken)
    {
        var tenant = await catalog.Tenants.FindBySlugAsync(command.Slug, cancellationToken);
        return await sender.SendAsync(command.Email, tenant.Id, [Roles.GemeenteBeheerder], cancellationToken);
    }
}
