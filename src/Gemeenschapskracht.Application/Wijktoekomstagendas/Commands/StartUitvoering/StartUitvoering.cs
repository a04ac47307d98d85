using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Wijkbeelden.Shared;
using Gemeenschapskracht.Application.Wijktoekomstagendas.Dtos;
using Gemeenschapskracht.Application.Wijktoekomstagendas.Shared;
using Gemeenschapskracht.Domain.Wijktoekomstagendas;
using Mediator;

namespace Gemeenschapskracht.Application.Wijktoekomstagendas.Commands.StartUitvoering;

/// <summary>The published agenda is being carried out; after a herijking, the team records that it re-weighed it and goes on.</summary>
[Authorize(Roles = WijkbeeldToegang.Teamrollen)]
[NoValidator("Only the route id.")]
public sealed record StartUitvoeringCommand(Guid Id) : ICommand<WijktoekomstagendaDto>;

public sealed class StartUitvoeringHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<StartUitvoeringCommand, WijktoekomstagendaDto>
{
    public async ValueTask<WijktoekomstagendaDto> Handle(StartUitvoeringCommand command, CancellationToken cancellationToken)
    {
        var agenda = await db.Set<Wijktoekomstagenda>().VindAsync(command.Id, cancellationToken);
        var now = clock.GetUtcNow();
        WijkbeeldToegang.Schrijver(user, agenda.Team, now);
        agenda.StartUitvoering(now);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(agenda, cancellationToken);
    }
}
