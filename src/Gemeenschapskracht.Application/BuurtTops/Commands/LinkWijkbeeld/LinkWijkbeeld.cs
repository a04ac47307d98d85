using Gemeenschapskracht.Application.BuurtTops.Dtos;
using Gemeenschapskracht.Application.BuurtTops.Shared;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Wijkbeelden.Shared;
using Gemeenschapskracht.Domain.BuurtTops;
using Mediator;

namespace Gemeenschapskracht.Application.BuurtTops.Commands.LinkWijkbeeld;

/// <summary>Links the wijk's latest shared wijkbeeld (after a new version was shared); none left the warning stands (R3.1).</summary>
[Authorize(Roles = WijkbeeldToegang.Teamrollen)]
[NoValidator("Only the route id.")]
public sealed record LinkWijkbeeldCommand(Guid Id) : ICommand<BuurtTopDto>;

public sealed class LinkWijkbeeldHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<LinkWijkbeeldCommand, BuurtTopDto>
{
    public async ValueTask<BuurtTopDto> Handle(LinkWijkbeeldCommand command, CancellationToken cancellationToken)
    {
        var buurtTop = await db.Set<BuurtTop>().VindAsync(command.Id, cancellationToken);
        var now = clock.GetUtcNow();
        WijkbeeldToegang.Schrijver(user, buurtTop.Team, now);
        var wijkbeeld = await db.GedeeldWijkbeeldAsync(buurtTop.GebiedId, cancellationToken);
        buurtTop.BouwVoortOp(wijkbeeld?.Id, wijkbeeld?.Versie, now);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(buurtTop, user, now, cancellationToken);
    }
}
