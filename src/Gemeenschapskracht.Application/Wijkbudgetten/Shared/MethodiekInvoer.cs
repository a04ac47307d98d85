using FluentValidation;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Domain.Beleidskaders;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Wijkbudgetten;

namespace Gemeenschapskracht.Application.Wijkbudgetten.Shared;

/// <summary>The content of a methodiek as a caller sends it: the names of funding sources come from the beleidskader.</summary>
public sealed record MethodiekInhoudInvoer
{
    public required IReadOnlyList<EnvelopdeelInvoer> Envelop { get; init; }

    public required IReadOnlyList<CriteriumInvoer> Criteria { get; init; }

    /// <summary>The share of each year's wijkbudget that at least goes to organisational support of bewonersorganisaties (R4.4), e.g. 30 or 27.5.</summary>
    public required decimal OndersteuningsVloerProcent { get; init; }

    /// <summary>How many months after its raadsbesluit a reduction may take effect at the earliest (G-9), 3 to 24.</summary>
    public required int OpzegtermijnMaanden { get; init; }

    public MethodiekInhoud NaarDomein(IReadOnlyList<Financieringsbron> bronnen, DateTimeOffset now) => new(
        Envelop.Select(e => new Envelopdeel(e.FinancieringsbronId,
            bronnen.FirstOrDefault(b => b.Id == e.FinancieringsbronId)?.Naam ?? e.FinancieringsbronId.ToString(), new Bedrag(e.BedragPerJaarEurocent))).ToList(),
        Criteria.Select(c => new Criterium(c.Id ?? Guid.CreateVersion7(now), c.Naam.Trim(), c.Soort, Tekst.OfNull(c.Maatstaf), Aandeel.FromProcent(c.GewichtProcent))).ToList(),
        Aandeel.FromProcent(OndersteuningsVloerProcent), OpzegtermijnMaanden);
}

public sealed record EnvelopdeelInvoer
{
    /// <summary>A funding source of the beleidskader in force.</summary>
    public required Guid FinancieringsbronId { get; init; }

    public required long BedragPerJaarEurocent { get; init; }
}

public sealed record CriteriumInvoer
{
    /// <summary>The criterion's id when it already exists (it stays the same across versions), null for a new one.</summary>
    public required Guid? Id { get; init; }

    public required string Naam { get; init; }

    public required CriteriumSoort Soort { get; init; }

    /// <summary>The measure of the wijkbeeld for <c>aantal</c> and <c>percentageVanInwoners</c>, e.g. <c>AantalInwoners</c>; null for the others.</summary>
    public required string? Maatstaf { get; init; }

    /// <summary>The criterion's weight in percent, at most two decimals; the weights add up to 100.</summary>
    public required decimal GewichtProcent { get; init; }
}

/// <summary>The form of the content; whether the parts fit together (weights add up, sources exist) is the entity's rule.</summary>
public sealed class MethodiekInhoudInvoerValidator : AbstractValidator<MethodiekInhoudInvoer>
{
    public MethodiekInhoudInvoerValidator()
    {
        RuleFor(i => i.Envelop).PresentList(50, "delen van de envelop");
        RuleForEach(i => i.Envelop).ChildRules(e => e.RuleFor(x => x.BedragPerJaarEurocent).Eurocent("het bedrag per jaar"));
        RuleFor(i => i.Criteria).PresentList(20, "criteria");
        RuleForEach(i => i.Criteria).ChildRules(c =>
        {
            c.RuleFor(x => x.Naam).RequiredText("de naam van het criterium", 200);
            c.RuleFor(x => x.Soort).IsInEnum().WithMessage("Kies gelijk, aantal, percentageVanInwoners of behoeften.");
            c.RuleFor(x => x.Maatstaf).SafeText("de maatstaf").MaximumLength(100).WithMessage("De maatstaf mag hoogstens 100 tekens lang zijn.");
            c.RuleFor(x => x.GewichtProcent).Procent("het gewicht");
        });
        RuleFor(i => i.OndersteuningsVloerProcent).Procent("de vloer voor organisatorische ondersteuning");
        RuleFor(i => i.OpzegtermijnMaanden).InclusiveBetween(MethodiekInhoud.MinsteOpzegtermijnMaanden, MethodiekInhoud.MeesteOpzegtermijnMaanden)
            .WithMessage($"De opzegtermijn ligt tussen {MethodiekInhoud.MinsteOpzegtermijnMaanden} en {MethodiekInhoud.MeesteOpzegtermijnMaanden} maanden.");
    }
}
