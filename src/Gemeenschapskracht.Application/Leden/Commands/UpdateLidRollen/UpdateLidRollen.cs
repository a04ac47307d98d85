using System.Text.Json.Serialization;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Leden.Dtos;
using Gemeenschapskracht.Application.Leden.Shared;
using Mediator;

namespace Gemeenschapskracht.Application.Leden.Commands.UpdateLidRollen;

/// <summary>Replaces a member's roles and the organisation they hold them for.</summary>
[Authorize(Roles = $"{Roles.GemeenteBeheerder},{Roles.PlatformBeheerder}")]
public sealed record UpdateLidRollenCommand : ICommand<LidDto>
{
    /// <summary>From the path.</summary>
    [JsonIgnore]
    public Guid Id { get; init; }

    public required IReadOnlyList<string> Rollen { get; init; }

    /// <summary>The organisation the roles are held for (only with bewonersorganisatie or professional), or null for none.</summary>
    public required Guid? OrganisatieId { get; init; }
}

public sealed class UpdateLidRollenHandler(ITenantCatalogDbContext catalog, IApplicationDbContext db, ICurrentUser user, IUserDirectory users)
    : ICommandHandler<UpdateLidRollenCommand, LidDto>
{
    public async ValueTask<LidDto> Handle(UpdateLidRollenCommand command, CancellationToken cancellationToken)
    {
        var lid = await catalog.FindLidAsync(command.Id, cancellationToken);
        lid.EnsureNotOwn(user);
        await db.EnsureOrganisatieActiefAsync(command.OrganisatieId, cancellationToken);
        lid.Wijzig(command.Rollen, command.OrganisatieId);
        await catalog.SaveChangesAsync(cancellationToken);
        var persoon = (await users.GetAsync([lid.UserId], cancellationToken))[lid.UserId];
        return lid.ToDto(persoon);
    }
}
