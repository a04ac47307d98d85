using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Notifications;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Domain.Uitdagingen;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Uitdagingen.Commands.SignalUitdagingTermijnen;

/// <summary>
/// Daily (TermijnenJob): a challenge still without an ontvankelijkheid decision after the verordening's term is marked
/// overdue and the gemeente's staff are told once. Idempotent through what the challenge records.
/// </summary>
/// <returns>How many challenges were reported.</returns>
[Authorize(Roles = Roles.Systeem)]
[NoValidator("No input: it works on the job's gemeente.")]
public sealed record SignalUitdagingTermijnenCommand : ICommand<int>;

public sealed class SignalUitdagingTermijnenHandler(IApplicationDbContext db, Ontvangers ontvangers, IEmailSender mail, IAppLinks links, TimeProvider clock)
    : ICommandHandler<SignalUitdagingTermijnenCommand, int>
{
    public async ValueTask<int> Handle(SignalUitdagingTermijnenCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var open = await db.Set<Uitdaging>().Where(u => u.Status == UitdagingStatus.Ingediend && u.TermijnOverschredenGemeld == null).ToListAsync(cancellationToken);
        var gemeld = open.Where(u => u.MeldTermijnOverschreden(now)).ToList();
        await db.SaveChangesAsync(cancellationToken);
        if (gemeld.Count == 0)
            return 0;
        var behandelaars = await ontvangers.MetRollenAsync([Roles.GemeenteBeheerder, Roles.Beleidsmedewerker], cancellationToken);
        foreach (var uitdaging in gemeld)
            foreach (var adres in behandelaars)
                await mail.SendAsync(adres, $"Termijn voor ontvankelijkheid verstreken: uitdaging {uitdaging.Kenmerk}",
                    $"Over de uitdaging voor de taak '{uitdaging.Taak}' had uiterlijk {uitdaging.OntvankelijkheidUiterlijk:dd-MM-yyyy} beslist moeten zijn " +
                    $"of zij ontvankelijk is (participatieverordening). Beslis zo snel mogelijk:\n{links.Pagina($"/uitdagingen/{uitdaging.Id}")}", cancellationToken);
        return gemeld.Count;
    }
}
