using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Leden.Shared;
using Mediator;

namespace Gemeenschapskracht.Application.Leden.Commands.RevokeLid;

/// <summary>Revokes a membership: the person keeps their account but loses every role in this gemeente.</summary>
[Authorize(Roles = $"{Roles.GemeenteBeheerder},{Roles.PlatformBeheerder}")]
[NoValidator("Its only input is the id in the path; an unknown id is a 404.")]
public sealed record RevokeLidCommand(Guid Id) : ICommand;

public sealed class RevokeLidHandler(ITenantCatalogDbContext catalog, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<RevokeLidCommand>
{
    public async ValueTask<Unit> Handle(RevokeLidCommand command, CancellationToken cancellationToken)
    {
        var lid = await catalog.FindLidAsync(command.Id, cancellationToken);
        lid.EnsureNotOwn(user);
        lid.Revoke(clock.GetUtcNow());
        await catalog.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
