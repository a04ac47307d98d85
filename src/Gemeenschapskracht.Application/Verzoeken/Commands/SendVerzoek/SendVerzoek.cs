using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Verzoeken.Dtos;
using Gemeenschapskracht.Application.Verzoeken.Shared;
using Gemeenschapskracht.Application.Wijkbeelden.Shared;
using Gemeenschapskracht.Application.Wijktoekomstagendas.Shared;
using Gemeenschapskracht.Domain.Organisaties;
using Gemeenschapskracht.Domain.Verzoeken;
using Gemeenschapskracht.Domain.Wijktoekomstagendas;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Verzoeken.Commands.SendVerzoek;

/// <summary>
/// The agenda's team (or the gemeente) asks an organisation of the register to respond, by the gemeente's deadline
/// (six weeks unless set). The request goes to the organisation's e-mail with an answer link; its secret is stored
/// only as a hash.
/// </summary>
[Authorize(Roles = WijkbeeldToegang.Teamrollen)]
public sealed record SendVerzoekCommand : ICommand<VerzoekDto>
{
    public required Guid AgendaId { get; init; }
    /// <summary>The stable id of the ambition it is about, if one.</summary>
    public Guid? AmbitieId { get; init; }
    public required Guid OrganisatieId { get; init; }
    public required string Vraag { get; init; }
}

public sealed class SendVerzoekHandler(IApplicationDbContext db, ICurrentUser user, IEmailSender mail, IAppLinks links, ICurrentTenant tenant, TimeProvider clock)
    : ICommandHandler<SendVerzoekCommand, VerzoekDto>
{
    public async ValueTask<VerzoekDto> Handle(SendVerzoekCommand command, CancellationToken cancellationToken)
    {
        var agenda = await db.Set<Wijktoekomstagenda>().AsNoTracking().VindAsync(command.AgendaId, cancellationToken);
        var now = clock.GetUtcNow();
        var door = WijkbeeldToegang.Schrijver(user, agenda.Team, now);
        var organisatie = await db.Set<Organisatie>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == command.OrganisatieId, cancellationToken)
            ?? throw new NotFoundException("Deze organisatie staat niet in het register van deze gemeente.");
        var sleutel = Verzoek.NieuweSleutel();
        var verzoek = new Verzoek(agenda, command.AmbitieId, organisatie.Id, organisatie.Contact.Email, command.Vraag,
            await db.ReactieWekenAsync(cancellationToken), Verzoek.Hash(sleutel), door);
        db.Set<Verzoek>().Add(verzoek);
        await db.SaveChangesAsync(cancellationToken);
        var ambitie = agenda.Ambities.FirstOrDefault(a => a.AmbitieId == command.AmbitieId);
        await mail.SendAsync(organisatie.Contact.Email!, $"Verzoek om een reactie op de wijktoekomstagenda '{agenda.Titel}'",
            $"Beste {organisatie.Naam},\n\nDe wijk vraagt u om een reactie op haar wijktoekomstagenda '{agenda.Titel}'" +
            (ambitie is null ? "" : $", over de ambitie '{ambitie.Titel}'") + $":\n\n{verzoek.Vraag}\n\n" +
            $"Wij vragen u uiterlijk {verzoek.Uiterlijk:dd-MM-yyyy} te antwoorden. Uw antwoord en wat u toezegt zijn openbaar: zeg wat je doet en doe wat je zegt.\n" +
            $"Antwoorden kan zonder account via deze persoonlijke link:\n{links.Pagina($"/verzoeken/antwoord/{sleutel}?gemeente={Uri.EscapeDataString(tenant.Identifier ?? "")}")}\n", cancellationToken);
        return await db.ToDtoAsync(verzoek, VerzoekQueries.Vandaag(clock), cancellationToken);
    }
}
