using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Persoonsgegevens.Dtos;
using Gemeenschapskracht.Application.Persoonsgegevens.Shared;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Persoonsgegevens;
using Gemeenschapskracht.Domain.Regels;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Persoonsgegevens.Commands.AnonimiseerBetrokkene;

/// <summary>
/// Erases a person on request (AVG art. 17): in every record of the gemeente that holds them, the person is replaced by
/// one pseudonym; the records stay where the law or the route needs them (lid 3). Their memberships of this gemeente
/// end, and their account is erased when no other gemeente still has them. All or nothing: a record that still needs
/// the person (a declaratie not yet paid) stops the whole request.
/// </summary>
[Authorize(Roles = Roles.GemeenteBeheerder)]
[Regel(Regelcatalogus.Avg17)]
public sealed record AnonimiseerBetrokkeneCommand : ICommand<AnonimiseringDto>, IBetrokkeneVerzoek
{
    public string? Email { get; init; }
    public string? Naam { get; init; }
    public string? Iban { get; init; }

    /// <summary>The person's request (its date, how it came in) or the ground for erasing.</summary>
    public required string Reden { get; init; }
}

public sealed class AnonimiseerBetrokkeneHandler(
    IApplicationDbContext db, ITenantCatalogDbContext catalog, ICurrentTenant tenant, ICurrentUser user, IUserAccounts accounts, TimeProvider clock)
    : ICommandHandler<AnonimiseerBetrokkeneCommand, AnonimiseringDto>
{
    public async ValueTask<AnonimiseringDto> Handle(AnonimiseerBetrokkeneCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var betrokkene = new Betrokkene(command.Email, command.Naam, command.Iban);
        var pseudoniem = Pseudoniem.Nieuw();
        var vondsten = await Betrokkenegegevens.ZoekAsync(db, betrokkene, volgen: true, cancellationToken);
        foreach (var vondst in vondsten)
            vondst.Houder.Anonimiseer(betrokkene, pseudoniem, now);
        var (beeindigd, accountGewist) = await AnonimiseerAccountAsync(betrokkene, pseudoniem, now, cancellationToken);
        var anonimisering = new Anonimisering(pseudoniem, command.Reden, vondsten.Count + beeindigd, accountGewist, user.Weergavenaam, now);
        db.Set<Anonimisering>().Add(anonimisering);
        await db.SaveChangesAsync(cancellationToken);
        return anonimisering.ToDto();
    }

    /// <summary>The memberships of this gemeente end; the account itself only goes when no other gemeente has the person.</summary>
    /// <returns>How many memberships ended, and whether the account was erased.</returns>
    private async Task<(int Beeindigd, bool Gewist)> AnonimiseerAccountAsync(Betrokkene betrokkene, string pseudoniem, DateTimeOffset now, CancellationToken ct)
    {
        if (betrokkene.Email is null || await accounts.FindByEmailAsync(betrokkene.Email, ct) is not { } userId)
            return (0, false);
        if (userId == user.UserId)
            throw new DomainException("U kunt uw eigen gegevens niet anonimiseren; vraag een andere beheerder van de gemeente.");
        var lidmaatschappen = await catalog.Lidmaatschappen.Where(l => l.UserId == userId && l.RevokedAt == null).ToListAsync(ct);
        foreach (var lidmaatschap in lidmaatschappen)
            lidmaatschap.Revoke(now);
        await catalog.SaveChangesAsync(ct);
        var elders = await catalog.Lidmaatschappen.IgnoreQueryFilters([QueryFilters.Tenant])
            .AnyAsync(l => l.UserId == userId && l.RevokedAt == null && l.TenantId != tenant.Id, ct);
        if (elders)
            return (lidmaatschappen.Count, false);
        await accounts.AnonymiseAsync(userId, pseudoniem, ct);
        return (lidmaatschappen.Count, true);
    }
}
