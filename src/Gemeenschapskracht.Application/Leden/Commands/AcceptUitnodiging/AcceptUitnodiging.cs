using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Leden.Dtos;
using Gemeenschapskracht.Application.Leden.Shared;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Lidmaatschappen;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Leden.Commands.AcceptUitnodiging;

/// <summary>
/// Accepts an invitation from its e-mail link: a new person chooses a name and password, someone with an account
/// confirms with their password. The roles become a membership (added to an existing one), once, before it expires;
/// the account, the membership and the used invitation are saved together or not at all. A wrong password is an
/// answer (audited), not an exception, so that its audit record is kept.
/// </summary>
[Public]
public sealed record AcceptUitnodigingCommand(string Token, string? Naam, string Wachtwoord) : ICommand<UitnodigingAanvaardDto>;

public sealed class AcceptUitnodigingHandler(ITenantCatalogDbContext catalog, IUserAccounts accounts, IAuditLog audit, TimeProvider clock)
    : ICommandHandler<AcceptUitnodigingCommand, UitnodigingAanvaardDto>
{
    public async ValueTask<UitnodigingAanvaardDto> Handle(AcceptUitnodigingCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var uitnodiging = await catalog.FindByTokenAsync(command.Token, cancellationToken);
        var blokkade = UitnodigingQueries.BlokkadeOf(uitnodiging, now);
        if (blokkade is not null)
            return Refused("", blokkade);

        var userId = await accounts.FindByEmailAsync(uitnodiging!.Email, cancellationToken);
        if (userId is { } bestaand)
        {
            if (!await accounts.CheckPasswordAsync(bestaand, command.Wachtwoord, cancellationToken))
            {
                await audit.RecordAsync(new AuditEntry(uitnodiging.TenantId, "uitnodiging-mislukt", "Gebruiker", uitnodiging.Id.ToString(), "verkeerd wachtwoord")
                {
                    Actor = bestaand.ToString(),
                }, cancellationToken);
                return Refused("wachtwoord", "Het wachtwoord klopt niet.");
            }
        }
        else
        {
            if (Tekst.IsBlank(command.Naam))
                return Refused("naam", "Vul uw naam in.");
            var account = await accounts.CreateAsync(uitnodiging.Email, command.Naam!.Trim(), command.Wachtwoord, cancellationToken);
            if (account.UserId is null)
                return new UitnodigingAanvaardDto(false, new Dictionary<string, IReadOnlyList<string>> { ["wachtwoord"] = account.Fouten });
            userId = account.UserId;
        }

        var lid = await catalog.Lidmaatschappen.IgnoreQueryFilters([QueryFilters.Tenant])
            .FirstOrDefaultAsync(l => l.UserId == userId && l.TenantId == uitnodiging.TenantId && l.RevokedAt == null, cancellationToken);
        if (lid is null)
        {
            lid = new Lidmaatschap(userId.Value, uitnodiging.TenantId, uitnodiging.RolLijst, now);
            catalog.Lidmaatschappen.Add(lid);
        }
        lid.Wijzig(lid.RolLijst.Union(uitnodiging.RolLijst), uitnodiging.OrganisatieId ?? lid.OrganisatieId);
        uitnodiging.Accept(now);
        await catalog.SaveChangesAsync(cancellationToken);
        return new UitnodigingAanvaardDto(true, new Dictionary<string, IReadOnlyList<string>>());
    }

    private static UitnodigingAanvaardDto Refused(string field, string reason) =>
        new(false, new Dictionary<string, IReadOnlyList<string>> { [field] = [reason] });
}
