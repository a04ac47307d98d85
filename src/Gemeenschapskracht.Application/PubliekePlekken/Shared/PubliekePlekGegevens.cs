using FluentValidation;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.PubliekePlekken.Dtos;
using Gemeenschapskracht.Domain.Wijkbeelden;

namespace Gemeenschapskracht.Application.PubliekePlekken.Shared;

/// <summary>What is known of a public place; sent whole when it is created or changed.</summary>
public interface IPubliekePlekGegevens
{
    string Naam { get; }
    PlekSoort Soort { get; }
    CoordinatenDto? Locatie { get; }
    string? Adres { get; }
    Eigenaarsoort Eigenaar { get; }
    string? BeheerdDoor { get; }
    bool AvondsOpen { get; }
    int? Vergadercapaciteit { get; }
    Huurregime Huurregime { get; }
    PlekStatus Status { get; }
    string? Toelichting { get; }
}

internal static class PubliekePlekGegevens
{
    public static void Pas(this PubliekePlek plek, IPubliekePlekGegevens g, DateTimeOffset now) =>
        plek.Wijzig(g.Naam, g.Soort, g.Locatie is { } l ? new Coordinaten(l.Breedtegraad, l.Lengtegraad) : null, g.Adres, g.Eigenaar,
            g.BeheerdDoor, g.AvondsOpen, g.Vergadercapaciteit, g.Huurregime, g.Status, g.Toelichting, now);

    public static void AddPlekRules<T>(this AbstractValidator<T> v) where T : IPubliekePlekGegevens
    {
        v.RuleFor(c => c.Naam).RequiredText("de naam van de plek", 200);
        v.RuleFor(c => c.Soort).IsInEnum().WithMessage("Kies een bestaande soort plek.");
        v.RuleFor(c => c.Eigenaar).IsInEnum().WithMessage("Kies een bestaande soort eigenaar.");
        v.RuleFor(c => c.Huurregime).IsInEnum().WithMessage("Kies marktconform, sociaal of kosteloos.");
        v.RuleFor(c => c.Status).IsInEnum().WithMessage("Kies actief, bedreigd, gesloten of beschikbaar.");
        v.RuleFor(c => c.Adres).SafeText("het adres").MaximumLength(300).WithMessage("Het adres mag hoogstens 300 tekens lang zijn.");
        v.RuleFor(c => c.BeheerdDoor).SafeText("wie de plek beheert").MaximumLength(200).WithMessage("Hoogstens 200 tekens.");
        v.RuleFor(c => c.Toelichting).SafeText("de toelichting", multiline: true).MaximumLength(2000).WithMessage("De toelichting mag hoogstens 2000 tekens lang zijn.");
        v.RuleFor(c => c.Vergadercapaciteit).InclusiveBetween(0, 10_000).When(c => c.Vergadercapaciteit is not null).WithMessage("De vergadercapaciteit ligt tussen 0 en 10.000 personen.");
        v.RuleFor(c => c.Locatie!.Breedtegraad).Must(double.IsFinite).When(c => c.Locatie is not null).WithMessage("De breedtegraad is geen getal.");
        v.RuleFor(c => c.Locatie!.Lengtegraad).Must(double.IsFinite).When(c => c.Locatie is not null).WithMessage("De lengtegraad is geen getal.");
    }
}
