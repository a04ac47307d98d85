using FluentValidation;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Domain.Organisaties;

namespace Gemeenschapskracht.Application.Organisaties.Commands.CreateOrganisatie;

/// <summary>The form of an organisation's data, shared by create and update.</summary>
internal static class OrganisatieGegevensRules
{
    public static void AddOrganisatieRules<T>(this AbstractValidator<T> validator) where T : IOrganisatieGegevens
    {
        validator.RuleFor(c => c.Naam).RequiredText("de naam van de organisatie", 200);
        validator.RuleFor(c => c.Soort).IsInEnum().WithMessage("Kies een bestaande soort organisatie.");
        validator.RuleFor(c => c.Rechtsvorm).IsInEnum().WithMessage("Kies een bestaande rechtsvorm.");
        validator.RuleFor(c => c.Kvknummer).Must(k => string.IsNullOrWhiteSpace(k) || Kvknummer.IsGeldig(k.Trim()))
            .WithMessage("Een KvK-nummer bestaat uit precies acht cijfers, bijvoorbeeld 12345678.");
        validator.RuleFor(c => c.Omschrijving).SafeText("de omschrijving", multiline: true)
            .MaximumLength(2000).WithMessage("De omschrijving mag hoogstens 2000 tekens lang zijn.");
        validator.RuleFor(c => c.WijkIds).NotNull().WithMessage("Geef de wijken op (een lege lijst mag).")
            .Must(w => w is null || w.Count <= 200).WithMessage("Hoogstens 200 wijken.");
        validator.RuleFor(c => c.PubliekeWaardeIds).NotNull().WithMessage("Geef de thema's op (een lege lijst mag).")
            .Must(w => w is null || w.Count <= 20).WithMessage("Hoogstens 20 thema's.");
        validator.RuleFor(c => c.Contactpersoon).SafeText("de contactpersoon")
            .MaximumLength(200).WithMessage("De contactpersoon mag hoogstens 200 tekens lang zijn.");
        validator.RuleFor(c => c.Email).SafeText("het e-mailadres").MaximumLength(254).WithMessage("Het e-mailadres mag hoogstens 254 tekens lang zijn.")
            .EmailAddress().When(c => !string.IsNullOrWhiteSpace(c.Email)).WithMessage("Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.");
        validator.RuleFor(c => c.Telefoon).Must(t => string.IsNullOrWhiteSpace(t) || (t.Length <= 20 && t.All(c => char.IsAsciiDigit(c) || c is '+' or ' ' or '-')))
            .WithMessage("Een telefoonnummer bestaat uit cijfers, spaties, streepjes en eventueel een + (hoogstens 20 tekens).");
        validator.RuleFor(c => c.Website).MaximumLength(500).WithMessage("De website mag hoogstens 500 tekens lang zijn.")
            .Must(u => string.IsNullOrWhiteSpace(u) || (Uri.TryCreate(u.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
            .WithMessage("Vul de website in als volledig webadres (https://…).");
    }
}
