using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Leden.Dtos;
using Mediator;

namespace Gemeenschapskracht.Application.Leden.Commands.UpdateLidRollen;

[Authorize(Roles = $"{Roles.GemeenteBeheerder},{Roles.PlatformBeheerder}")]
public sealed record UpdateLidRollenCommand(Guid Id, IReadOnlyList<string> Rollen) : ICommand<LidDto>;

public sealed class UpdateLidRollenHandler(ITenantCatalogDbContext catalog, ICurrentTenant tenant, ICurrentUser user, IUserDirectory users)
    : ICommandHandler<UpdateLidRollenCommand, LidDto>
{
    public async ValueTask<LidDto> Handle(UpdateLidRollenCommand command, CancellationToken cancellationToken)
    {
        var lid = await catalog.FindLidAsync(tenant, command.Id, cancellationToken);
        lid.EnsureNotOwn(user);
        lid.SetRollen(command.Rollen);
        await catalog.SaveChangesAsync(cancellationToken);
        var persoon = (await users.GetAsync([lid.UserId], cancellationToken))[lid.UserId];
        return new LidDto(lid.Id, lid.UserId, persoon.Naam, persoon.Email, lid.RolLijst, persoon.TweeStapsAan, persoon.Geblokkeerd, lid.CreatedAt);
    }
}
