using Gemeenschapskracht.Domain.Common;

namespace Gemeenschapskracht.Domain.Beleidskaders;

/// <summary>
/// The parts of one version of the beleidskader, each structured (R1.1–R1.9). The wijkindeling (R1.9) is not
/// copied in: it is the gemeente's areas, and the version refers to it through <see cref="WijkindelingToelichting"/>
/// and its pilots.
/// </summary>
public sealed record BeleidskaderInhoud(
    Aanbestedingsbesluit Aanbestedingsbesluit,
    IReadOnlyList<PubliekeWaarde> PubliekeWaarden,
    IReadOnlyList<Financieringsbron> Financieringsbronnen,
    IReadOnlyList<Delegatie> Delegaties,
    IReadOnlyList<Buurtrecht> Buurtrechten,
    IReadOnlyList<Fase> Fasen,
    Tijdspanne? Tijdspanne,
    IReadOnlyList<Pilot> Pilots,
    IReadOnlyList<Overgangsperiode> Overgangsperiodes,
    IReadOnlyList<Partij> Partijen,
    RolVanDePolitiek RolVanDePolitiek,
    IReadOnlyList<Toezegging> Toezeggingen,
    string? WijkindelingToelichting)
{
    /// <summary>Where a new gemeente starts: empty parts, and the essay's five public values.</summary>
    public static BeleidskaderInhoud Nieuw(DateTimeOffset now) => new(
        new Aanbestedingsbesluit("", "", "", ""), PubliekeWaarde.UitHetEssay(now), [], [], [], [], null, [], [], [],
        new RolVanDePolitiek("", ""), [], null);

    /// <summary>The sum of the yearly amounts of all funding sources.</summary>
    public Bedrag TotaalPerJaar => Financieringsbronnen.Aggregate(Bedrag.Nul, (som, bron) => som + bron.BedragPerJaar);

    /// <summary>The part of <see cref="TotaalPerJaar"/> still spent by tender (R1.2's indicator).</summary>
    public Bedrag NogAanbesteedPerJaar => Financieringsbronnen
        .Where(b => b.Instrument == Financieringsinstrument.Aanbesteding)
        .Aggregate(Bedrag.Nul, (som, bron) => som + bron.BedragPerJaar);

    /// <summary>Refuses content that contradicts itself; each message says which part and item.</summary>
    public void Controleer()
    {
        if (PubliekeWaarden.Count == 0)
            throw new DomainException("Een beleidskader noemt ten minste één publieke waarde.");
        Uniek(PubliekeWaarden.Select(w => w.Id.ToString()), "Elke publieke waarde heeft een eigen id.");
        Uniek(PubliekeWaarden.Select(w => w.Naam.Trim().ToLowerInvariant()), "Twee publieke waarden hebben dezelfde naam.");
        foreach (var waarde in PubliekeWaarden.Where(w => w.Prioriteit is < PubliekeWaarde.HoogstePrioriteit or > PubliekeWaarde.LaagstePrioriteit))
            throw new DomainException($"De prioriteit van publieke waarde '{waarde.Naam}' moet tussen 1 en 5 liggen.");

        Uniek(Financieringsbronnen.Select(b => b.Id.ToString()), "Elke financieringsbron heeft een eigen id.");
        foreach (var bron in Financieringsbronnen)
        {
            if (bron.BedragPerJaar.IsNegatief)
                throw new DomainException($"Het bedrag per jaar van financieringsbron '{bron.Naam}' kan niet negatief zijn.");
            if (bron.Instrument == Financieringsinstrument.Aanbesteding && bron.ContractEinddatum is null)
                throw new DomainException($"Financieringsbron '{bron.Naam}' wordt aanbesteed: geef de einddatum van het contract op.");
        }

        Uniek(Delegaties.Select(d => $"{d.Besluittype.Trim().ToLowerInvariant()}|{d.Niveau}"),
            "De delegatiematrix noemt hetzelfde besluittype twee keer op hetzelfde niveau.");
        Uniek(Buurtrechten.Select(r => r.Soort.ToString()), "Een buurtrecht staat twee keer in de lijst.");

        foreach (var fase in Fasen.Where(f => f.Eind < f.Start))
            throw new DomainException($"Fase '{fase.Naam}' eindigt voordat hij begint.");
        if (Tijdspanne is { } tijdspanne && tijdspanne.ProgrammaEind <= tijdspanne.ProgrammaStart)
            throw new DomainException("Het programma eindigt voordat het begint.");
        Uniek(Pilots.Select(p => p.Id.ToString()), "Elke pilot heeft een eigen id.");
        foreach (var pilot in Pilots.Where(p => p.Eind <= p.Start))
            throw new DomainException($"De pilot '{pilot.Instrument}' eindigt voordat hij begint.");
        Uniek(Overgangsperiodes.Select(o => o.Id.ToString()), "Elke overgangsperiode heeft een eigen id.");
        foreach (var periode in Overgangsperiodes.Where(o => o.Eind < o.Start))
            throw new DomainException($"De overgangsperiode van '{periode.Contract}' eindigt voordat hij begint.");
    }

    /// <summary>The parts a raad needs before it can decide: the decision with its reasoning, the funding it covers, and the time span.</summary>
    public void ControleerCompleetVoorBesluitvorming()
    {
        if (Tekst.IsBlank(Aanbestedingsbesluit.Besluit) || Tekst.IsBlank(Aanbestedingsbesluit.GeenMarktMotivering))
            throw new DomainException("Beschrijf het besluit en de motivering waarom de sociale basis geen markt is, voordat het kader naar de raad gaat.");
        if (Financieringsbronnen.Count == 0)
            throw new DomainException("Noem de financieringsbronnen waarop het besluit betrekking heeft, voordat het kader naar de raad gaat.");
        if (Tijdspanne is null)
            throw new DomainException("Leg de tijdspanne van het programma vast, voordat het kader naar de raad gaat.");
    }

    private static void Uniek(IEnumerable<string> sleutels, string melding)
    {
        var gezien = new HashSet<string>();
        if (sleutels.Any(s => !gezien.Add(s)))
            throw new DomainException(melding);
    }
}
