using System.Globalization;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Subsidieregister.Dtos;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Subsidies;
using Gemeenschapskracht.Domain.Wijkbudgetten;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Subsidieregister.Queries.GetSubsidieregisterKeuzes;

/// <summary>What the register can be filtered on: the award years (newest first) and the wijken (by name) that have granted subsidies.</summary>
[Public]
public sealed record GetSubsidieregisterKeuzesQuery : IQuery<SubsidieregisterKeuzesDto>;

public sealed class GetSubsidieregisterKeuzesHandler(IApplicationDbContext db) : IQueryHandler<GetSubsidieregisterKeuzesQuery, SubsidieregisterKeuzesDto>
{
    private static readonly StringComparer Nederlands = StringComparer.Create(CultureInfo.GetCultureInfo("nl-NL"), ignoreCase: true);

    public async ValueTask<SubsidieregisterKeuzesDto> Handle(GetSubsidieregisterKeuzesQuery query, CancellationToken cancellationToken)
    {
        var verleningen = db.Set<Beschikking>().AsNoTracking().Where(b => b.Soort == BesluitSoort.Verlening && b.IngetrokkenOp == null);
        // The year of a decision in the Netherlands, not in UTC: read the instants and convert them here.
        var jaren = (await verleningen.Select(b => b.GenomenOp).ToListAsync(cancellationToken))
            .Select(m => Kalender.Dag(m).Year).Distinct().OrderDescending().ToList();
        var regelingen = verleningen.Select(b => b.RegelingId);
        var budgetten = db.Set<Subsidieregeling>().Where(r => regelingen.Contains(r.Id)).Select(r => r.WijkbudgetId);
        var wijkIds = db.Set<Wijkbudget>().Where(w => budgetten.Contains(w.Id)).Select(w => w.WijkId);
        var wijken = await db.Gebieden.AsNoTracking().Where(g => wijkIds.Contains(g.Id))
            .Select(g => new SubsidieregisterWijkDto(g.Id, g.Naam ?? g.Code, g.Code)).ToListAsync(cancellationToken);
        return new SubsidieregisterKeuzesDto(jaren, wijken.OrderBy(w => w.Naam, Nederlands).ThenBy(w => w.Code, StringComparer.Ordinal).ToList());
    }
}
