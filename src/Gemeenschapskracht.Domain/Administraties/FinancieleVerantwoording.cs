using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Regels;
using Gemeenschapskracht.Domain.Subsidies;

namespace Gemeenschapskracht.Domain.Administraties;

/// <summary>
/// One line of a financial verantwoording: an account's realised amount in the subsidy's period, beside what was budgeted
/// for it where a budget exists; the difference and the share realised follow from both.
/// </summary>
public sealed record Verantwoordingsregel(string Rekening, string Omschrijving, Rekeningsoort Soort, Bedrag? Begroot, Bedrag Gerealiseerd)
{
    /// <summary>Realised minus budgeted: positive is more than budgeted.</summary>
    public Bedrag? Verschil => Begroot is { } begroot ? Gerealiseerd - begroot : null;

    /// <summary>The share of the budget realised, in percent with one decimal; none without a budget above zero.</summary>
    public decimal? Percentage => Begroot is { } begroot && begroot > Bedrag.Nul
        ? Math.Round(Gerealiseerd.Eurocent * 100m / begroot.Eurocent, 1, MidpointRounding.AwayFromZero)
        : null;
}

/// <summary>
/// The financial part of a subsidy's report, generated from the books the host keeps for the group (G-4, ADR 0028), so a
/// volunteer never writes one: the subsidy received under the beschikking (whatever its booking date), the group's other
/// income and its costs per account booked within the beschikking's period, and the totals against the granted amount.
/// Submitted with the report, it is kept as it was then: later bookings do not change a submitted report.
/// </summary>
public sealed record FinancieleVerantwoording(
    Guid AdministratieId, string Host, DateOnly Van, DateOnly Tot, IReadOnlyList<Verantwoordingsregel> Regels, Verantwoordingsregel TotaalBaten,
    Verantwoordingsregel TotaalLasten, DateTimeOffset OpgesteldOp)
{
    /// <summary>Income minus costs in the period: what the group kept (or added from its reserves when negative).</summary>
    public Bedrag Saldo => TotaalBaten.Gerealiseerd - TotaalLasten.Gerealiseerd;

    [Regel(Regelcatalogus.G4)]
    [Regel(Regelcatalogus.G10)]
    public static FinancieleVerantwoording Uit(Administratie administratie, string host, Beschikking beschikking, IEnumerable<Journaalpost> posten,
        DateTimeOffset now)
    {
        if (beschikking.Soort != BesluitSoort.Verlening)
            throw new DomainException("Op een weigering wordt niets verantwoord.");
        var alle = posten.Where(p => p.AdministratieId == administratie.Id).ToList();
        var subsidierekeningen = administratie.Rekeningen.Where(r => r.Rol == Rekeningrol.Subsidie).Select(r => r.Code).ToHashSet();

        // The subsidy received under this beschikking, net of reversals (a reversal names the same beschikking).
        var ontvangen = alle.Where(p => p.BeschikkingId == beschikking.Id).SelectMany(p => p.Regels)
            .Where(r => subsidierekeningen.Contains(r.Rekening))
            .Aggregate(Bedrag.Nul, (som, r) => som + r.Credit - r.Debet);

        // The other income and the costs booked within the period; subsidies received under other beschikkingen are theirs.
        var totalen = Grootboek.PerRekening(alle.Where(p => p.Boekdatum >= beschikking.Van && p.Boekdatum <= beschikking.Tot));

        var subsidie = administratie.Rekeningen.First(r => r.Rol == Rekeningrol.Subsidie);
        var regels = new List<Verantwoordingsregel>
        {
            new(subsidie.Code, $"{subsidie.Omschrijving}: beschikking {beschikking.Kenmerk}", Rekeningsoort.Baten, beschikking.Bedrag, ontvangen),
        };
        foreach (var rekening in administratie.Rekeningen
            .Where(r => (r.Soort is Rekeningsoort.Baten or Rekeningsoort.Lasten) && r.Rol != Rekeningrol.Subsidie)
            .OrderBy(r => r.Soort).ThenBy(r => r.Code, StringComparer.Ordinal))
            if (totalen.TryGetValue(rekening.Code, out var t) && t.Saldo(rekening) != Bedrag.Nul)
                regels.Add(new(rekening.Code, rekening.Omschrijving, rekening.Soort, null, t.Saldo(rekening)));

        Bedrag Som(Rekeningsoort soort) => regels.Where(r => r.Soort == soort).Aggregate(Bedrag.Nul, (som, r) => som + r.Gerealiseerd);
        return new FinancieleVerantwoording(administratie.Id, host, beschikking.Van, beschikking.Tot, regels,
            new Verantwoordingsregel("", "Totaal inkomsten", Rekeningsoort.Baten, null, Som(Rekeningsoort.Baten)),
            new Verantwoordingsregel("", "Totaal uitgaven", Rekeningsoort.Lasten, beschikking.Bedrag, Som(Rekeningsoort.Lasten)),
            now);
    }
}
