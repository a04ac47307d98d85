using Gemeenschapskracht.Application.BuurtTops.Dtos;
using Gemeenschapskracht.Application.BuurtTops.Shared;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Wijkbeelden.Shared;
using Gemeenschapskracht.Domain.BuurtTops;
using Mediator;

namespace Gemeenschapskracht.Application.BuurtTops.Commands.StartVoorbereiding;

/// <summary>The organiser starts preparing; when the BuurtTop builds on no wijkbeeld yet, the wijk's shared one is linked now.</summary>
[Authorize(Roles = WijkbeeldToegang.Teamrollen)]
[NoValidator("Only the route id.")]
public sealed record StartVoorbereidingCommand(Guid Id) : ICommand<BuurtTopDto>;

public sealed class StartVoorbereidingHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<StartVoorbereidingCommand, BuurtTopDto>
{
    public async ValueTask<BuurtTopDto> Handle(StartVoorbereidingCommand command, CancellationToken cancellationToken)
    {
        var buurtTop = await db.Set<BuurtTop>().VindAsync(command.Id, cancellationToken);
        var now = clock.GetUtcNow();
        WijkbeeldToegang.Schrijver(user, buurtTop.Team, now);
        buurtTop.StartVoorbereiding(now);
        if (buurtTop.ZonderWijkbeeld && await db.GedeeldWijkbeeldAsync(buurtTop.GebiedId, cancellationToken) is { } wijkbeeld)
            buurtTop.BouwVoortOp(wijkbeeld.Id, wijkbeeld.Versie, now);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(buurtTop, user, now, cancellationToken);
    }
}
