using Gemeenschapskracht.Application.BuurtTops.Dtos;
using Gemeenschapskracht.Application.BuurtTops.Shared;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Domain.Common;
using Mediator;

namespace Gemeenschapskracht.Application.BuurtTops.Queries.GetBuurtTopCyclus;

/// <summary>The gemeente's BuurtTop cycle (the defaults when none was set) and the next BuurtTop-dagen.</summary>
[Authorize(Roles = $"{Roles.GemeenteBeheerder},{Roles.Beleidsmedewerker}")]
public sealed record GetBuurtTopCyclusQuery : IQuery<BuurtTopCyclusDto>;

public sealed class GetBuurtTopCyclusHandler(IApplicationDbContext db, TimeProvider clock) : IQueryHandler<GetBuurtTopCyclusQuery, BuurtTopCyclusDto>
{
    public async ValueTask<BuurtTopCyclusDto> Handle(GetBuurtTopCyclusQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (cyclus, standaard) = await db.CyclusAsync(now, cancellationToken);
        return cyclus.ToDto(standaard, Kalender.Dag(now));
    }
}
