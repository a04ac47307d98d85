using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Regels;
using Gemeenschapskracht.Domain.Wijkbudgetten;

namespace Gemeenschapskracht.Domain.Subsidies;

public enum RegelingStatus
{
    Ontwerp,
    Gepubliceerd,
    Open,
    Gesloten,
}

/// <summary>The most that may be granted under a regeling in a period (Awb 4:25), drawn from wijkbudget lines.</summary>
public sealed record Subsidieplafond(Bedrag Bedrag, DateOnly Van, DateOnly Tot);

public enum MededingingsSoort
{
    /// <summary>A published call that gave every candidate a fair chance to apply.</summary>
    OpenOproep,

    /// <summary>Only one candidate can qualify, with the written motivation why.</summary>
    EnigeKandidaat,
}

/// <summary>
/// How the gemeente gave candidates room to compete for a scarce subsidy (ABRvS 2018:2310, 2025:3399): the published
/// call, or the motivation why only one candidate can qualify.
/// </summary>
public sealed record Mededingingsruimte(MededingingsSoort Soort, string Verantwoording, DateOnly Datum);

/// <summary>
/// A subsidieregeling (Awb titel 4.2) on a wijkbudget: its legal basis in the verordening (4:23), the budget lines it
/// draws on, the plafond for its period (4:25), criteria and way of distribution published before applications open,
/// the beslistermijn, and the mededingingsruimte record without which it cannot open. What is granted is kept on the
/// regeling, so a grant beyond the plafond is refused whatever arrives at once (<see cref="Versie"/> is a concurrency token).
/// </summary>
public sealed class Subsidieregeling : IAudited
{
    public const int StandaardBeslistermijnWeken = 8;

    private Subsidieregeling() { }

    public Subsidieregeling(string titel, string grondslag, Wijkbudget budget, IReadOnlyList<Guid> regelIds, Subsidieplafond plafond,
        IReadOnlyList<Toetsingscriterium> criteria, string verdeelwijze, string aanvragers, int beslistermijnWeken, Bedrag vierOgenVanaf, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        AangemaaktOp = now;
        Status = RegelingStatus.Ontwerp;
        Wijzig(titel, grondslag, budget, regelIds, plafond, criteria, verdeelwijze, aanvragers, beslistermijnWeken, vierOgenVanaf, now);
    }

    public Guid Id { get; private set; }

    public string Titel { get; private set; } = "";

    /// <summary>The article of the subsidieverordening the regeling rests on (Awb 4:23 lid 1).</summary>
    public string Grondslag { get; private set; } = "";

    public Guid WijkbudgetId { get; private set; }

    public IReadOnlyList<Guid> RegelIds { get; private set; } = [];

    public Subsidieplafond Plafond { get; private set; } = null!;

    /// <summary>The criteria applications are scored on, each with the short rubric of <see cref="Rubriekniveau"/>.</summary>
    public IReadOnlyList<Toetsingscriterium> Criteria { get; private set; } = [];

    public string Verdeelwijze { get; private set; } = "";

    /// <summary>Who may apply, e.g. "bewonersorganisaties en bewonersgroepen in de wijk, ook zonder rechtspersoon via een host".</summary>
    public string Aanvragers { get; private set; } = "";

    public int BeslistermijnWeken { get; private set; }

    /// <summary>From this amount two different reviewers judge an application before it is granted (four eyes).</summary>
    public Bedrag VierOgenVanaf { get; private set; }

    public Mededingingsruimte? Mededingingsruimte { get; private set; }

    public RegelingStatus Status { get; private set; }

    /// <summary>The sum granted under the plafond so far.</summary>
    public Bedrag Verleend { get; private set; }

    /// <summary>Raised by every grant: two grants that both read the same remainder cannot both be saved.</summary>
    [Regel(Regelcatalogus.Awb4_25)]
    public int Versie { get; private set; }

    public DateTimeOffset AangemaaktOp { get; private set; }

    public DateTimeOffset GewijzigdOp { get; private set; }

    public DateTimeOffset? GepubliceerdOp { get; private set; }

    public Bedrag Resterend => Plafond.Bedrag - Verleend;

