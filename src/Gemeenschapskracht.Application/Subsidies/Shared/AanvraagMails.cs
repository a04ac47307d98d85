using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Domain.Organisaties;
using Gemeenschapskracht.Domain.Subsidies;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Subsidies.Shared;

/// <summary>Tells the applying organisation what it must know or do: a question for completion, a delay, the decision.</summary>
public sealed class AanvraagMails(IApplicationDbContext db, IEmailSender mail)
{
    public async Task StuurAsync(Subsidieaanvraag aanvraag, string onderwerp, string tekst, CancellationToken cancellationToken)
    {
        var organisatie = await db.Set<Organisatie>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == aanvraag.OrganisatieId, cancellationToken);
        if (organisatie?.Contact.Email is not { } adres)
            return;
        var voor = aanvraag.Groepsnaam is { } groep ? $"{organisatie.Naam}, namens {groep}" : organisatie.Naam;
        await mail.SendAsync(adres, onderwerp, $"Beste {voor},\n\n{tekst}\n", cancellationToken);
    }
}
