using Gemeenschapskracht.Domain.Regels;

namespace Gemeenschapskracht.Domain.Wijkbeelden;

/// <summary>A figure of the wijk, with the gemeente's value and the wijk's previous year beside it when known.</summary>
public sealed record Cijfer(string Maatstaf, string Titel, string Eenheid, decimal? Waarde, string Bron, int Jaar, decimal? Gemeente, decimal? VorigJaar);

/// <summary>
/// The figures of a wijk through both lenses. G-6: whenever there are problem figures, the vitality figures are shown
/// beside them; with none known, the view says so and points to the conversation rounds instead of hiding the lens.
/// </summary>
public sealed record Cijferbeeld(IReadOnlyList<Cijfer> Vitaliteit, IReadOnlyList<Cijfer> Problemen, IReadOnlyList<Cijfer> Context, string? VitaliteitOntbreekt)
{
    public const string GeenVitaliteitscijfers =
        "Er zijn nog geen cijfers over wat deze wijk sterk maakt. Die komen uit de gespreksrondes en uit lokale cijfers; een wijk is meer dan haar problemen.";

    /// <param name="lens">How the gemeente reads a measure (<see cref="Cijferlezing.Van"/>); the defaults when not given.</param>
    [Regel(Regelcatalogus.G6)]
    public static Cijferbeeld Maak(IEnumerable<Cijfer> cijfers, Func<string, Lens>? lens = null)
    {
        lens ??= Cijferlens.Van;
        var perLens = cijfers.GroupBy(c => lens(c.Maatstaf)).ToDictionary(g => g.Key, g => (IReadOnlyList<Cijfer>)g.OrderBy(c => c.Titel).ToList());
        var vitaliteit = perLens.GetValueOrDefault(Lens.Vitaliteit, []);
        var problemen = perLens.GetValueOrDefault(Lens.Probleem, []);
        return new Cijferbeeld(vitaliteit, problemen, perLens.GetValueOrDefault(Lens.Context, []),
            vitaliteit.Count == 0 ? GeenVitaliteitscijfers : null);
    }
}
