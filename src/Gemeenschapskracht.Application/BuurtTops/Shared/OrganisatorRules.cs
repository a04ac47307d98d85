using FluentValidation;
using Gemeenschapskracht.Application.BuurtTops.Dtos;
using Gemeenschapskracht.Application.Common.Validation;

namespace Gemeenschapskracht.Application.BuurtTops.Shared;

/// <summary>The rules for the organiser as sent, shared by announcing and changing a BuurtTop.</summary>
public sealed class OrganisatorValidator : AbstractValidator<OrganisatorDto>
{
    public OrganisatorValidator()
    {
        RuleFor(o => o.Soort).IsInEnum().WithMessage("Kies bewonersorganisatie, wijkopbouwpunt of taakgroep.");
        RuleFor(o => o.Team).PresentList(20, "organisaties van de organisator");
        RuleFor(o => o.Taakgroep).PresentList(50, "leden van de taakgroep");
        RuleForEach(o => o.Taakgroep).ChildRules(l =>
        {
            l.RuleFor(x => x.Naam).RequiredText("de naam van het lid van de taakgroep", 200);
            l.RuleFor(x => x.Rol).IsInEnum().WithMessage("Kies bewoner, professional of ambtenaar.");
        });
        RuleFor(o => o.Financieringsbron).SafeText("de bron van de financiering").MaximumLength(200).WithMessage("De bron van de financiering mag hoogstens 200 tekens lang zijn.");
        RuleFor(o => o.FinancieringEurocent).GreaterThanOrEqualTo(0).WithMessage("De financiering kan niet negatief zijn.");
    }
}

public static class BuurtTopRules
{
    public static void AddBuurtTopRules<T>(this AbstractValidator<T> validator, Func<T, string?> titel, Func<T, string?> plek, Func<T, int?> capaciteit, Func<T, OrganisatorDto?> organisator)
    {
        validator.RuleFor(c => titel(c)).RequiredText("de titel van de BuurtTop", 200).OverridePropertyName("titel");
        validator.RuleFor(c => plek(c)).SafeText("de plek").MaximumLength(200).WithMessage("De plek mag hoogstens 200 tekens lang zijn.").OverridePropertyName("plek");
        validator.RuleFor(c => capaciteit(c)).InclusiveBetween(1, 10_000).When(c => capaciteit(c) is not null)
            .WithMessage("Het maximum aantal aanmeldingen ligt tussen 1 en 10.000 (of laat het leeg: geen maximum).").OverridePropertyName("capaciteit");
        validator.RuleFor(c => organisator(c)!).SetValidator(new OrganisatorValidator()).When(c => organisator(c) is not null).OverridePropertyName("organisator");
    }
}
