using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Notifications;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Domain.Visitaties;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Visitaties.Commands.ChaseVervolgacties;

/// <summary>
/// Job J10, daily: a follow-up action of a visitatie past its deadline and not done is chased once: the reviewed
/// organisation (or, without one, the gemeente) and the gemeente's beheerders and beleidsmedewerkers are mailed,
/// and the tracker shows it as overdue. Idempotent through what the action records.
/// </summary>
/// <returns>How many reminders went out.</returns>
[Authorize(Roles = Roles.Systeem)]
[NoValidator("No input: it works on the job's gemeente.")]
public sealed record ChaseVervolgactiesCommand : ICommand<int>;

public sealed class ChaseVervolgactiesHandler(IApplicationDbContext db, Ontvangers ontvangers, IEmailSender mail, IAppLinks links, TimeProvider clock)
    : ICommandHandler<ChaseVervolgactiesCommand, int>
{
    public async ValueTask<int> Handle(ChaseVervolgactiesCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var visitaties = await db.Set<Visitatie>().Where(v => v.Status == VisitatieStatus.Opvolging).ToListAsync(cancellationToken);
        var teManen = visitaties.Select(v => (Visitatie: v, Acties: v.MaanVervolgacties(now))).Where(x => x.Acties.Count > 0).ToList();
        if (teManen.Count == 0)
            return 0;
        await db.SaveChangesAsync(cancellationToken);

        var gemeente = await ontvangers.MetRollenAsync([Roles.GemeenteBeheerder, Roles.Beleidsmedewerker], cancellationToken);
        var verstuurd = 0;
        foreach (var (visitatie, acties) in teManen)
        {
            var gevisiteerden = visitatie.OrganisatieId is { } organisatie ? await ontvangers.VanOrganisatiesAsync([organisatie], cancellationToken) : [];
            var lijst = string.Join('\n', acties.Select(a => $"- {a.Omschrijving} ({a.Eigenaar}, uiterlijk {a.Uiterlijk:dd-MM-yyyy})"));
            foreach (var adres in gevisiteerden.Concat(gemeente).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                await mail.SendAsync(adres, $"Vervolgactie van de visitatie van {visitatie.OnderwerpNaam} is verlopen",
                    $"Na de visitatie van {visitatie.OnderwerpNaam} is afgesproken:\n{lijst}\n\n" +
                    "Die datum is voorbij en de actie is niet gereed gemeld. Zeg wat je doet en doe wat je zegt: de toezeggingentracker toont haar nu als verlopen.\n" +
                    $"{links.Pagina($"/visitaties/dossiers/{visitatie.Id}")}\n", cancellationToken);
                verstuurd++;
            }
        }
        return verstuurd;
    }
}
