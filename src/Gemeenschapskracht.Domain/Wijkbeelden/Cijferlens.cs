using Gemeenschapskracht.Domain.Regels;

namespace Gemeenschapskracht.Domain.Wijkbeelden;

/// <summary>How a figure is read: as vitality (what the wijk has), as a problem (what it lacks), or as context.</summary>
public enum Lens
{
    Vitaliteit,
    Probleem,
    Context,
}

/// <summary>
/// The default reading of the CBS measures, by stem. G-6: a view of the figures never shows problems alone; vitality
/// is always beside them (<see cref="Cijferbeeld"/>). A gemeente may read a measure otherwise (<see cref="Cijferlezing"/>); these are the defaults.
/// </summary>
[Regel(Regelcatalogus.G6)]
public static class Cijferlens
{
    private static readonly Dictionary<string, Lens> Standaard = new(StringComparer.Ordinal)
    {
        ["Nettoarbeidsparticipatie"] = Lens.Vitaliteit,
        ["PercentageZelfstandigen"] = Lens.Vitaliteit,
        ["BedrijfsvestigingenTotaal"] = Lens.Vitaliteit,
        ["HuishoudensMetKinderen"] = Lens.Vitaliteit,
        ["GeboorteRelatief"] = Lens.Vitaliteit,
        ["NieuwbouwWoningen"] = Lens.Vitaliteit,
        ["k_0Tot15Jaar"] = Lens.Vitaliteit,
        ["k_15Tot25Jaar"] = Lens.Vitaliteit,
        ["ScholenBinnen3Km"] = Lens.Vitaliteit,
        ["HboWo"] = Lens.Vitaliteit,
        ["Koopwoningen"] = Lens.Context,
        ["HuishoudensMetEenLaagInkomen"] = Lens.Probleem,
        ["HuishOnderOfRondSociaalMinimum"] = Lens.Probleem,
        ["k_40HuishoudensMetLaagsteInkomen"] = Lens.Probleem,
        ["PersonenPerSoortUitkeringBijstand"] = Lens.Probleem,
        ["PercentageJongerenMetJeugdzorg"] = Lens.Probleem,
        ["WmoClientenRelatief"] = Lens.Probleem,
        ["OnbewoondeWoningen"] = Lens.Probleem,
        ["AfstandTotHuisartsenpraktijk"] = Lens.Probleem,
    };

    public static Lens Van(string maatstaf) =>
        Standaard.TryGetValue(maatstaf, out var lens) ? lens
        : maatstaf.StartsWith(LokaleMaatstaf.Voorvoegsel, StringComparison.Ordinal) ? Lens.Vitaliteit
        : Lens.Context;
}

/// <summary>Local figures are stored beside the CBS ones under a prefix, so the two never collide.</summary>
public static class LokaleMaatstaf
{
    public const string Voorvoegsel = "lokaal:";
}
