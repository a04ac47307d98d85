using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Regels;

namespace Gemeenschapskracht.Domain.Wijkbeelden;

/// <summary>
/// How one gemeente reads the measures where it differs from the product's defaults (<see cref="Cijferlens"/>): a
/// gemeente may read a measure as vitality, problem or context. One per gemeente. G-6: the reading never leaves the
/// gemeente with problem measures and not a single vitality measure, because then every wijk would be shown by its
/// problems only.
/// </summary>
public sealed class Cijferlezing : IAudited
{
    public const int MaxMaatstafLengte = 100;

    private Dictionary<string, Lens> afwijkingen = new(StringComparer.Ordinal);

    private Cijferlezing() { }

    public Cijferlezing(DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        GewijzigdOp = now;
    }

    public Guid Id { get; private set; }

    /// <summary>The measures the gemeente reads otherwise than the default, with its lens.</summary>
    public IReadOnlyDictionary<string, Lens> Afwijkingen
    {
        get => afwijkingen;
        private set => afwijkingen = new Dictionary<string, Lens>(value, StringComparer.Ordinal);
    }

    public DateTimeOffset GewijzigdOp { get; private set; }

    /// <summary>The lens of <paramref name="maatstaf"/> in this gemeente.</summary>
    [Regel(Regelcatalogus.G6)]
    public Lens Van(string maatstaf) => afwijkingen.TryGetValue(maatstaf, out var lens) ? lens : Cijferlens.Van(maatstaf);

    /// <summary>
    /// Replaces the gemeente's readings. <paramref name="bekend"/> are the measures the gemeente has figures of; a
    /// reading of any other measure is refused, as is one that reads some as a problem and none as vitality (G-6). A reading
    /// equal to the default is not kept, so a later change of a default reaches the gemeente.
    /// </summary>
    [Regel(Regelcatalogus.G6)]
    public void Zet(IReadOnlyDictionary<string, Lens> lezingen, IReadOnlyCollection<string> bekend, DateTimeOffset now)
    {
        var onbekend = lezingen.Keys.Where(m => !bekend.Contains(m)).ToList();
        if (onbekend.Count > 0)
            throw new DomainException($"Van deze maatstaf heeft de gemeente geen cijfers: {string.Join(", ", onbekend)}.");
        if (lezingen.Values.Any(l => !Enum.IsDefined(l)))
            throw new DomainException("Lees een maatstaf als vitaliteit, probleem of context.");
        var nieuw = lezingen.Where(l => l.Value != Cijferlens.Van(l.Key)).ToDictionary(l => l.Key, l => l.Value, StringComparer.Ordinal);
        var lenzen = bekend.Select(m => nieuw.TryGetValue(m, out var lens) ? lens : Cijferlens.Van(m)).ToList();
        if (lenzen.Contains(Lens.Probleem) && !lenzen.Contains(Lens.Vitaliteit))
            throw new DomainException("Lees ten minste één maatstaf als vitaliteit: een wijk wordt nooit alleen door haar problemen getoond (G-6).");
        afwijkingen = nieuw;
        GewijzigdOp = now;
    }
}
