namespace Gemeenschapskracht.Domain.Wijkbudgetten;

/// <summary>What a criterion of the budgetmethodiek counts per wijk.</summary>
public enum CriteriumSoort
{
    /// <summary>Every wijk the same: a base amount.</summary>
    Gelijk,

    /// <summary>A figure of the wijk as it is, e.g. the number of inhabitants (<c>AantalInwoners</c>).</summary>
    Aantal,

    /// <summary>A percentage figure applied to the inhabitants, e.g. the share of households with a low income: the number of people it concerns.</summary>
    PercentageVanInwoners,

    /// <summary>The number of needs (behoeften) in the wijk's latest published wijkbeeld.</summary>
    Behoeften,
}

/// <summary>
/// One criterion of the allocation with its weight: the part of the envelope it divides over the wijken.
/// <paramref name="Maatstaf"/> is the CBS or local measure for <see cref="CriteriumSoort.Aantal"/> and
/// <see cref="CriteriumSoort.PercentageVanInwoners"/>, and empty for the others.
/// </summary>
public sealed record Criterium(Guid Id, string Naam, CriteriumSoort Soort, string? Maatstaf, Aandeel Gewicht)
{
    /// <summary>The measure of inhabitants that <see cref="CriteriumSoort.PercentageVanInwoners"/> applies its percentage to.</summary>
    public const string Inwoners = "AantalInwoners";

    public bool VraagtMaatstaf => Soort is CriteriumSoort.Aantal or CriteriumSoort.PercentageVanInwoners;
}

/// <summary>What one funding source of the beleidskader contributes to the envelope each year.</summary>
public sealed record Envelopdeel(Guid FinancieringsbronId, string Naam, Common.Bedrag BedragPerJaar);
