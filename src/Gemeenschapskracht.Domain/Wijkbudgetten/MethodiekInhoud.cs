using Gemeenschapskracht.Domain.Beleidskaders;
using Gemeenschapskracht.Domain.Common;

namespace Gemeenschapskracht.Domain.Wijkbudgetten;

/// <summary>
/// The content of a budgetmethodiek (R4.1, R4.4): the envelope per year from the beleidskader's funding sources, the
/// criteria with their weights, the floor for organisational support of bewonersorganisaties, and the notice period
/// a reduction of a granted wijkbudget must respect (G-9).
/// </summary>
public sealed record MethodiekInhoud(
    IReadOnlyList<Envelopdeel> Envelop, IReadOnlyList<Criterium> Criteria, Aandeel OndersteuningsVloer, int OpzegtermijnMaanden)
{
    public const int MinsteOpzegtermijnMaanden = 3;
    public const int MeesteOpzegtermijnMaanden = 24;

    public Bedrag EnvelopPerJaar => Envelop.Aggregate(Bedrag.Nul, (som, d) => som + d.BedragPerJaar);

    /// <summary>
    /// Refuses content that cannot allocate: weights that do not add up to exactly 100 %, a criterion without its
    /// measure, an envelope part that is not a funding source of the beleidskader in force or asks more of it than it has.
    /// </summary>
    public void Controleer(IReadOnlyList<Financieringsbron> bronnen)
    {
        if (Envelop.Count == 0)
            throw new DomainException("Geef aan uit welke financieringsbronnen de wijkbudgetten komen.");
        foreach (var deel in Envelop)
        {
            var bron = bronnen.FirstOrDefault(b => b.Id == deel.FinancieringsbronId)
                ?? throw new DomainException($"'{deel.Naam}' is geen financieringsbron van het geldende beleidskader.");
            if (deel.BedragPerJaar <= Bedrag.Nul)
                throw new DomainException($"De bijdrage van '{bron.Naam}' moet groter zijn dan nul.");
            if (deel.BedragPerJaar > bron.BedragPerJaar)
                throw new DomainException($"'{bron.Naam}' heeft {bron.BedragPerJaar} per jaar; de methodiek kan er niet {deel.BedragPerJaar} uit verdelen.");
        }
        if (Envelop.Select(d => d.FinancieringsbronId).Distinct().Count() != Envelop.Count)
            throw new DomainException("Elke financieringsbron staat maar één keer in de envelop.");
        if (Criteria.Count == 0)
            throw new DomainException("Een methodiek heeft minstens één criterium.");
        var som = Criteria.Sum(c => c.Gewicht.Basispunten);
        if (som != Aandeel.Geheel)
            throw new DomainException($"De gewichten van de criteria tellen op tot {new Aandeel(som)}; dat moet precies 100 % zijn.");
        foreach (var criterium in Criteria)
        {
            if (Tekst.IsBlank(criterium.Naam))
                throw new DomainException("Elk criterium heeft een naam.");
            if (criterium.VraagtMaatstaf && Tekst.IsBlank(criterium.Maatstaf))
                throw new DomainException($"Het criterium '{criterium.Naam}' vraagt een cijfer (maatstaf) uit het wijkbeeld.");
            if (!criterium.VraagtMaatstaf && criterium.Maatstaf is not null)
                throw new DomainException($"Het criterium '{criterium.Naam}' telt geen cijfer; laat de maatstaf leeg.");
            if (criterium.Gewicht.Basispunten == 0)
                throw new DomainException($"Het criterium '{criterium.Naam}' heeft geen gewicht; haal het weg of geef het een gewicht.");
        }
        if (Criteria.Select(c => c.Naam.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() != Criteria.Count)
            throw new DomainException("Twee criteria hebben dezelfde naam.");
        if (OpzegtermijnMaanden is < MinsteOpzegtermijnMaanden or > MeesteOpzegtermijnMaanden)
            throw new DomainException($"De opzegtermijn voor een verlaging ligt tussen {MinsteOpzegtermijnMaanden} en {MeesteOpzegtermijnMaanden} maanden.");
    }
}
