using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Leden.Dtos;
using Gemeenschapskracht.Domain.Lidmaatschappen;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Leden.Shared;

/// <summary>Creates an invitation and mails its link; shared by the gemeente's and the platform's invitations.</summary>
public sealed class InvitationSender(ITenantCatalogDbContext catalog, ICurrentUser user, IEmailSender mail, IAppLinks links, TimeProvider clock)
{
    public async Task<UitnodigingDto> SendAsync(string email, Guid tenantId, IReadOnlyList<string> rollen, CancellationToken cancellationToken,
        Guid? organisatieId = null)
    {
        var naam = await catalog.Tenants.Where(t => t.Id == tenantId).Select(t => t.Name).FirstAsync(cancellationToken);
        var token = InvitationTokens.Create();
        var uitnodiging = new Uitnodiging(email, tenantId, rollen, InvitationTokens.Hash(token), user.Name, clock.GetUtcNow(), organisatieId);
        catalog.Uitnodigingen.Add(uitnodiging);
        await catalog.SaveChangesAsync(cancellationToken);
        await mail.SendAsync(uitnodiging.Email, $"Uitnodiging voor Gemeenschapskracht – {naam}",
            $"Goedendag,\n\nU bent uitgenodigd om mee te werken voor gemeente {naam} als {string.Join(", ", uitnodiging.RolLijst)}.\n" +
            $"Neem de uitnodiging aan via deze link (zeven dagen geldig, één keer te gebruiken):\n{links.Uitnodiging(token)}\n",
            cancellationToken);
        return uitnodiging.ToDto();
    }
}
