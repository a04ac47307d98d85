using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Notifications;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Declaraties.Dtos;
using Gemeenschapskracht.Application.Declaraties.Shared;
using Gemeenschapskracht.Domain.Declaraties;
using Mediator;

namespace Gemeenschapskracht.Application.Declaraties.Commands.CreateDeclaratie;

/// <summary>
/// A member of the group (or the host's back office) records an expense with its receipt, as a concept or submitted at
/// once. Sent as a form (multipart/form-data) from a phone; the receipt's type is read from its bytes.
/// </summary>
[Authorize(Roles = DeclaratieQueries.Indieners)]
public sealed record CreateDeclaratieCommand : ICommand<DeclaratieDto>, IDeclaratievelden
{
    public required Guid AdministratieId { get; init; }

    public required long BedragEurocent { get; init; }

    public required DateOnly Uitgavedatum { get; init; }

    /// <summary>The cost account (4100, 4200, …) of the administratie's chart.</summary>
    public required string Rekening { get; init; }

    public required string Omschrijving { get; init; }

    public required string NaamBegunstigde { get; init; }

    public required string Iban { get; init; }

    /// <summary>Submit at once (true) or keep as a concept (false).</summary>
    public required bool Indienen { get; init; }

    public string? BonnetjeNaam { get; init; }

    public byte[]? Bonnetje { get; init; }
}

public sealed class CreateDeclaratieValidator : AbstractValidator<CreateDeclaratieCommand>
{
    public CreateDeclaratieValidator()
    {
        RuleFor(c => c.AdministratieId).NotEmpty().WithMessage("Kies de administratie van de groep.");
        this.AddDeclaratieRules();
        RuleFor(c => c.Bonnetje).NotNull().When(c => c.Indienen).WithMessage("Voeg het bonnetje toe (een foto of PDF); zonder bon wordt een declaratie niet ingediend.");
    }
}

public sealed class CreateDeclaratieHandler(IApplicationDbContext db, ICurrentUser user, IBestandsopslag opslag, Ontvangers ontvangers, IEmailSender mail,
    IAppLinks links, TimeProvider clock) : ICommandHandler<CreateDeclaratieCommand, DeclaratieDto>
{
    public async ValueTask<DeclaratieDto> Handle(CreateDeclaratieCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var administratie = await db.IndienbareAdministratieAsync(user, command.AdministratieId, cancellationToken);
        var declaratie = new Declaratie(administratie, await db.VolgendNummerAsync(administratie.Id, cancellationToken), command.ToGegevens(), user.Actor(),
            user.Weergavenaam, now);
        if (command.Bonnetje is { } inhoud)
        {
            var bonnetje = Bonnetje.Van(declaratie.Id, command.BonnetjeNaam ?? "bonnetje", inhoud, now);
            declaratie.VervangBonnetje(bonnetje, now);
            await opslag.SchrijfAsync(bonnetje.Sleutel, inhoud, bonnetje.ContentType, cancellationToken);
        }
        if (command.Indienen)
        {
            var host = await db.HostVanAsync(administratie.HostOrganisatieId, cancellationToken);
            declaratie.DienIn(host.VierOgenDrempel, user.Weergavenaam, now);
        }
        db.Set<Declaratie>().Add(declaratie);
        await db.SaveChangesAsync(cancellationToken);
        if (command.Indienen)
            await new DeclaratieMeldingen(ontvangers, mail, links).IngediendAsync(declaratie, cancellationToken);
        return await db.ToDtoAsync(user, declaratie, cancellationToken);
    }
}
