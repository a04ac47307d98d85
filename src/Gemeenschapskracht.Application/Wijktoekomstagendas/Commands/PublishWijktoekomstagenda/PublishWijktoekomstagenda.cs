using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Wijkbeelden.Shared;
using Gemeenschapskracht.Application.Wijktoekomstagendas.Dtos;
using Gemeenschapskracht.Application.Wijktoekomstagendas.Shared;
using Gemeenschapskracht.Domain.Wijktoekomstagendas;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Wijktoekomstagendas.Commands.PublishWijktoekomstagenda;

/// <summary>Publishes the concept to the wijk (R3.6); the version that was public before is archived.</summary>
[Authorize(Roles = WijkbeeldToegang.Teamrollen)]
[NoValidator("Only the route id.")]
public sealed record PublishWijktoekomstagendaCommand(Guid Id) : ICommand<WijktoekomstagendaDto>;

public sealed class PublishWijktoekomstagendaHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<PublishWijktoekomstagendaCommand, WijktoekomstagendaDto>
{
    public async ValueTask<WijktoekomstagendaDto> Handle(PublishWijktoekomstagendaCommand command, CancellationToken cancellationToken)
    {
        var agenda = await db.Set<Wijktoekomstagenda>().VindAsync(command.Id, cancellationToken);
        var now = clock.GetUtcNow();
        WijkbeeldToegang.Schrijver(user, agenda.Team, now);
        var vorige = await db.Set<Wijktoekomstagenda>()
            .Where(a => a.GebiedId == agenda.GebiedId && a.Id != agenda.Id && a.Status != AgendaStatus.Concept && a.Status != AgendaStatus.Gearchiveerd)
            .FirstOrDefaultAsync(cancellationToken);
        agenda.Publiceer(vorige, now);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(agenda, cancellationToken);
    }
}
