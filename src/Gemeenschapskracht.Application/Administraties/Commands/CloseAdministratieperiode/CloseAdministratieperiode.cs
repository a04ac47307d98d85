using Gemeenschapskracht.Application.Administraties.Dtos;
using Gemeenschapskracht.Application.Administraties.Shared;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Domain.Common;
using Mediator;

namespace Gemeenschapskracht.Application.Administraties.Commands.CloseAdministratieperiode;

/// <summary>The back office closes a month that is over, in order, once nothing blocks it; nothing is booked into it afterwards.</summary>
[Authorize(Roles = AdministratieQueries.Boekhouders)]
[NoValidator("no body: the month is in the address and the entity checks it")]
public sealed record CloseAdministratieperiodeCommand(Guid AdministratieId, int Jaar, int Maand) : ICommand<AdministratieperiodeDto>;

public sealed class CloseAdministratieperiodeHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<CloseAdministratieperiodeCommand, AdministratieperiodeDto>
{
    public async ValueTask<AdministratieperiodeDto> Handle(CloseAdministratieperiodeCommand command, CancellationToken cancellationToken)
    {
        var administratie = await db.GehosteAdministraties(user).VindAsync(command.AdministratieId, cancellationToken);
        var posten = await db.PostenAsync(administratie.Id, cancellationToken);
        var now = clock.GetUtcNow();
        var periode = administratie.SluitAf(command.Jaar, command.Maand, posten, user.Weergavenaam, now);
        await db.SaveChangesAsync(cancellationToken);
        return periode.ToDto(Kalender.Dag(now), []);
    }
}
