using System.Text.Json.Serialization;
using Gemeenschapskracht.Application.BuurtTops.Dtos;
using Gemeenschapskracht.Application.BuurtTops.Shared;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Wijkbeelden.Shared;
using Gemeenschapskracht.Domain.BuurtTops;
using Mediator;

namespace Gemeenschapskracht.Application.BuurtTops.Commands.UpdateVoorbereidingsplan;

/// <summary>Replaces the preparation plan (R3.5): themes, working groups, milestones within a year before the date, information needs, budget.</summary>
[Authorize(Roles = WijkbeeldToegang.Teamrollen)]
public sealed record UpdateVoorbereidingsplanCommand : ICommand<BuurtTopDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public required VoorbereidingsplanDto Plan { get; init; }
}

public sealed class UpdateVoorbereidingsplanHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<UpdateVoorbereidingsplanCommand, BuurtTopDto>
{
    public async ValueTask<BuurtTopDto> Handle(UpdateVoorbereidingsplanCommand command, CancellationToken cancellationToken)
    {
        var buurtTop = await db.Set<BuurtTop>().VindAsync(command.Id, cancellationToken);
        var now = clock.GetUtcNow();
        WijkbeeldToegang.Schrijver(user, buurtTop.Team, now);
        buurtTop.WijzigPlan(command.Plan.NaarDomein(buurtTop.Plan, now), now);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(buurtTop, user, now, cancellationToken);
    }
}
