using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Regels;

namespace Gemeenschapskracht.Domain.Wijkbeelden;

/// <summary>
/// G-8: what residents wrote in the wijkbeeld is theirs. A gemeente role may add to it and comment on it, but cannot
/// change or remove an item residents wrote. Every item keeps the origin it was first written with.
/// </summary>
[Regel(Regelcatalogus.G8)]
internal static class Eigenaarschap
{
    private static readonly IReadOnlyList<Opmerking> GeenOpmerkingen = [];
    private static readonly Herkomst Neutraal = new(Kant.Bewoners, "", DateTimeOffset.MinValue);

    /// <summary>
    /// The proposed items, each with the origin and comments it already had (or, when new, the writer as origin).
    /// </summary>
    /// <param name="metHerkomst">Puts an origin and comments on an item (a <c>with</c> expression).</param>
    public static IReadOnlyList<T> Samenvoegen<T>(IReadOnlyList<T> huidig, IReadOnlyList<T> voorstel, Herkomst schrijver,
        Func<T, Herkomst, IReadOnlyList<Opmerking>, T> metHerkomst, string wat) where T : class, IWijkbeeldItem
    {
        var bestaand = huidig.ToDictionary(i => i.Id);
        var resultaat = new List<T>();
        foreach (var item in voorstel)
        {
            if (!bestaand.TryGetValue(item.Id, out var oud))
            {
                resultaat.Add(metHerkomst(item, schrijver, GeenOpmerkingen));
                continue;
            }
            if (!ZelfdeInhoud(oud, item, metHerkomst))
                Bewaak(oud, schrijver, $"{wat} is geschreven door bewoners en kan door de gemeente niet worden gewijzigd; plaats een opmerking.");
            resultaat.Add(metHerkomst(item, oud.Herkomst, oud.Opmerkingen));
        }
        var blijft = voorstel.Select(i => i.Id).ToHashSet();
        foreach (var verwijderd in huidig.Where(i => !blijft.Contains(i.Id)))
            Bewaak(verwijderd, schrijver, $"{wat} is geschreven door bewoners en kan door de gemeente niet worden verwijderd; plaats een opmerking.");
        return resultaat;
    }

    public static void Bewaak(Kant eigenaar, Herkomst schrijver, string melding)
    {
        if (eigenaar == Kant.Bewoners && schrijver.Kant == Kant.Gemeente)
            throw new DomainException(melding);
    }

    private static void Bewaak(IWijkbeeldItem item, Herkomst schrijver, string melding) => Bewaak(item.Herkomst.Kant, schrijver, melding);

    private static bool ZelfdeInhoud<T>(T oud, T nieuw, Func<T, Herkomst, IReadOnlyList<Opmerking>, T> metHerkomst) =>
        Equals(metHerkomst(oud, Neutraal, GeenOpmerkingen), metHerkomst(nieuw, Neutraal, GeenOpmerkingen));
}
