using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Notifications;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Wijkbeelden.Shared;
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
        var gemarkeerd = new List<(Wijkbeeld Wijkbeeld, int Jaar)>();
        foreach (var wijkbeeld in wijkbeelden)
        {
            if (await db.CbsJaarAsync(wijkbeeld.GebiedId, cancellationToken) is { } jaar && wijkbeeld.MarkeerCijfersVerouderd(jaar))
                gemarkeerd.Add((wijkbeeld, jaar));
        }
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
