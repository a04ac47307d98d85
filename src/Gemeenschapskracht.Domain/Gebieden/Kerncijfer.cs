namespace Gemeenschapskracht.Domain.Gebieden;

/// <summary>
/// One statistic of an area, always with its source and year ("bron: CBS, Kerncijfers wijken en buurten 2024").
/// A null <see cref="Waarde"/> means unknown or suppressed at the source; it is never read as 0.
/// </summary>
public sealed class Kerncijfer
{
    private Kerncijfer() { }

    internal Kerncijfer(Guid gebiedId, string maatstaf, string titel, string eenheid, decimal? waarde, string bron, int jaar)
    {
        Id = Guid.NewGuid();
        GebiedId = gebiedId;
        Maatstaf = maatstaf;
        Jaar = jaar;
        Update(titel, eenheid, waarde, bron);
    }

    public Guid Id { get; private set; }
    public Guid GebiedId { get; private set; }

    /// <summary>The measure's stable stem, e.g. <c>AantalInwoners</c>.</summary>
    public string Maatstaf { get; private set; } = "";

    public string Titel { get; private set; } = "";
    public string Eenheid { get; private set; } = "";
    public decimal? Waarde { get; private set; }
    public string Bron { get; private set; } = "";
    public int Jaar { get; private set; }

    internal void Update(string titel, string eenheid, decimal? waarde, string bron)
    {
        Titel = titel;
        Eenheid = eenheid;
        Waarde = waarde;
        Bron = bron;
    }
}
