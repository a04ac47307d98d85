using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Notifications;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Wijkbudgetten.Shared;
using Gemeenschapskracht.Domain.Wijkbudgetten;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Wijkbudgetten.Commands.AnnounceWijkbudgetEinde;

/// <summary>
/// Job J5, daily: nine months before a wijkbudget's period ends, the gemeente's staff and the griffie are mailed once
/// that the raad must evaluate it and decide on extension or revision, so the wijk is never left without a budget (G-9).
/// Idempotent through what the budget records.
/// </summary>
/// <returns>How many mails went out.</returns>
[Authorize(Roles = Roles.Systeem)]
[NoValidator("No input: it works on the job's gemeente.")]
public sealed record AnnounceWijkbudgetEindeCommand : ICommand<int>;

public sealed class AnnounceWijkbudgetEindeHandler(IApplicationDbContext db, Ontvangers ontvangers, IEmailSender mail, IAppLinks links, TimeProvider clock)
    : ICommandHandler<AnnounceWijkbudgetEindeCommand, int>
{
    public async ValueTask<int> Handle(AnnounceWijkbudgetEindeCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var budgetten = await db.Set<Wijkbudget>().Where(w => !w.EindeGemeld
            && (w.Status == WijkbudgetStatus.Toegekend || w.Status == WijkbudgetStatus.Lopend || w.Status == WijkbudgetStatus.Geevalueerd))
            .ToListAsync(cancellationToken);
        var aflopend = budgetten.Where(b => b.MeldEinde(now)).ToList();
        await db.SaveChangesAsync(cancellationToken);
        if (aflopend.Count == 0)
            return 0;
        var namen = await db.WijkNamenAsync(aflopend.Select(b => b.WijkId), cancellationToken);
        var adressen = await ontvangers.MetRollenAsync([Roles.GemeenteBeheerder, Roles.Beleidsmedewerker, Roles.Griffie], cancellationToken);
        var verstuurd = 0;
        foreach (var budget in aflopend)
        {
            var wijk = namen.GetValueOrDefault(budget.WijkId, "de wijk");
            foreach (var adres in adressen)
            {
                await mail.SendAsync(adres, $"Het wijkbudget van {wijk} loopt eind {budget.EindJaar} af",
                    $"Het wijkbudget van {wijk} ({budget.StartJaar}–{budget.EindJaar}) loopt op 31-12-{budget.EindJaar} af.\n\n" +
                    "Evalueer het met de wijk en leg de raad tijdig een verlenging of herziening voor, zodat de wijk niet zonder budget komt te zitten.\n" +
                    $"{links.Pagina($"/wijkbudgetten/{budget.Id}")}\n", cancellationToken);
                verstuurd++;
            }
        }
        return verstuurd;
    }
}
