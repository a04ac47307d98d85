using Gemeenschapskracht.Domain.Gebieden;

namespace Gemeenschapskracht.Application.Cbs;

/// <summary>A measure (topic) of a CBS table, resolved from DataProperties by its stem.</summary>
/// <param name="Stem">The key without its yearly numeric suffix, e.g. <c>AantalInwoners</c>.</param>
/// <param name="Key">The key as published this year, e.g. <c>AantalInwoners_5</c>.</param>
public sealed record CbsMeasure(string Stem, string Key, string Title, string Unit, int Decimals);

/// <summary>One row of the table: a gemeente, wijk or buurt with its values by measure stem.</summary>
/// <param name="Code">Trimmed region code: <c>GM0363</c>, <c>WK036300</c>, <c>BU03630000</c>.</param>
/// <param name="Gemeentecode">The gemeente the region belongs to (<c>GM</c> + 4 digits).</param>
/// <param name="Values">Value per measure stem; <c>null</c> means unknown at CBS, never 0.</param>
/// <param name="Naam">The region's own name (from the table's <c>WijkenEnBuurten</c> dimension) when the source has it.</param>
public sealed record CbsRegion(
    string Code,
    GebiedSoort Soort,
    string Gemeentecode,
    string Gemeentenaam,
    IReadOnlyDictionary<string, decimal?> Values,
    string? Naam = null);

/// <summary>A CBS <i>Kerncijfers wijken en buurten</i> table, read from any supported source.</summary>
/// <param name="TableId">StatLine table id, e.g. <c>85984NED</c>.</param>
/// <param name="Year">The year of the indeling and figures, e.g. 2024.</param>
/// <param name="Title">Attribution title, e.g. <c>Kerncijfers wijken en buurten 2024</c>.</param>
/// <param name="IsFictional">True for the project's own demo data, which is not CBS data.</param>
public sealed record CbsDataSet(
    string TableId,
    int Year,
    string Title,
    bool IsFictional,
    IReadOnlyList<CbsMeasure> Measures,
    IReadOnlyList<CbsRegion> Regions)
{
    public string Bron => IsFictional ? $"fictief: {Title}" : $"CBS, {Title}";
}