    [Regel(Regelcatalogus.Awb4_23)]
    [Regel(Regelcatalogus.Awb4_25)]
    public void Wijzig(string titel, string grondslag, Wijkbudget budget, IReadOnlyList<Guid> regelIds, Subsidieplafond plafond,
        IReadOnlyList<Toetsingscriterium> criteria, string verdeelwijze, string aanvragers, int beslistermijnWeken, Bedrag vierOgenVanaf, DateTimeOffset now)
    {
        if (Status != RegelingStatus.Ontwerp)
            throw new DomainException("Een gepubliceerde regeling wordt niet meer gewijzigd; de plafonds en criteria zijn bekendgemaakt.");
        if (Tekst.IsBlank(titel))
            throw new DomainException("Geef de regeling een titel.");
        if (Tekst.IsBlank(grondslag))
            throw new DomainException("Een subsidie vraagt een wettelijke grondslag: noem het artikel van de subsidieverordening (Awb 4:23).");
        if (budget.Status is not (WijkbudgetStatus.Toegekend or WijkbudgetStatus.Lopend))
            throw new DomainException("Een regeling verdeelt geld van een wijkbudget dat de raad heeft toegekend.");
        if (regelIds.Count == 0 || regelIds.Any(id => budget.Regels.All(r => r.Id != id)))
            throw new DomainException("Kies de begrotingsregels van het wijkbudget waaruit de regeling put.");
        if (plafond.Tot < plafond.Van)
            throw new DomainException("Het tijdvak van het subsidieplafond eindigt na het begin.");
        if (plafond.Bedrag <= Bedrag.Nul)
            throw new DomainException("Het subsidieplafond is groter dan nul.");
        if (plafond.Van.Year < budget.StartJaar || plafond.Tot.Year > budget.EindJaar)
            throw new DomainException($"Het tijdvak van het plafond valt binnen de periode van het wijkbudget ({budget.StartJaar}–{budget.EindJaar}).");
        var ruimte = budget.Regels.Where(r => regelIds.Contains(r.Id))
            .Aggregate(Bedrag.Nul, (som, r) => Enumerable.Range(plafond.Van.Year, plafond.Tot.Year - plafond.Van.Year + 1).Aggregate(som, (s, j) => s + r.In(j)));
        if (plafond.Bedrag > ruimte)
            throw new DomainException($"Het plafond van {plafond.Bedrag} is hoger dan de gekozen begrotingsregels in dat tijdvak bieden ({ruimte}).");
        if (beslistermijnWeken is < 1 or > 26)
            throw new DomainException("De beslistermijn ligt tussen 1 en 26 weken.");
        if (criteria.Any(c => Tekst.IsBlank(c.Naam) || Tekst.IsBlank(c.Toelichting)))
            throw new DomainException("Geef ieder criterium een korte naam en zeg wat het vraagt.");
        if (criteria.Select(c => c.Naam.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() != criteria.Count)
            throw new DomainException("Twee criteria hebben dezelfde naam; beoordelaars scoren per criterium, dus iedere naam komt één keer voor.");
        if (vierOgenVanaf <= Bedrag.Nul)
            throw new DomainException("Geef het bedrag vanaf welk twee beoordelaars een aanvraag beoordelen.");
        Titel = titel.Trim();
        Grondslag = grondslag.Trim();
        WijkbudgetId = budget.Id;
        RegelIds = regelIds;
        Plafond = plafond;
        Criteria = criteria.Select(c => new Toetsingscriterium(c.Naam.Trim(), c.Toelichting.Trim())).ToList();
        Verdeelwijze = verdeelwijze.Trim();
        Aanvragers = aanvragers.Trim();
        BeslistermijnWeken = beslistermijnWeken;
        VierOgenVanaf = vierOgenVanaf;
        GewijzigdOp = now;
    }

    /// <summary>Awb 4:25 lid 3: the plafond, the criteria and the way of distribution are published before applications open.</summary>
    [Regel(Regelcatalogus.Awb4_25)]
    public void Publiceer(DateTimeOffset now)
    {
        if (Status != RegelingStatus.Ontwerp)
            throw new DomainException("Deze regeling is al gepubliceerd.");
        if (Criteria.Count == 0 || Tekst.IsBlank(Verdeelwijze) || Tekst.IsBlank(Aanvragers))
            throw new DomainException("Publiceer de regeling met haar criteria, de wijze van verdelen en wie mag aanvragen (Awb 4:25).");
        Status = RegelingStatus.Gepubliceerd;
        GepubliceerdOp = now;
        GewijzigdOp = now;
    }

    [Regel(Regelcatalogus.Abrvs2018_2310)]
    public void LegMededingingsruimteVast(Mededingingsruimte ruimte, DateTimeOffset now)
    {
        if (Status is RegelingStatus.Open or RegelingStatus.Gesloten)
            throw new DomainException("De mededingingsruimte wordt vastgelegd voordat de regeling opengaat.");
        if (Tekst.IsBlank(ruimte.Verantwoording))
            throw new DomainException(ruimte.Soort == MededingingsSoort.OpenOproep
                ? "Beschrijf de openbare oproep: waar en hoe iedere kandidaat een eerlijke kans kreeg."
                : "Motiveer schriftelijk waarom maar één kandidaat in aanmerking komt.");
        if (ruimte.Datum > Kalender.Dag(now))
            throw new DomainException("De oproep of motivering is gedateerd op of voor vandaag.");
        Mededingingsruimte = ruimte with { Verantwoording = ruimte.Verantwoording.Trim() };
        GewijzigdOp = now;
    }

    /// <summary>Opens the application period: only published (4:25) and with its mededingingsruimte on record.</summary>
    [Regel(Regelcatalogus.Awb4_25)]
    [Regel(Regelcatalogus.Abrvs2018_2310)]
    public void Open(DateTimeOffset now)
    {
        if (Status != RegelingStatus.Gepubliceerd)
            throw new DomainException(Status == RegelingStatus.Ontwerp
                ? "Een regeling gaat pas open nadat zij met plafond en criteria is gepubliceerd (Awb 4:25)."
                : "Deze regeling is al open geweest.");
        if (Mededingingsruimte is null)
            throw new DomainException("Leg eerst de mededingingsruimte vast: de openbare oproep, of de motivering waarom maar één kandidaat in aanmerking komt.");
        Status = RegelingStatus.Open;
        GewijzigdOp = now;
    }

    public void EnsureOpen()
    {
        if (Status != RegelingStatus.Open)
            throw new DomainException("Voor deze regeling kan nu niet worden aangevraagd: zij is niet open.");
    }

    /// <summary>
    /// Takes a grant from the plafond. Awb 4:25 lid 2: what does not fit in the remainder is refused, never granted above it.
    /// </summary>
    [Regel(Regelcatalogus.Awb4_25)]
    internal void NeemVanPlafond(Bedrag bedrag, DateTimeOffset now)
    {
        if (bedrag > Resterend)
            throw new DomainException($"Het subsidieplafond is bereikt: er resteert {Resterend}, aangevraagd is {bedrag}. Een aanvraag boven het plafond wordt geweigerd (Awb 4:25 lid 2).");
        Verleend += bedrag;
        Versie++;
        GewijzigdOp = now;
    }
}
