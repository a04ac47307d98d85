using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Notifications;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Wijktoekomstagendas;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Wijktoekomstagendas.Commands.MarkAgendasForHerijking;

/// <summary>
/// Job J4, daily: an agenda at mid-horizon or at the end of its horizon is marked for herijking and its team is
/// mailed. Idempotent through the moments recorded on the agenda: each moment once.
/// </summary>
/// <returns>How many agendas were marked.</returns>
[Authorize(Roles = Roles.Systeem)]
[NoValidator("No input: it works on the job's gemeente.")]
public sealed record MarkAgendasForHerijkingCommand : ICommand<int>;

public sealed class MarkAgendasForHerijkingHandler(IApplicationDbContext db, Ontvangers ontvangers, IEmailSender mail, IAppLinks links, TimeProvider clock)
    : ICommandHandler<MarkAgendasForHerijkingCommand, int>
{
    public async ValueTask<int> Handle(MarkAgendasForHerijkingCommand command, CancellationToken cancellationToken)
    {
        var vandaag = Kalender.Dag(clock.GetUtcNow());
        var agendas = await db.Set<Wijktoekomstagenda>()
            .Where(a => a.Status == AgendaStatus.Gepubliceerd || a.Status == AgendaStatus.InUitvoering || a.Status == AgendaStatus.Herijking)
            .ToListAsync(cancellationToken);
        var gemarkeerd = agendas.Select(a => (Agenda: a, Moment: a.MarkeerVoorHerijking(vandaag))).Where(x => x.Moment is not null).ToList();
        await db.SaveChangesAsync(cancellationToken);
        foreach (var (agenda, moment) in gemarkeerd)
        {
            var wanneer = moment == Herijkingsmoment.Halverwege ? "halverwege haar horizon" : "aan het einde van haar horizon";
            foreach (var adres in await ontvangers.VanOrganisatiesAsync(agenda.Team, cancellationToken))
                await mail.SendAsync(adres, $"Herijk de wijktoekomstagenda '{agenda.Titel}'",
                    $"De wijktoekomstagenda '{agenda.Titel}' ({agenda.StartJaar}–{agenda.StartJaar + agenda.HorizonJaren}) is {wanneer}. " +
                    $"Weeg samen met de wijk opnieuw wat er bereikt is en wat nog nodig is.\n{links.Pagina($"/wijktoekomstagendas/{agenda.Id}")}\n", cancellationToken);
        }
        return gemarkeerd.Count;
    }
}
