using Gemeenschapskracht.Domain.Common;

namespace Gemeenschapskracht.Domain.Gebieden;

/// <summary>
/// An area of the gemeente's wijkindeling (gemeente → wijk → buurt), identified by its CBS code.
/// The gemeente may rename it, mark it as pilot and move it under another parent of the right level.
/// </summary>
public sealed class Gebied : IAudited
{
    private readonly List<Kerncijfer> _kerncijfers = [];

    private Gebied() { }

    public Gebied(string code, GebiedSoort soort, string? naam, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        Code = code;
        Soort = soort;
        Naam = naam;
    }

    public Guid Id { get; private set; }

    /// <summary>The CBS code: <c>GM0363</c>, <c>WK036300</c> or <c>BU03630000</c>.</summary>
    public string Code { get; private set; } = "";

    public GebiedSoort Soort { get; private set; }

    /// <summary>The name, unknown (null) until CBS or the gemeente provides one.</summary>
    public string? Naam { get; private set; }

    public Guid? OuderId { get; private set; }

    public bool IsPilot { get; private set; }

    public IReadOnlyCollection<Kerncijfer> Kerncijfers => _kerncijfers;

    public void Rename(string? naam) => Naam = string.IsNullOrWhiteSpace(naam) ? null : naam.Trim();

    public void SetPilot(bool isPilot) => IsPilot = isPilot;

    /// <summary>Places the area under <paramref name="ouder"/>, which must be exactly one level higher.</summary>
    public void MoveUnder(Gebied? ouder)
    {
        if (ouder is null)
        {
            if (Soort != GebiedSoort.Gemeente)
                throw new DomainException($"Een {SoortNaam(Soort)} moet onder een {SoortNaam(Soort - 1)} vallen.");
            OuderId = null;
            return;
        }
        if (ouder.Id == Id)
            throw new DomainException("Een gebied kan niet onder zichzelf vallen.");
        if (Soort == GebiedSoort.Gemeente || ouder.Soort != Soort - 1)
            throw new DomainException(Soort == GebiedSoort.Gemeente
                ? "Een gemeente valt niet onder een ander gebied."
                : $"Een {SoortNaam(Soort)} kan alleen onder een {SoortNaam(Soort - 1)} vallen, niet onder een {SoortNaam(ouder.Soort)}.");
        OuderId = ouder.Id;
    }

    /// <summary>Records a figure for a year; an existing figure for the same measure and year is replaced.</summary>
    public void SetKerncijfer(string maatstaf, string titel, string eenheid, decimal? waarde, string bron, int jaar)
    {
        var bestaand = _kerncijfers.FirstOrDefault(k => k.Maatstaf == maatstaf && k.Jaar == jaar);
        if (bestaand is null)
            _kerncijfers.Add(new Kerncijfer(Id, maatstaf, titel, eenheid, waarde, bron, jaar));
        else
            bestaand.Update(titel, eenheid, waarde, bron);
    }

    private static string SoortNaam(GebiedSoort soort) => soort switch
    {
        GebiedSoort.Gemeente => "gemeente",
        GebiedSoort.Wijk => "wijk",
        GebiedSoort.Buurt => "buurt",
        _ => soort.ToString().ToLowerInvariant(),
    };
}
