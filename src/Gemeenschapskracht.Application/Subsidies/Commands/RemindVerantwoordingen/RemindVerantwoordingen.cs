using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Notifications;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Subsidies.Shared;
using Gemeenschapskracht.Domain.Subsidies;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Subsidies.Commands.RemindVerantwoordingen;

/// <summary>
/// Job J5, daily: the report's clock per beschikking. Four weeks before the due date the recipient is reminded once; the
/// day after it, when no report came, the recipient and the gemeente's staff are told once. Idempotent through what the
/// beschikking records.
/// </summary>
/// <returns>How many mails went out.</returns>
[Authorize(Roles = Roles.Systeem)]
[NoValidator("No input: it works on the job's gemeente.")]
public sealed record RemindVerantwoordingenCommand : ICommand<int>;

public sealed class RemindVerantwoordingenHandler(IApplicationDbContext db, AanvraagMails mails, Ontvangers ontvangers, IEmailSender mail,
    IAppLinks links, TimeProvider clock) : ICommandHandler<RemindVerantwoordingenCommand, int>
{
    public async ValueTask<int> Handle(RemindVerantwoordingenCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var open = await db.Set<Beschikking>()
            .Where(b => b.VerslagUiterlijk != null && b.VaststellingId == null && (b.VerslagHerinnerdOp == null || b.VerslagAangemaandOp == null))
            .ToListAsync(cancellationToken);
        var ids = open.Select(b => b.Id).ToList();
        var ingediend = (await db.Set<Verantwoording>().Where(v => ids.Contains(v.BeschikkingId)).Select(v => v.BeschikkingId).ToListAsync(cancellationToken)).ToHashSet();
        var herinneren = open.Where(b => b.HerinnerAanVerslag(ingediend.Contains(b.Id), now)).ToList();
        var aanmanen = open.Where(b => b.MaanAanVoorVerslag(ingediend.Contains(b.Id), now)).ToList();
        await db.SaveChangesAsync(cancellationToken);
        if (herinneren.Count + aanmanen.Count == 0)
            return 0;

        var aanvraagIds = herinneren.Concat(aanmanen).Select(b => b.AanvraagId).ToList();
        var aanvragen = await db.Set<Subsidieaanvraag>().AsNoTracking().Where(a => aanvraagIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        var verstuurd = 0;
        foreach (var beschikking in herinneren)
        {
            await mails.StuurAsync(aanvragen[beschikking.AanvraagId], $"Uw verslag over subsidie {beschikking.Kenmerk} verwachten wij uiterlijk {beschikking.VerslagUiterlijk:dd-MM-yyyy}",
                $"Uiterlijk {beschikking.VerslagUiterlijk:dd-MM-yyyy} verwachten wij uw verslag over de subsidie {beschikking.Kenmerk}. " +
                "Wij vragen alleen wat bij het bedrag hoort; het formulier staat bij uw subsidie:\n" +
                $"{links.Pagina($"/subsidies/aanvragen/{beschikking.AanvraagId}")}", cancellationToken);
            verstuurd++;
        }

        var behandelaars = aanmanen.Count == 0 ? [] : await ontvangers.MetRollenAsync([Roles.GemeenteBeheerder, Roles.Beleidsmedewerker], cancellationToken);
        foreach (var beschikking in aanmanen)
        {
            var pagina = links.Pagina($"/subsidies/aanvragen/{beschikking.AanvraagId}");
            await mails.StuurAsync(aanvragen[beschikking.AanvraagId], $"Wij hebben uw verslag over subsidie {beschikking.Kenmerk} nog niet ontvangen",
                $"Uw verslag over de subsidie {beschikking.Kenmerk} verwachtten wij uiterlijk {beschikking.VerslagUiterlijk:dd-MM-yyyy}. " +
                "Wilt u het zo snel mogelijk indienen, of laten weten wat u tegenhoudt? Zonder verslag kunnen wij de subsidie niet vaststellen.\n" +
                $"{pagina}", cancellationToken);
            foreach (var adres in behandelaars)
                await mail.SendAsync(adres, $"Verslag over subsidie {beschikking.Kenmerk} is te laat",
                    $"Het verslag over de subsidie {beschikking.Kenmerk} moest uiterlijk {beschikking.VerslagUiterlijk:dd-MM-yyyy} binnen zijn en is er nog niet. " +
                    $"De organisatie is herinnerd.\n{pagina}\n", cancellationToken);
            verstuurd += 1 + behandelaars.Count;
        }
        return verstuurd;
    }
}
