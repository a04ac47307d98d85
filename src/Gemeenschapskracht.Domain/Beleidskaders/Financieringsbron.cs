using Gemeenschapskracht.Domain.Common;

namespace Gemeenschapskracht.Domain.Beleidskaders;

/// <summary>How a funding source is spent today.</summary>
public enum Financieringsinstrument
{
    Aanbesteding,
    Subsidie,
    Inkoop,
}

/// <summary>
/// A funding source the decision to stop tendering covers (R1.2): what it is, how much a year, how it is spent now,
/// and when it is to become part of the wijkbudgetten.
/// </summary>
/// <param name="Regime">The legal regime or budget line, e.g. "Wmo 2015".</param>
/// <param name="ContractEinddatum">When the current tendered contract ends; required for an aanbesteding.</param>
/// <param name="OmzettingGepland">The planned date of conversion into wijkbudgetten.</param>
public sealed record Financieringsbron(
    Guid Id, string Naam, string? Regime, Bedrag BedragPerJaar, Financieringsinstrument Instrument,
    DateOnly? ContractEinddatum, DateOnly? OmzettingGepland);
