using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Leden.Dtos;
using Gemeenschapskracht.Domain.Lidmaatschappen;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Leden.Commands.InviteLid;

/// <summary>Invites a person by e-mail to the current gemeente with roles. The mail holds a one-time link.</summary>
[Authorize(Roles = Roles.GemeenteBeheerder)]
public sealed record InviteLidCommand(string Email, IReadOnlyList<string> Rollen) : ICommand<UitnodigingDto>;

public sealed class InviteLidHandler(ICurrentTenant tenant, InvitationSender sender) : ICommandHandler<InviteLidCommand, UitnodigingDto>
{
    public async ValueTask<UitnodigingDto> Handle(InviteLidCommand command, CancellationToken cancellationToken) =>
        await sender.SendAsync(command.Email, tenant.Id ?? throw new NotFoundException("Geen gemeente opgegeven."), command.Rollen, cancellationToken);
}

/// <summary>Creates an invitation and mails its link; shared by the gemeente's and the platform's invitations.</summary>
public sealed class InvitationSender(ITenantCatalogDbContext catalog, ICurrentUser user, IEmailSender mail, IAppLinks links, TimeProvider clock)
{
    public async Task<UitnodigingDto> SendAsync(string email, Guid tenantId, IReadOnlyList<string> rollen, CancellationToken cancellationToken)
    {
        var naam = await catalog.Tenants.Where(t => t.Id == tenantId).Select(t => t.Name).FirstAsync(cancellationToken);
        var token = InvitationTokens.Create();
        var uitnodiging = new Uitnodiging(email, tenantId, rollen, InvitationTokens.Hash(token), user.Name, clock.GetUtcNow());
        catalog.Uitnodigingen.Add(uitnodiging);
        await catalog.SaveChangesAsync(cancellationToken);
        await mail.SendAsync(uitnodiging.Email, $"Uitnodiging voor Gemeenschapskracht – {naam}",
            $"Goedendag,\n\nU bent uitgenodigd om mee te werken voor gemeente {naam} als {string.Join(", ", uitnodiging.RolLijst)}.\n" +
            $"Neem de uitnodiging aan via deze link (zeven dagen geldig, één keer te gebruiken):\n{links.Uitnodiging(token)}\n",
            cancellationToken);
        return new UitnodigingDto(uitnodiging.Id, uitnodiging.Email, uitnodiging.RolLijst, uitnodiging.ExpiresAt);
    }
}
