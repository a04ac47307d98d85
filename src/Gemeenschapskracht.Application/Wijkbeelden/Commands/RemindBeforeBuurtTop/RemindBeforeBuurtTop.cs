using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Notifications;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Wijkbeelden;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Wijkbeelden.Commands.RemindBeforeBuurtTop;

/// <summary>
/// Job J2, daily: the team of a wijkbeeld whose wijk holds a BuurtTop within the lead time the gemeente set is reminded
/// to review it first. Idempotent: once per BuurtTop date.
/// </summary>
/// <returns>How many teams were reminded.</returns>
[Authorize(Roles = Roles.Systeem)]
[NoValidator("No input: it works on the job's gemeente.")]
public sealed record RemindBeforeBuurtTopCommand : ICommand<int>;

public sealed class RemindBeforeBuurtTopHandler(IApplicationDbContext db, Ontvangers ontvangers, IEmailSender mail, IAppLinks links, TimeProvider clock)
    : ICommandHandler<RemindBeforeBuurtTopCommand, int>
{
    public async ValueTask<int> Handle(RemindBeforeBuurtTopCommand command, CancellationToken cancellationToken)
    {
        var vandaag = Kalender.Dag(clock.GetUtcNow());
        var wijkbeelden = await db.Set<Wijkbeeld>().Where(w => w.VolgendeBuurtTop != null && w.Status != WijkbeeldStatus.Vervangen).ToListAsync(cancellationToken);
        var teHerinneren = wijkbeelden.Where(w => w.HerinnerVoorBuurtTop(vandaag)).ToList();
        await db.SaveChangesAsync(cancellationToken);
        foreach (var wijkbeeld in teHerinneren)
        {
            foreach (var adres in await ontvangers.VanOrganisatiesAsync(wijkbeeld.Team, cancellationToken))
                await mail.SendAsync(adres, $"BuurtTop op {wijkbeeld.VolgendeBuurtTop:dd-MM-yyyy}: bekijk het wijkbeeld",
                    $"Op {wijkbeeld.VolgendeBuurtTop:dd-MM-yyyy} is de BuurtTop van de wijk. Het wijkbeeld '{wijkbeeld.Titel}' is daar het vertrekpunt: " +
                    $"kijk samen of het nog klopt.\n{links.Pagina($"/wijkbeelden/{wijkbeeld.Id}")}\n", cancellationToken);
        }
        return teHerinneren.Count;
    }
}
