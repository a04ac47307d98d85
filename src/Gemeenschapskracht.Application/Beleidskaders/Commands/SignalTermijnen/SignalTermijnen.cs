using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Notifications;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Domain.Beleidskaders;
using Gemeenschapskracht.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Beleidskaders.Commands.SignalTermijnen;

/// <summary>
/// Jobs J6, J11 and J12, daily: the clocks of the beleidskader in force (a legacy contract ending without conversion,
/// a milestone close to an election, a pilot at its end) are e-mailed to the gemeente's beheerders and
/// beleidsmedewerkers. Idempotent: each signal goes once.
/// </summary>
/// <returns>How many signals were sent.</returns>
[Authorize(Roles = Roles.Systeem)]
[NoValidator("No input: it works on the job's gemeente.")]
public sealed record SignalTermijnenCommand : ICommand<int>;

public sealed class SignalTermijnenHandler(IApplicationDbContext db, Ontvangers ontvangers, IEmailSender mail, IAppLinks links, TimeProvider clock)
    : ICommandHandler<SignalTermijnenCommand, int>
{
    public async ValueTask<int> Handle(SignalTermijnenCommand command, CancellationToken cancellationToken)
    {
        var kader = await db.Set<Beleidskader>().FirstOrDefaultAsync(b => b.Status == BeleidskaderStatus.Vastgesteld, cancellationToken);
        var signaleringen = kader?.NieuweSignaleringen(Kalender.Dag(clock.GetUtcNow())) ?? [];
        if (signaleringen.Count == 0)
            return 0;
        await db.SaveChangesAsync(cancellationToken);
        var tekst = string.Join("\n", signaleringen.Select(s => $"- {s.Melding}"));
        foreach (var adres in await ontvangers.MetRollenAsync([Roles.GemeenteBeheerder, Roles.Beleidsmedewerker], cancellationToken))
            await mail.SendAsync(adres, $"Beleidskader: {signaleringen.Count} {(signaleringen.Count == 1 ? "termijn vraagt" : "termijnen vragen")} aandacht",
                $"In het beleidskader '{kader!.Titel}' (versie {kader.Versie}) vraagt dit aandacht:\n{tekst}\n\n{links.Pagina("/beleidskader")}\n", cancellationToken);
        return signaleringen.Count;
    }
}
