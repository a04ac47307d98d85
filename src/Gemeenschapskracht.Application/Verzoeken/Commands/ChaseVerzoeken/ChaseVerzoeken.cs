using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Notifications;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Domain.Organisaties;
using Gemeenschapskracht.Domain.Verzoeken;
using Gemeenschapskracht.Domain.Wijktoekomstagendas;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Verzoeken.Commands.ChaseVerzoeken;

/// <summary>
/// Job J10, daily: an institution whose answer is overdue is mailed once after the deadline and the agenda's team is
/// told; an institution whose promise is overdue is mailed once. Idempotent through what the request records.
/// </summary>
/// <returns>How many reminders went out.</returns>
[Authorize(Roles = Roles.Systeem)]
[NoValidator("No input: it works on the job's gemeente.")]
public sealed record ChaseVerzoekenCommand : ICommand<int>;

public sealed class ChaseVerzoekenHandler(IApplicationDbContext db, Ontvangers ontvangers, IEmailSender mail, IAppLinks links, TimeProvider clock)
    : ICommandHandler<ChaseVerzoekenCommand, int>
{
    public async ValueTask<int> Handle(ChaseVerzoekenCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var vandaag = Shared.VerzoekQueries.Vandaag(clock);
        var verzoeken = await db.Set<Verzoek>()
            .Where(v => (v.Status == VerzoekStatus.Verzonden && v.GemaandOp == null && v.Uiterlijk < vandaag) || v.Status == VerzoekStatus.Beantwoord)
            .ToListAsync(cancellationToken);
        var antwoorden = verzoeken.Where(v => v.MaanAntwoord(now)).ToList();
        var toezeggingen = verzoeken.Select(v => (Verzoek: v, Te: v.MaanToezeggingen(vandaag))).Where(x => x.Te.Count > 0).ToList();
        await db.SaveChangesAsync(cancellationToken);

        var organisatieIds = antwoorden.Concat(toezeggingen.Select(t => t.Verzoek)).Select(v => v.OrganisatieId).Distinct().ToList();
        var organisaties = await db.Set<Organisatie>().AsNoTracking().Where(o => organisatieIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);
        var agendaIds = antwoorden.Concat(toezeggingen.Select(t => t.Verzoek)).Select(v => v.AgendaId).Distinct().ToList();
        var agendas = await db.Set<Wijktoekomstagenda>().AsNoTracking().Where(a => agendaIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        var tracker = links.Pagina("/verzoeken/tracker");
        var verstuurd = 0;
        foreach (var verzoek in antwoorden)
        {
            var organisatie = organisaties[verzoek.OrganisatieId];
            var agenda = agendas[verzoek.AgendaId];
            if (organisatie.Contact.Email is { } adres)
            {
                await mail.SendAsync(adres, $"Herinnering: uw reactie op de wijktoekomstagenda '{agenda.Titel}' is te laat",
                    $"Beste {organisatie.Naam},\n\nDe wijk vroeg u uiterlijk {verzoek.Uiterlijk:dd-MM-yyyy} te reageren op:\n\n{verzoek.Vraag}\n\n" +
                    $"Wij hebben nog geen antwoord ontvangen. Dat is openbaar te zien; een antwoord is ook nu nog welkom via de link in het eerste bericht.\n{tracker}\n", cancellationToken);
                verstuurd++;
            }
            foreach (var lid in await ontvangers.VanOrganisatiesAsync(agenda.Team, cancellationToken))
            {
                await mail.SendAsync(lid, $"{organisatie.Naam} heeft niet op tijd gereageerd",
                    $"{organisatie.Naam} heeft niet vóór {verzoek.Uiterlijk:dd-MM-yyyy} gereageerd op het verzoek van de agenda '{agenda.Titel}'. " +
                    $"Zij hebben een herinnering gekregen.\n{links.Pagina($"/wijktoekomstagendas/{agenda.Id}")}\n", cancellationToken);
                verstuurd++;
            }
        }
        foreach (var (verzoek, te) in toezeggingen)
        {
            var organisatie = organisaties[verzoek.OrganisatieId];
            if (organisatie.Contact.Email is not { } adres)
                continue;
            await mail.SendAsync(adres, $"Herinnering: uw toezegging aan de wijk is verlopen",
                $"Beste {organisatie.Naam},\n\nU zegde de wijk toe:\n" + string.Join('\n', te.Select(t => $"- {t.Omschrijving} (uiterlijk {t.Uiterlijk:dd-MM-yyyy})")) +
                $"\n\nDie datum is voorbij. Zeg wat je doet en doe wat je zegt: laat de wijk weten hoe het staat.\n{tracker}\n", cancellationToken);
            verstuurd++;
        }
        return verstuurd;
    }
}
