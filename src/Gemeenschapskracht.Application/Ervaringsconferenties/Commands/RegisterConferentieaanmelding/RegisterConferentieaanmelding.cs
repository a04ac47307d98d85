using System.Text.Json.Serialization;
using FluentValidation;
using Gemeenschapskracht.Application.BuurtTops.Shared;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Ervaringsconferenties.Dtos;
using Gemeenschapskracht.Application.Ervaringsconferenties.Shared;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Ervaringsconferenties;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Ervaringsconferenties.Commands.RegisterConferentieaanmelding;

/// <summary>
/// Anyone registers on the public page, as for a BuurtTop: a name (or initials), an e-mail address and consent, no
/// account; the confirmation mail carries the unsubscribe link. The same address twice is idempotent.
/// </summary>
[Public]
public sealed record RegisterConferentieaanmeldingCommand : ICommand<ConferentieaanmeldingBevestigingDto>
{
    [JsonIgnore]
    public Guid ConferentieId { get; init; }

    public required string Naam { get; init; }

    public required string Email { get; init; }

    public required bool Toestemming { get; init; }

    /// <summary>The version of the consent text the page showed.</summary>
    public required string ToestemmingVersie { get; init; }
}

public sealed class RegisterConferentieaanmeldingValidator : AbstractValidator<RegisterConferentieaanmeldingCommand>
{
    public RegisterConferentieaanmeldingValidator()
    {
        RuleFor(c => c.Naam).RequiredText("uw naam of voorletters", 200);
        RuleFor(c => c.Email).GeldigEmail();
        RuleFor(c => c.Toestemming).Equal(true)
            .WithMessage("Geef toestemming om uw naam en e-mailadres voor deze conferentie te bewaren; zonder toestemming kunt u zich niet aanmelden.");
        RuleFor(c => c.ToestemmingVersie).Equal(Conferentieaanmelding.ToestemmingVersieHuidig)
            .WithMessage("De toestemmingstekst is gewijzigd; laad de pagina opnieuw en lees de nieuwe tekst.");
    }
}

public sealed class RegisterConferentieaanmeldingHandler(IApplicationDbContext db, IEmailSender mail, IAppLinks links, ICurrentTenant tenant, TimeProvider clock)
    : ICommandHandler<RegisterConferentieaanmeldingCommand, ConferentieaanmeldingBevestigingDto>
{
    public async ValueTask<ConferentieaanmeldingBevestigingDto> Handle(RegisterConferentieaanmeldingCommand command, CancellationToken cancellationToken)
    {
        var conferentie = await db.Set<Ervaringsconferentie>().AsNoTracking().VindAsync(command.ConferentieId, cancellationToken);
        var email = Conferentieaanmelding.Normaliseer(command.Email);
        if (await db.Set<Conferentieaanmelding>().AnyAsync(a => a.ConferentieId == conferentie.Id && a.Email == email, cancellationToken))
            return new(conferentie.Id, "U was al aangemeld met dit e-mailadres; de bevestiging staat in uw mail.");
        var now = clock.GetUtcNow();
        conferentie.EnsureAanmeldbaar(await db.ConferentieAangemeldAsync(conferentie.Id, cancellationToken), Kalender.Dag(now));
        var sleutel = BuurtTopQueries.NieuweSleutel();
        db.Set<Conferentieaanmelding>().Add(new Conferentieaanmelding(conferentie.Id, command.Naam, email, command.Toestemming, command.ToestemmingVersie,
            BuurtTopQueries.Hash(sleutel), now));
        await db.SaveChangesAsync(cancellationToken);
        var gemeente = Uri.EscapeDataString(tenant.Identifier ?? "");
        await mail.SendAsync(email, $"Aangemeld: {conferentie.Titel}",
            $"U bent aangemeld voor de ervaringsconferentie '{conferentie.Titel}' over {conferentie.Thema}, op {conferentie.Datum:dd-MM-yyyy} in {conferentie.Plek}.\n" +
            $"{links.Pagina($"/ervaringsconferenties/{conferentie.Id}?gemeente={gemeente}")}\n\n" +
            $"Wilt u zich afmelden? Dan worden uw naam en e-mailadres direct verwijderd:\n" +
            $"{links.Pagina($"/ervaringsconferenties/{conferentie.Id}/afmelden?sleutel={Uri.EscapeDataString(sleutel)}&gemeente={gemeente}")}\n", cancellationToken);
        return new(conferentie.Id, "U bent aangemeld. U krijgt een bevestiging per e-mail, met een link om u af te melden.");
    }
}
