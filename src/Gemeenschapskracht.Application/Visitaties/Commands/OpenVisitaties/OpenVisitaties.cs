using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Notifications;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Visitaties.Shared;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Visitaties;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Visitaties.Commands.OpenVisitaties;

/// <summary>
/// Job J9, daily: every subject of every cycle that is due (never reviewed, or its last visitatie a cadence ago) gets
/// its visitatie, planned on the day it fell due, and the gemeente is asked to compose the panels. Idempotent: a
/// subject reviewed on that day is not due again for a cadence, and the unique index on cycle, subject and planned
/// day refuses a second one should two runs race.
/// </summary>
/// <returns>How many visitaties were opened.</returns>
[Authorize(Roles = Roles.Systeem)]
[NoValidator("No input: it works on the job's gemeente.")]
public sealed record OpenVisitatiesCommand : ICommand<int>;

public sealed class OpenVisitatiesHandler(IApplicationDbContext db, Ontvangers ontvangers, IEmailSender mail, IAppLinks links, TimeProvider clock)
    : ICommandHandler<OpenVisitatiesCommand, int>
{
    public async ValueTask<int> Handle(OpenVisitatiesCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var vandaag = Kalender.Dag(now);
        var laatste = (await db.Set<Visitatie>().AsNoTracking()
                .GroupBy(v => new { v.CyclusId, v.OnderwerpId })
                .Select(g => new { g.Key.CyclusId, g.Key.OnderwerpId, Laatste = g.Max(v => v.GeplandOp) })
                .ToListAsync(cancellationToken))
            .ToDictionary(x => (x.CyclusId, x.OnderwerpId), x => x.Laatste);
        var geopend = new List<Visitatie>();
        foreach (var cyclus in await db.Set<Visitatiecyclus>().AsNoTracking().OrderBy(c => c.Id).ToListAsync(cancellationToken))
        {
            foreach (var onderwerp in await Visitatieonderwerpen.VanSoortAsync(db, cyclus.Soort, cancellationToken))
            {
                var vorige = laatste.TryGetValue((cyclus.Id, onderwerp.Id), out var dag) ? dag : (DateOnly?)null;
                var volgende = cyclus.VolgendeOp(vorige, vandaag);
                if (volgende <= vandaag)
                    geopend.Add(new Visitatie(cyclus, onderwerp, volgende, now));
            }
        }
        if (geopend.Count == 0)
            return 0;
        db.Set<Visitatie>().AddRange(geopend);
        await db.SaveChangesAsync(cancellationToken);

        var lijst = string.Join('\n', geopend.Select(v => $"- {v.OnderwerpNaam}"));
        foreach (var adres in await ontvangers.MetRollenAsync([Roles.GemeenteBeheerder, Roles.Beleidsmedewerker], cancellationToken))
            await mail.SendAsync(adres, geopend.Count == 1 ? "Een visitatie is geopend: stel het panel samen" : $"{geopend.Count} visitaties zijn geopend: stel de panels samen",
                $"Deze onderwerpen zijn volgens de visitatiecyclus aan de beurt:\n{lijst}\n\n" +
                "Stel per visitatie een panel samen van bewoners uit een andere wijk en minstens één raadslid, en bevestig het.\n" +
                $"{links.Pagina("/visitaties")}\n", cancellationToken);
        return geopend.Count;
    }
}
