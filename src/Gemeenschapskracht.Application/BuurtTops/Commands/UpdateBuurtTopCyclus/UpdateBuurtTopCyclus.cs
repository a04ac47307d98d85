using Gemeenschapskracht.Application.BuurtTops.Dtos;
using Gemeenschapskracht.Application.BuurtTops.Shared;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Domain.BuurtTops;
using Gemeenschapskracht.Domain.Common;
using Mediator;

namespace Gemeenschapskracht.Application.BuurtTops.Commands.UpdateBuurtTopCyclus;

/// <summary>Sets the gemeente's BuurtTop cycle (R3.8): interval, lead time, reminders, region and the rule of the BuurtTop-dag.</summary>
[Authorize(Roles = $"{Roles.GemeenteBeheerder},{Roles.Beleidsmedewerker}")]
public sealed record UpdateBuurtTopCyclusCommand : ICommand<BuurtTopCyclusDto>
{
    public required int IntervalJaren { get; init; }
    public required int AankondigingMaanden { get; init; }
    public required int HerinneringDagen { get; init; }
    public required Regio Regio { get; init; }
    public required BuurtTopDagRegel Dagregel { get; init; }
    public required int? VasteDag { get; init; }
    public required int? VasteMaand { get; init; }
}

public sealed class UpdateBuurtTopCyclusHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<UpdateBuurtTopCyclusCommand, BuurtTopCyclusDto>
{
    public async ValueTask<BuurtTopCyclusDto> Handle(UpdateBuurtTopCyclusCommand c, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (cyclus, standaard) = await db.CyclusAsync(now, cancellationToken);
        cyclus.Wijzig(c.IntervalJaren, c.AankondigingMaanden, c.HerinneringDagen, c.Regio, c.Dagregel, c.VasteDag, c.VasteMaand, now);
        if (standaard)
            db.Set<BuurtTopCyclus>().Add(cyclus);
        await db.SaveChangesAsync(cancellationToken);
        return cyclus.ToDto(false, Kalender.Dag(now));
    }
}
