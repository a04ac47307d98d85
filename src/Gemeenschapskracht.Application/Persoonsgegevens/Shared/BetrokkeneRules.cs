using FluentValidation;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Domain.Common;

namespace Gemeenschapskracht.Application.Persoonsgegevens.Shared;

/// <summary>What a request about a person carries: an e-mail address, a name or an IBAN, at least one.</summary>
public interface IBetrokkeneVerzoek
{
    string? Email { get; }
    string? Naam { get; }
    string? Iban { get; }
}

public static class BetrokkeneRules
{
    public static void AddBetrokkeneRules<T>(this AbstractValidator<T> validator) where T : IBetrokkeneVerzoek
    {
        validator.RuleFor(v => v).Must(v => !Tekst.IsBlank(v.Email) || !Tekst.IsBlank(v.Naam) || !Tekst.IsBlank(v.Iban))
            .WithName("betrokkene").OverridePropertyName("email")
            .WithMessage("Geef een e-mailadres, een naam of een IBAN van de betrokkene.");
        validator.RuleFor(v => v.Email).EmailAddress().WithMessage("Het e-mailadres is geen geldig e-mailadres.")
            .MaximumLength(254).WithMessage("Het e-mailadres mag hoogstens 254 tekens lang zijn.");
        validator.RuleFor(v => v.Naam).SafeText("de naam").MaximumLength(200).WithMessage("De naam mag hoogstens 200 tekens lang zijn.");
        validator.RuleFor(v => v.Iban).Must(i => Tekst.IsBlank(i) || Iban.IsGeldig(i!)).WithMessage("Het IBAN is geen geldig IBAN.");
    }
}
