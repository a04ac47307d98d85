using Gemeenschapskracht.Domain.Common;

namespace Gemeenschapskracht.Domain.Visitaties;

/// <summary>What a cycle reviews (R6.1): a wijk's programme, the professional work under a dienstverleningsafspraak or subsidy, or a large initiative.</summary>
public enum Onderwerpsoort
{
    Wijkprogramma,
    ProfessioneleInzet,
    Initiatief,
}

/// <summary>
/// A gemeente's visitatiecyclus (R6.3, J9): which kind of subject it reviews, how often (the cadence in months), the
/// perspectives the panel scores on (editable, each change a new version; a visitatie keeps the version it opened
/// with) and how long the reviewed party has to respond to the draft report.
/// </summary>
public sealed class Visitatiecyclus : IAudited
{
    public const int KortsteCadansMaanden = 6;
    public const int LangsteCadansMaanden = 60;
    public const int KortsteReactietermijnDagen = 14;
    public const int MeestePerspectieven = 8;

    private Visitatiecyclus() { }

    public Visitatiecyclus(string naam, Onderwerpsoort soort, int cadansMaanden, int reactietermijnDagen, IReadOnlyList<Perspectief>? perspectieven,
        DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        Soort = soort;
        AangemaaktOp = now;
        Wijzig(naam, cadansMaanden, reactietermijnDagen, now);
        ZetPerspectieven(perspectieven ?? Perspectief.Standaard(now));
        PerspectievenVersie = 1;
    }

    public Guid Id { get; private set; }

    public string Naam { get; private set; } = "";

    public Onderwerpsoort Soort { get; private set; }

    public int CadansMaanden { get; private set; }

    public int ReactietermijnDagen { get; private set; }

    public IReadOnlyList<Perspectief> Perspectieven { get; private set; } = [];

    public int PerspectievenVersie { get; private set; }

    public DateTimeOffset AangemaaktOp { get; private set; }

    public DateTimeOffset GewijzigdOp { get; private set; }

    public void Wijzig(string naam, int cadansMaanden, int reactietermijnDagen, DateTimeOffset now)
    {
        if (Tekst.IsBlank(naam))
            throw new DomainException("Geef de cyclus een naam.");
        if (cadansMaanden is < KortsteCadansMaanden or > LangsteCadansMaanden)
            throw new DomainException($"Een onderwerp wordt om de {KortsteCadansMaanden} tot {LangsteCadansMaanden} maanden gevisiteerd.");
        if (reactietermijnDagen < KortsteReactietermijnDagen)
            throw new DomainException($"De gevisiteerde krijgt minstens {KortsteReactietermijnDagen} dagen om op het conceptrapport te reageren.");
        Naam = naam.Trim();
        CadansMaanden = cadansMaanden;
        ReactietermijnDagen = reactietermijnDagen;
        GewijzigdOp = now;
    }

    /// <summary>Replaces the perspectives: a new version, so a visitatie under way keeps scoring on the ones it opened with.</summary>
    public void WijzigPerspectieven(IReadOnlyList<Perspectief> perspectieven, DateTimeOffset now)
    {
        ZetPerspectieven(perspectieven);
        PerspectievenVersie++;
        GewijzigdOp = now;
    }

    /// <summary>When a subject last reviewed on <paramref name="vorige"/> is due again (never reviewed: now).</summary>
    public DateOnly VolgendeOp(DateOnly? vorige, DateOnly vandaag) => vorige is { } v ? v.AddMonths(CadansMaanden) : vandaag;

    private void ZetPerspectieven(IReadOnlyList<Perspectief> perspectieven)
    {
        if (perspectieven.Count is 0 or > MeestePerspectieven)
            throw new DomainException($"Een cyclus scoort op één tot {MeestePerspectieven} perspectieven.");
        if (perspectieven.Any(p => Tekst.IsBlank(p.Naam) || Tekst.IsBlank(p.Omschrijving)))
            throw new DomainException("Elk perspectief heeft een naam en zegt waar het panel naar kijkt.");
        if (perspectieven.Select(p => p.Naam.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() != perspectieven.Count)
            throw new DomainException("Twee perspectieven hebben dezelfde naam.");
        Perspectieven = [.. perspectieven.Select(p => p with { Naam = p.Naam.Trim(), Omschrijving = p.Omschrijving.Trim() })];
    }
}
