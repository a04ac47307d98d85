using FluentValidation;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Domain.Subsidies;

namespace Gemeenschapskracht.Application.Subsidies.Shared;

/// <summary>A criterion as the gemeente writes it in a regeling: a short name and what it asks of an application.</summary>
public sealed record ToetsingscriteriumInvoer
{
    public required string Naam { get; init; }

    public required string Toelichting { get; init; }

    public Toetsingscriterium ToCriterium() => new(Naam, Toelichting);
}

public sealed class ToetsingscriteriumInvoerValidator : AbstractValidator<ToetsingscriteriumInvoer>
{
    public ToetsingscriteriumInvoerValidator()
    {
        RuleFor(c => c.Naam).RequiredText("de naam van het criterium", 100);
        RuleFor(c => c.Toelichting).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Zeg wat het criterium vraagt.")
            .SafeText("wat het criterium vraagt", multiline: true).MaximumLength(2000).WithMessage("Wat het criterium vraagt mag hoogstens 2000 tekens lang zijn.");
    }
}

/// <summary>A reviewer's level of the rubric for one criterion of the regeling, by its name.</summary>
public sealed record CriteriumoordeelInvoer
{
    public required string Criterium { get; init; }

    public required Rubriekniveau Niveau { get; init; }
}

public sealed class CriteriumoordeelInvoerValidator : AbstractValidator<CriteriumoordeelInvoer>
{
    public CriteriumoordeelInvoerValidator()
    {
        RuleFor(o => o.Criterium).RequiredText("het criterium", 100);
        RuleFor(o => o.Niveau).IsInEnum().WithMessage("Kies per criterium: voldoet niet, voldoet deels of voldoet.");
    }
}
