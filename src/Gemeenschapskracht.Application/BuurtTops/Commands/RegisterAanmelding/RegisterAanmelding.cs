using System.Text.Json.Serialization;
using Gemeenschapskracht.Application.BuurtTops.Dtos;
using Gemeenschapskracht.Application.BuurtTops.Shared;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Domain.BuurtTops;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.BuurtTops.Commands.RegisterAanmelding;

/// <summary>
/// A resident registers on the public page, without an account: a name (or initials), an e-mail address, a category
/// and consent. Beyond the cap the registration is accepted on the waiting list. The same address twice is idempotent:
/// the answer is where that registration stands, and no second mail is sent.
/// </summary>
[Public]
public sealed record RegisterAanmeldingCommand : ICommand<AanmeldingBevestigingDto>
{
    [JsonIgnore]
    public Guid BuurtTopId { get; init; }

    /// <summary>A name or initials, as the person wants to be known at the BuurtTop.</summary>
    public required string Naam { get; init; }

    public required string Email { get; init; }

    public Deelnemerscategorie Categorie { get; init; } = Deelnemerscategorie.Bewoners;

    /// <summary>Whether the person consented to the consent text shown.</summary>
    public required bool Toestemming { get; init; }

    /// <summary>The version of the consent text the page showed.</summary>
    public required string ToestemmingVersie { get; init; }
}

public sealed class RegisterAanmeldingHandler(IApplicationDbContext db, BuurtTopMails mails, TimeProvider clock)
    : ICommandHandler<RegisterAanmeldingCommand, AanmeldingBevestigingDto>
{
    public async ValueTask<AanmeldingBevestigingDto> Handle(RegisterAanmeldingCommand command, CancellationToken cancellationToken)
    {
        // Tracked: taking a place raises the BuurtTop's AanmeldVersie, so a concurrent registration for the last place fails (409).
        var buurtTop = await db.Set<BuurtTop>().VindAsync(command.BuurtTopId, cancellationToken);
        var now = clock.GetUtcNow();
        buurtTop.EnsureOpenVoorDeelnemers();
        var email = Aanmelding.Normaliseer(command.Email);
        if (await db.Set<Aanmelding>().AsNoTracking().FirstOrDefaultAsync(a => a.BuurtTopId == buurtTop.Id && a.Email == email, cancellationToken) is { } bestaand)
            return Bevestiging(buurtTop, bestaand.Status, "U was al aangemeld met dit e-mailadres; de bevestiging staat in uw mail.");
        var sleutel = BuurtTopQueries.NieuweSleutel();
        var aanmelding = buurtTop.MeldAan(command.Naam, email, command.Categorie, command.Toestemming, command.ToestemmingVersie,
            await db.AangemeldAsync(buurtTop.Id, cancellationToken), BuurtTopQueries.Hash(sleutel), now);
        db.Set<Aanmelding>().Add(aanmelding);
        await db.SaveChangesAsync(cancellationToken);
        await mails.BevestigingAsync(buurtTop, aanmelding, sleutel, cancellationToken);
        return Bevestiging(buurtTop, aanmelding.Status, aanmelding.Status == AanmeldingStatus.Wachtlijst
            ? "De BuurtTop is vol: u staat op de wachtlijst. Komt er een plaats vrij, dan krijgt u bericht per e-mail."
            : "U bent aangemeld. U krijgt een bevestiging per e-mail, met een link om u af te melden.");
    }

    private static AanmeldingBevestigingDto Bevestiging(BuurtTop buurtTop, AanmeldingStatus status, string melding) => new(buurtTop.Id, status, melding);
}
