using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Notifications;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Declaraties;

namespace Gemeenschapskracht.Application.Declaraties.Shared;

/// <summary>The e-mails of a declaratie: the host's back office when one is submitted, the submitter when it comes back, is rejected or paid.</summary>
public sealed class DeclaratieMeldingen(Ontvangers ontvangers, IEmailSender mail, IAppLinks links)
{
    public async Task IngediendAsync(Declaratie declaratie, CancellationToken cancellationToken)
    {
        foreach (var adres in await ontvangers.VanOrganisatiesMetRolAsync([declaratie.HostOrganisatieId], Roles.Backoffice, cancellationToken))
            await mail.SendAsync(adres, $"Declaratie {declaratie.Kenmerk} ingediend",
                $"{declaratie.IngediendDoor} heeft declaratie {declaratie.Kenmerk} van {declaratie.Bedrag} ingediend: {declaratie.Omschrijving}.\n" +
                $"Beoordeel haar: {links.Pagina($"/declaraties/{declaratie.Id}")}\n", cancellationToken);
    }

    public async Task AanIndienerAsync(Declaratie declaratie, CancellationToken cancellationToken)
    {
        var wat = declaratie.Status switch
        {
            DeclaratieStatus.Onvolledig => $"is onvolledig: {declaratie.Historie[^1].Reden}\nVul haar aan en dien haar opnieuw in",
            DeclaratieStatus.Afgewezen => $"is afgewezen: {declaratie.Historie[^1].Reden}",
            DeclaratieStatus.Betaald => $"is betaald: {declaratie.Bedrag} naar {Iban.Leesbaar(declaratie.Iban)}",
            _ => null,
        };
        if (wat is null)
            return;
        foreach (var adres in await ontvangers.VanGebruikersAsync([declaratie.IngediendDoorId], cancellationToken))
            await mail.SendAsync(adres, $"Declaratie {declaratie.Kenmerk} {declaratie.Status.ToString().ToLowerInvariant()}",
                $"Uw declaratie {declaratie.Kenmerk} ({declaratie.Omschrijving}, {declaratie.Bedrag}) {wat}.\n{links.Pagina($"/declaraties/{declaratie.Id}")}\n",
                cancellationToken);
    }
}
