using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Notifications;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Domain.Wijkbeelden;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Wijkbeelden.Commands.SignalOutdatedFigures;

/// <summary>
/// Job J1, after a CBS refresh: every wijkbeeld whose figures are of an older year than the wijk now has is marked
/// stale and its team told by e-mail. Idempotent: a wijkbeeld already marked for that year is not told again.
/// </summary>
/// <returns>How many wijkbeelden were newly marked.</returns>
[Authorize(Roles = Roles.Systeem)]
[NoValidator("No input: it works on the job's gemeente.")]
public sealed record SignalOutdatedFiguresCommand : ICommand<int>;

public sealed class SignalOutdatedFiguresHandler(IApplicationDbContext db, Ontvangers ontvangers, IEmailSender mail, IAppLinks links)
    : ICommandHandler<SignalOutdatedFiguresCommand, int>
{
    public async ValueTask<int> Handle(SignalOutdatedFiguresCommand command, CancellationToken cancellationToken)
    {
        var wijkbeelden = await db.Set<Wijkbeeld>().Where(w => w.Status != WijkbeeldStatus.Vervangen && w.Cijferjaar != null).ToListAsync(cancellationToken);
        var wijken = wijkbeelden.Select(w => w.GebiedId).Distinct().ToList();
        // One query for the latest CBS year of every wijk concerned, not one per wijkbeeld.
        var jaren = await db.Kerncijfers
            .Where(k => wijken.Contains(k.GebiedId) && !k.Maatstaf.StartsWith(LokaleMaatstaf.Voorvoegsel))
            .GroupBy(k => k.GebiedId).Select(g => new { GebiedId = g.Key, Jaar = g.Max(k => k.Jaar) })
            .ToDictionaryAsync(g => g.GebiedId, g => g.Jaar, cancellationToken);
        var gemarkeerd = wijkbeelden
            .Where(w => jaren.TryGetValue(w.GebiedId, out var jaar) && w.MarkeerCijfersVerouderd(jaar))
            .Select(w => (Wijkbeeld: w, Jaar: jaren[w.GebiedId])).ToList();
        await db.SaveChangesAsync(cancellationToken);
        foreach (var (wijkbeeld, jaar) in gemarkeerd)
        {
            foreach (var adres in await ontvangers.VanOrganisatiesAsync(wijkbeeld.Team, cancellationToken))
                await mail.SendAsync(adres, $"Nieuwe CBS-cijfers voor het wijkbeeld '{wijkbeeld.Titel}'",
                    $"Het CBS heeft cijfers over {jaar} gepubliceerd; het wijkbeeld '{wijkbeeld.Titel}' (versie {wijkbeeld.Versie}) is gemaakt met cijfers over {wijkbeeld.Cijferjaar}.\n" +
                    $"Kijk of de duiding nog klopt:\n{links.Pagina($"/wijkbeelden/{wijkbeeld.Id}")}\n", cancellationToken);
        }
        return gemarkeerd.Count;
    }
}
