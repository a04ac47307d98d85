using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Notifications;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Visitaties.Dtos;
using Gemeenschapskracht.Application.Visitaties.Shared;
using Gemeenschapskracht.Domain.Visitaties;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Visitaties.Commands.ConfirmPanel;

/// <summary>
/// The gemeente confirms the panel (at least one resident of another wijk and one raadslid) and asks the reviewed
/// party for its self-reflection. Each member's membership gains the visitatiepanel-lid role, which reaches only the
/// visitaties they sit on, and only until each ends (<see cref="VisitatieToegang"/>). Members and the reviewed party are mailed.
/// </summary>
[Authorize(Roles = VisitatiecyclusRollen.Beheerders)]
[NoValidator("Only the route id.")]
public sealed record ConfirmPanelCommand(Guid Id) : ICommand<VisitatieDto>;

public sealed class ConfirmPanelHandler(
    IApplicationDbContext db, ITenantCatalogDbContext catalog, Ontvangers ontvangers, IEmailSender mail, IAppLinks links, TimeProvider clock)
    : ICommandHandler<ConfirmPanelCommand, VisitatieDto>
{
    public async ValueTask<VisitatieDto> Handle(ConfirmPanelCommand command, CancellationToken cancellationToken)
    {
        var visitatie = await db.Set<Visitatie>().VindAsync(command.Id, cancellationToken);
        var now = clock.GetUtcNow();
        visitatie.BevestigPanel(now);
        visitatie.VraagZelfreflectie(now);
        var leden = visitatie.Panel.Select(p => p.GebruikerId).ToList();
        foreach (var lidmaatschap in await catalog.Lidmaatschappen.Where(l => leden.Contains(l.UserId) && l.RevokedAt == null).ToListAsync(cancellationToken))
            if (!lidmaatschap.RolLijst.Contains(Roles.VisitatiepanelLid))
                lidmaatschap.SetRollen([.. lidmaatschap.RolLijst, Roles.VisitatiepanelLid]);
        await db.SaveChangesAsync(cancellationToken);
        await catalog.SaveChangesAsync(cancellationToken);

        var pagina = links.Pagina($"/visitaties/{visitatie.Id}");
        foreach (var adres in await ontvangers.VanGebruikersAsync(leden, cancellationToken))
            await mail.SendAsync(adres, $"U zit in het visitatiepanel van {visitatie.OnderwerpNaam}",
                $"Het panel voor de visitatie van {visitatie.OnderwerpNaam} is bevestigd en u zit erin. " +
                "In het visitatiedossier leest u de zelfreflectie zodra die er is, legt u vast wat belanghebbenden vertellen en geeft u per perspectief uw oordeel met een toelichting.\n" +
                $"{pagina}\n", cancellationToken);
        var gevisiteerden = visitatie.OrganisatieId is { } organisatie
            ? await ontvangers.VanOrganisatiesAsync([organisatie], cancellationToken)
            : await ontvangers.MetRollenAsync([Roles.GemeenteBeheerder, Roles.Beleidsmedewerker], cancellationToken);
        foreach (var adres in gevisiteerden)
            await mail.SendAsync(adres, $"Visitatie van {visitatie.OnderwerpNaam}: schrijf uw zelfreflectie",
                $"Het visitatiepanel voor {visitatie.OnderwerpNaam} is samengesteld. Schrijf als eerste stap een zelfreflectie: wat gaat goed, wat niet, en wat wilt u leren? " +
                $"Het panel leest die voor de gesprekken.\n{pagina}\n", cancellationToken);
        return visitatie.ToDto(Visitatiekant.Gemeente);
    }
}
