using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Uitdagingen.Dtos;
using Gemeenschapskracht.Application.Uitdagingen.Shared;
using Mediator;

namespace Gemeenschapskracht.Application.Uitdagingen.Commands.StartBeoordeling;

/// <summary>An ontvankelijke challenge goes into assessment by the published criteria.</summary>
[Authorize(Roles = UitdagingQueries.Behandelaars)]
[NoValidator("Only the route id.")]
public sealed record StartBeoordelingCommand(Guid Id) : ICommand<UitdagingDto>;

public sealed class StartBeoordelingHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<StartBeoordelingCommand, UitdagingDto>
{
    public async ValueTask<UitdagingDto> Handle(StartBeoordelingCommand c, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var uitdaging = await db.ZichtbareUitdagingen(user).VindAsync(c.Id, cancellationToken);
        uitdaging.StartBeoordeling(now);
        await db.SaveChangesAsync(cancellationToken);
        return uitdaging.ToDto(await db.UitdagerAsync(uitdaging, cancellationToken), now);
    }
}
