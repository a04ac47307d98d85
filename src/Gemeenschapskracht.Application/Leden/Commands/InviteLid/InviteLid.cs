using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Leden.Dtos;
using Gemeenschapskracht.Application.Leden.Shared;
using Mediator;

namespace Gemeenschapskracht.Application.Leden.Commands.InviteLid;

/// <summary>
/// Invites a person by e-mail to the current gemeente with roles, optionally held for an organisation of the register.
/// The mail holds a one-time link.
/// </summary>
[Authorize(Roles = Roles.GemeenteBeheerder)]
public sealed record InviteLidCommand(string Email, IReadOnlyList<string> Rollen, Guid? OrganisatieId = null) : ICommand<UitnodigingDto>;

public sealed class InviteLidHandler(ICurrentTenant tenant, IApplicationDbContext db, InvitationSender sender) : ICommandHandler<InviteLidCommand, UitnodigingDto>
{
    public async ValueTask<UitnodigingDto> Handle(InviteLidCommand command, CancellationToken cancellationToken)
    {
        await db.EnsureOrganisatieActiefAsync(command.OrganisatieId, cancellationToken);
        return await sender.SendAsync(command.Email, tenant.Id ?? throw new NotFoundException("Geen gemeente opgegeven."), command.Rollen,
            cancellationToken, command.OrganisatieId);
    }
}
