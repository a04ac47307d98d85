using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Leden.Dtos;
using Gemeenschapskracht.Application.Leden.Shared;
using Mediator;

namespace Gemeenschapskracht.Application.Leden.Commands.InviteLid;

/// <summary>Invites a person by e-mail to the current gemeente with roles. The mail holds a one-time link.</summary>
[Authorize(Roles = Roles.GemeenteBeheerder)]
public sealed record InviteLidCommand(string Email, IReadOnlyList<string> Rollen) : ICommand<UitnodigingDto>;

public sealed class InviteLidHandler(ICurrentTenant tenant, InvitationSender sender) : ICommandHandler<InviteLidCommand, UitnodigingDto>
{
    public async ValueTask<UitnodigingDto> Handle(InviteLidCommand command, CancellationToken cancellationToken) =>
        await sender.SendAsync(command.Email, tenant.Id ?? throw new NotFoundException("Geen gemeente opgegeven."), command.Rollen, cancellationToken);
}
