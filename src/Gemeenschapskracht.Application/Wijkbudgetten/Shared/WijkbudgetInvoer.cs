using FluentValidation;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Wijkbudgetten;

namespace Gemeenschapskracht.Application.Wijkbudgetten.Shared;

public sealed record BudgetregelInvoer
{
    /// <summary>The line's id when it already exists (subsidieregelingen draw on it), null for a new line.</summary>
    public required Guid? Id { get; init; }

    public required string Doel { get; init; }

    public required BudgetCategorie Categorie { get; init; }

    /// <summary>The stable id of an ambitie of the wijk's agenda (R3.9), or null when the line references a publieke waarde.</summary>
    public required Guid? AmbitieId { get; init; }

    public required Guid? PubliekeWaardeId { get; init; }

    /// <summary>An amount for each year of the period.</summary>
    public required IReadOnlyList<JaarbedragInvoer> Bedragen { get; init; }
}

public sealed record JaarbedragInvoer
{
    public required int Jaar { get; init; }

    public required long BedragEurocent { get; init; }
}

public sealed record BronaandeelInvoer
{
    /// <summary>A funding source in the envelope of the methodiek.</summary>
    public required Guid FinancieringsbronId { get; init; }

    /// <summary>Its share of the budget in percent, at most two decimals; the shares add up to 100.</summary>
    public required decimal AandeelProcent { get; init; }
}

/// <summary>What the commands that set lines and mix share: the form of each, and turning them into the domain's parts.</summary>
public static class WijkbudgetInvoer
{
    public const int MeesteRegels = 100;

    public static IReadOnlyList<Budgetregel> NaarRegels(IReadOnlyList<BudgetregelInvoer> regels, DateTimeOffset now) =>
        regels.Select(r => new Budgetregel(r.Id ?? Guid.CreateVersion7(now), r.Doel, r.Categorie, r.AmbitieId, r.PubliekeWaardeId,
            r.Bedragen.Select(b => new Jaarbedrag(b.Jaar, new Bedrag(b.BedragEurocent))).ToList())).ToList();

    public static IReadOnlyList<Bronaandeel> NaarBronnen(IReadOnlyList<BronaandeelInvoer> bronnen, Budgetmethodiek methodiek) =>
        bronnen.Select(b => new Bronaandeel(b.FinancieringsbronId,
            methodiek.Inhoud.Envelop.FirstOrDefault(e => e.FinancieringsbronId == b.FinancieringsbronId)?.Naam ?? b.FinancieringsbronId.ToString(),
            Aandeel.FromProcent(b.AandeelProcent))).ToList();

    /// <summary>The length of a period: multi-year (G-2), at most ten years.</summary>
    public static IRuleBuilderOptions<T, int> Periode<T>(this IRuleBuilder<T, int> rule) =>
        rule.InclusiveBetween(Wijkbudget.MinsteJaren, Wijkbudget.MeesteJaren)
            .WithMessage($"Een wijkbudget is meerjarig: kies een periode van {Wijkbudget.MinsteJaren} tot {Wijkbudget.MeesteJaren} jaar.");
}

public sealed class BudgetregelInvoerValidator : AbstractValidator<BudgetregelInvoer>
{
    public BudgetregelInvoerValidator()
    {
        RuleFor(x => x.Doel).RequiredText("het doel van de regel", 200);
        RuleFor(x => x.Categorie).IsInEnum().WithMessage("Kies een bestaande categorie.");
        RuleFor(x => x.Bedragen).PresentList(Wijkbudget.MeesteJaren, "jaarbedragen");
        RuleForEach(x => x.Bedragen).ChildRules(b =>
        {
            b.RuleFor(x => x.Jaar).InclusiveBetween(2000, 2100).WithMessage("Het jaar ligt tussen 2000 en 2100.");
            b.RuleFor(x => x.BedragEurocent).Eurocent("het bedrag van het jaar");
        });
    }
}

public sealed class BronaandeelInvoerValidator : AbstractValidator<BronaandeelInvoer>
{
    public BronaandeelInvoerValidator() => RuleFor(x => x.AandeelProcent).Procent("het aandeel van de bron");
}
