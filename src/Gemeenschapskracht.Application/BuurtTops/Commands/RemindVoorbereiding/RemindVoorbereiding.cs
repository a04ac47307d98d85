using Gemeenschapskracht.Application.BuurtTops.Shared;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Notifications;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Domain.BuurtTops;
using Gemeenschapskracht.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.BuurtTops.Commands.RemindVoorbereiding;

/// <summary>
/// Job J3, daily: the organiser of a BuurtTop still to be held is reminded of milestones not done that are due within
/// the cycle's reminder days, or overdue: each milestone once per kind (recorded on the BuurtTop, shown in the client).
/// The mail goes to the members of the team's organisations, or to the gemeente while there is no organiser.
/// </summary>
/// <returns>How many reminders were recorded.</returns>
[Authorize(Roles = Roles.Systeem)]
[NoValidator("No input: it works on the job's gemeente.")]
public sealed record RemindVoorbereidingCommand : ICommand<int>;

public sealed class RemindVoorbereidingHandler(IApplicationDbContext db, Ontvangers ontvangers, IEmailSender mail, BuurtTopMails mails, TimeProvider clock)
    : ICommandHandler<RemindVoorbereidingCommand, int>
{
    public async ValueTask<int> Handle(RemindVoorbereidingCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var vandaag = Kalender.Dag(now);
        var (cyclus, _) = await db.CyclusAsync(now, cancellationToken);
        var buurtTops = await db.Set<BuurtTop>()
            .Where(b => b.Status == BuurtTopStatus.Aangekondigd || b.Status == BuurtTopStatus.InVoorbereiding).ToListAsync(cancellationToken);
        var nieuw = buurtTops.Select(b => (BuurtTop: b, Signaleringen: b.Signaleer(vandaag, cyclus.HerinneringDagen, now))).Where(x => x.Signaleringen.Count > 0).ToList();
        await db.SaveChangesAsync(cancellationToken);
        foreach (var (buurtTop, signaleringen) in nieuw)
        {
            var adressen = buurtTop.Team.Count > 0
                ? await ontvangers.VanOrganisatiesAsync(buurtTop.Team, cancellationToken)
                : await ontvangers.MetRollenAsync([Roles.GemeenteBeheerder, Roles.Beleidsmedewerker], cancellationToken);
            var regels = string.Join("\n", signaleringen.Select(s => s.Soort == HerinneringSoort.Verlopen
                ? $"- verlopen sinds {s.Datum:dd-MM-yyyy}: {s.Omschrijving}"
                : $"- uiterlijk {s.Datum:dd-MM-yyyy}: {s.Omschrijving}"));
            foreach (var adres in adressen)
                await mail.SendAsync(adres, $"Voorbereiding {buurtTop.Titel}: mijlpalen vragen aandacht",
                    $"De BuurtTop '{buurtTop.Titel}' is op {buurtTop.Datum:dd-MM-yyyy}. Deze mijlpalen van de voorbereiding zijn nog niet gereed:\n{regels}\n\n" +
                    $"Bekijk het voorbereidingsplan:\n{mails.Pagina(buurtTop.Id)}\n", cancellationToken);
        }
        return nieuw.Sum(x => x.Signaleringen.Count);
    }
}
