using Gemeenschapskracht.Application.BuurtTops.Shared;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Domain.BuurtTops;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Gebieden;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.BuurtTops.Commands.AnnounceBuurtTops;

/// <summary>
/// Job J3, daily: every wijk whose last BuurtTop (or none) is older than the cycle's interval minus its lead time gets
/// the next one, announced on the BuurtTop-dag of the right year and linked to the wijk's shared wijkbeeld. Idempotent
/// through state: a wijk with an announced or preparing BuurtTop, or a recent one, gets nothing.
/// </summary>
/// <returns>How many BuurtTops were announced.</returns>
[Authorize(Roles = Roles.Systeem)]
[NoValidator("No input: it works on the job's gemeente.")]
public sealed record AnnounceBuurtTopsCommand : ICommand<int>;

public sealed class AnnounceBuurtTopsHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<AnnounceBuurtTopsCommand, int>
{
    public async ValueTask<int> Handle(AnnounceBuurtTopsCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var vandaag = Kalender.Dag(now);
        var (cyclus, _) = await db.CyclusAsync(now, cancellationToken);
        var wijken = await db.Gebieden.AsNoTracking().Where(g => g.Soort == GebiedSoort.Wijk).Select(g => new { g.Id, Naam = g.Naam ?? g.Code }).ToListAsync(cancellationToken);
        var bestaand = await db.Set<BuurtTop>().AsNoTracking().Select(b => new { b.GebiedId, b.Datum, b.Status }).ToListAsync(cancellationToken);
        var perWijk = bestaand.ToLookup(b => b.GebiedId);
        var gedeeld = await db.Set<Domain.Wijkbeelden.Wijkbeeld>().AsNoTracking().Where(w => w.Status == Domain.Wijkbeelden.WijkbeeldStatus.Gedeeld)
            .Select(w => new { w.GebiedId, w.Id, w.Versie }).ToListAsync(cancellationToken);
        var aangekondigd = 0;
        foreach (var wijk in wijken)
        {
            var buurtTops = perWijk[wijk.Id].ToList();
            if (buurtTops.Any(b => b.Status is BuurtTopStatus.Aangekondigd or BuurtTopStatus.InVoorbereiding))
                continue;
            if (cyclus.VolgendeBuurtTop(buurtTops.Count == 0 ? null : buurtTops.Max(b => b.Datum), vandaag) is not { } datum)
                continue;
            var buurtTop = new BuurtTop(wijk.Id, $"BuurtTop {wijk.Naam} {datum.Year}", datum, null, null, now);
            var wijkbeeld = gedeeld.Where(w => w.GebiedId == wijk.Id).MaxBy(w => w.Versie);
            buurtTop.BouwVoortOp(wijkbeeld?.Id, wijkbeeld?.Versie, now);
            db.Set<BuurtTop>().Add(buurtTop);
            aangekondigd++;
        }
        await db.SaveChangesAsync(cancellationToken);
        return aangekondigd;
    }
}
