using Gemeenschapskracht.Domain.Beleidskaders;
using Gemeenschapskracht.Domain.Common;

namespace Gemeenschapskracht.Domain.Wijkbudgetten;

public enum TrancheStatus
{
    /// <summary>Under begrotingsvoorbehoud (Awb 4:34): granted, subject to the raad adopting the gemeente's budget for that year.</summary>
    Voorbehouden,
    Vrijgegeven,
}

/// <summary>The yearly part of a multi-year wijkbudget: the sum of its lines in that year.</summary>
public sealed record Tranche(int Jaar, Bedrag Bedrag, TrancheStatus Status, DateOnly? VrijgegevenOp);

public sealed record Jaarverschil(int Jaar, Bedrag Oud, Bedrag Nieuw);

/// <summary>A change of a granted wijkbudget, kept for good and shown on the public budget page (G-9: no silent cuts).</summary>
public sealed record Budgetwijziging(DateTimeOffset Op, string Toelichting, Raadsbesluit? Besluit, IReadOnlyList<Jaarverschil> Verschillen);

public enum WijkbudgetStatus
{
    Voorgesteld,
    Toegekend,
    Lopend,
    Geevalueerd,
    Verlengd,
    Herzien,
}
