using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Regels;

namespace Gemeenschapskracht.Domain.Subsidies;

/// <summary>
/// Awb 4:51 (and G-9, no silent cuts): an organisation that received subsidy three or more years in a row is refused,
/// reduced or ended only with a reasonable phase-out term. "The same activities" are taken as every verlening to the
/// same organisation in the gemeente: the product warns rather than misses a case, and the gemeente names the term.
/// </summary>
[Regel(Regelcatalogus.Awb4_51)]
[Regel(Regelcatalogus.G9)]
public static class Afbouw
{
    public const int DrempelJaren = 3;

    /// <summary>How many calendar years in a row, ending with <paramref name="totEnMet"/>, the verleningen cover.</summary>
    public static int AaneengeslotenJaren(IEnumerable<Beschikking> verleningen, int totEnMet)
    {
        var jaren = verleningen.Where(b => b.Soort == BesluitSoort.Verlening && b.Bedrag > Bedrag.Nul)
            .SelectMany(b => Enumerable.Range(b.Van.Year, b.Tot.Year - b.Van.Year + 1)).ToHashSet();
        var aantal = 0;
        while (jaren.Contains(totEnMet - aantal))
            aantal++;
        return aantal;
    }

    public static bool IsVereist(IEnumerable<Beschikking> verleningen, int totEnMet) => AaneengeslotenJaren(verleningen, totEnMet) >= DrempelJaren;

    /// <summary>Refuses a decision that needs a phase-out term without one, or with one that is not in the future.</summary>
    public static void Controleer(bool vereist, DateOnly? afbouwTot, DateOnly vandaag, string wat)
    {
        if (!vereist)
            return;
        if (afbouwTot is null)
            throw new DomainException($"Deze organisatie ontvangt al {DrempelJaren} jaar of langer achter elkaar subsidie. {wat} kan alleen met een redelijke afbouwtermijn (artikel 4:51 Awb): geef aan tot wanneer de afbouw loopt.");
        if (afbouwTot <= vandaag)
            throw new DomainException("De afbouwtermijn eindigt na vandaag: de organisatie krijgt tijd om zich in te stellen op minder of geen subsidie (artikel 4:51 Awb).");
    }
}
