using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Notifications;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Visitaties.Dtos;
using Gemeenschapskracht.Application.Visitaties.Shared;
using Gemeenschapskracht.Domain.Visitaties;
using Mediator;

namespace Gemeenschapskracht.Application.Visitaties.Commands.DraftRapport;

/// <summary>
/// The draft report, once the panel has scored every perspective (by a panel member or the gemeente): the reviewed
/// party's response period starts and it is mailed the report's link.
/// </summary>
[Authorize(Roles = VisitatieRollen.Horen)]
[NoValidator("Only the route id.")]
public sealed record DraftRapportCommand(Guid Id) : ICommand<VisitatieDto>;

public sealed class DraftRapportHandler(IApplicationDbContext db, ICurrentUser user, Ontvangers ontvangers, IEmailSender mail, IAppLinks links, TimeProvider clock)
    : ICommandHandler<DraftRapportCommand, VisitatieDto>
{
    public async ValueTask<VisitatieDto> Handle(DraftRapportCommand command, CancellationToken cancellationToken)
    {
        var visitatie = await db.Set<Visitatie>().VindAsync(command.Id, cancellationToken);
        var kant = VisitatieToegang.Kant(user, visitatie);
        if (kant != Visitatiekant.Gemeente)
            VisitatieToegang.VereisPanellid(user, visitatie);
        visitatie.MaakConceptrapport(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);

        var gevisiteerden = visitatie.OrganisatieId is { } organisatie
            ? await ontvangers.VanOrganisatiesAsync([organisatie], cancellationToken)
            : await ontvangers.MetRollenAsync([Roles.GemeenteBeheerder, Roles.Beleidsmedewerker], cancellationToken);
        foreach (var adres in gevisiteerden)
            await mail.SendAsync(adres, $"Conceptrapport van de visitatie van {visitatie.OnderwerpNaam}: uw reactie",
                $"Het visitatiepanel heeft zijn conceptrapport over {visitatie.OnderwerpNaam} klaar. U kunt er tot en met {visitatie.ReactieUiterlijk:dd-MM-yyyy} op reageren; " +
                $"uw reactie wordt met het rapport gepubliceerd.\n{links.Pagina($"/visitaties/{visitatie.Id}")}\n", cancellationToken);
        return visitatie.ToDto(kant);
    }
}
