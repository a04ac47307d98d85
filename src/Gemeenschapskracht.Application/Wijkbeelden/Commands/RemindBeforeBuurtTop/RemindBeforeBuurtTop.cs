using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Notifications;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Domain.BuurtTops;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Wijkbeelden;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Wijkbeelden.Commands.RemindBeforeBuurtTop;

/// <summary>
/// Job J2, daily: the team of a wijkbeeld whose wijk holds a BuurtTop within the lead time the gemeente set is reminded
/// to review it first: before the nearest of the wijk's next announced BuurtTop and the date set on the wijkbeeld.
/// Idempotent: once per BuurtTop date.
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
        var aangekondigd = (await db.Set<BuurtTop>()
                .Where(b => (b.Status == BuurtTopStatus.Aangekondigd || b.Status == BuurtTopStatus.InVoorbereiding) && b.Datum >= vandaag)
                .Select(b => new { b.GebiedId, b.Datum }).ToListAsync(cancellationToken))
            .GroupBy(b => b.GebiedId).ToDictionary(g => g.Key, g => g.Min(b => b.Datum));
        var wijken = aangekondigd.Keys.ToList();
        var wijkbeelden = await db.Set<Wijkbeeld>()
            .Where(w => w.Status != WijkbeeldStatus.Vervangen && (w.VolgendeBuurtTop != null || wijken.Contains(w.GebiedId)))
            .ToListAsync(cancellationToken);
        var teHerinneren = wijkbeelden
            .Where(w => w.HerinnerVoorBuurtTop(vandaag, aangekondigd.TryGetValue(w.GebiedId, out var datum) ? datum : null)).ToList();
        await db.SaveChangesAsync(cancellationToken);
        foreach (var wijkbeeld in teHerinneren)
        {
            foreach (var adres in await ontvangers.VanOrganisatiesAsync(wijkbeeld.Team, cancellationToken))
                await mail.SendAsync(adres, $"BuurtTop op {wijkbeeld.HerinnerdVoorBuurtTop:dd-MM-yyyy}: bekijk het wijkbeeld",
                    $"Op {wijkbeeld.HerinnerdVoorBuurtTop:dd-MM-yyyy} is de BuurtTop van de wijk. Het wijkbeeld '{wijkbeeld.Titel}' is daar het vertrekpunt: " +
                    $"kijk samen of het nog klopt.\n{links.Pagina($"/wijkbeelden/{wijkbeeld.Id}")}\n", cancellationToken);
        }
        return teHerinneren.Count;
    }
}
