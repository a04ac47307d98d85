using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Regels;
using Gemeenschapskracht.Domain.Wijkbudgetten;
using Gemeenschapskracht.Domain.Persoonsgegevens;

namespace Gemeenschapskracht.Domain.Dienstverleningsafspraken;

/// <summary>The residents' role in the professional work (R4.3).</summary>
public enum Opdrachtgeverschap
{
    /// <summary>The bewonersorganisatie commissions the work itself.</summary>
    Opdrachtgever,

    /// <summary>The bewonersorganisatie commissions it together with the gemeente.</summary>
    MedeOpdrachtgever,

    /// <summary>The gemeente commissions; the residents have a steering voice in it.</summary>
    SturendeStem,
}

public enum SoortWerk
{
    Opbouwwerk,
    Jongerenwerk,
    Buurtwerk,
    Ouderenwerk,
    Overig,
}

public enum DienstverleningsafspraakStatus
{
    Verkend,
    Afgesproken,
    Actief,
    Geevalueerd,
    Beeindigd,
}

/// <summary>Who signs: the bewonersorganisatie (as opdrachtgever) and the professional provider.</summary>
public enum Partij
{
    Bewonersorganisatie,
    Aanbieder,
}

/// <summary>The residents' say, each a described right: in selecting the professionals, in steering the work, in reviewing it.</summary>
public sealed record Zeggenschap(string Selectie, string Sturing, string Evaluatie);

public sealed record Ondertekening(Partij Partij, string Door, DateTimeOffset Op);

/// <summary>The review moment of one year of the period; the bewonersorganisatie records its summary.</summary>
public sealed record Evaluatiemoment(int Jaar, string? Samenvatting, string? VastgelegdDoor, DateTimeOffset? VastgelegdOp)
{
    public bool IsVastgelegd => VastgelegdOp is not null;
}

/// <summary>What the parties agree on; the same for a new agreement and a changed one.</summary>
/// <param name="UrenPerWeek">The professionals' hours a week in the wijk, together.</param>
/// <param name="Jaarprijs">What the work costs the budget line a year (all in: hours, travel, overhead).</param>
public sealed record Afspraakinhoud(
    Guid BewonersorganisatieId, Guid AanbiederId, Opdrachtgeverschap Vorm, SoortWerk SoortWerk, string Resultaten, string Werkwijze,
    decimal UrenPerWeek, Bedrag Jaarprijs, DateOnly Van, DateOnly Tot, Zeggenschap Zeggenschap, IReadOnlyList<string> Professionals);

/// <summary>
/// A dienstverleningsafspraak (R4.3): a bewonersorganisatie commissions, or co-commissions with the gemeente, or steers
/// professional work in its wijk (opbouwwerk, jongerenwerk, …), paid from a line of the wijkbudget. It says what the
/// work is to achieve and how it is done, never production counts (G-5); the hours a week and the price a year; the
/// residents' say in selection, steering and review; a review moment in every year of the period. Both parties sign
/// before it is agreed; the gemeente starts it once the wijkbudget is granted.
/// </summary>
[Verwerking("Dienstverleningsafspraken",
    "Afspraken met een welzijnsorganisatie over wat zij in de wijk doet, met de professionals die het doen.",
    "Algemeen belang (AVG art. 6 lid 1 sub e) en de subsidieverlening (Awb titel 4.2).",
    "Professionals",
    "Zolang de beschikking bewaard wordt (Archiefwet).")]
public sealed class Dienstverleningsafspraak : IAudited, IPersoonsgegevensHouder
{
    public const decimal MeesteUrenPerWeek = 200;

    private Dienstverleningsafspraak() { }

    public Dienstverleningsafspraak(Wijkbudget budget, Guid budgetregelId, Afspraakinhoud inhoud, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        Zet(budget, budgetregelId, inhoud);
        Status = DienstverleningsafspraakStatus.Verkend;
        AangemaaktOp = now;
        GewijzigdOp = now;
    }

    public Guid Id { get; private set; }

    /// <summary>The wijk of the wijkbudget it is paid from.</summary>
    public Guid WijkId { get; private set; }

    public Guid WijkbudgetId { get; private set; }

    public Guid BudgetregelId { get; private set; }

    /// <summary>The opdrachtgever (or mede-opdrachtgever, or the steering voice).</summary>
    public Guid BewonersorganisatieId { get; private set; }

    /// <summary>The professional provider, e.g. a welzijnsorganisatie.</summary>
    public Guid AanbiederId { get; private set; }

    public Opdrachtgeverschap Vorm { get; private set; }

    public SoortWerk SoortWerk { get; private set; }

    public string Resultaten { get; private set; } = "";

    public string Werkwijze { get; private set; } = "";

    public decimal UrenPerWeek { get; private set; }

    public Bedrag Jaarprijs { get; private set; }

    public DateOnly Van { get; private set; }

    public DateOnly Tot { get; private set; }

    public Zeggenschap Zeggenschap { get; private set; } = new("", "", "");

    /// <summary>The professionals named in the agreement, if any (names of people).</summary>
    [Persoonsgegeven("Namen van de genoemde professionals")]
    public List<string> Professionals { get; private set; } = [];

    public DienstverleningsafspraakStatus Status { get; private set; }

    public IReadOnlyList<Ondertekening> Ondertekeningen { get; private set; } = [];

    public IReadOnlyList<Evaluatiemoment> Evaluatiemomenten { get; private set; } = [];

    public DateTimeOffset? GestartOp { get; private set; }

    public string? Beeindigingsreden { get; private set; }

    public DateOnly? BeeindigdOp { get; private set; }

    public DateTimeOffset AangemaaktOp { get; private set; }

    public DateTimeOffset GewijzigdOp { get; private set; }

    /// <summary>What the whole period costs the line: the price a year for every calendar year of the period.</summary>
    public Bedrag Totaalprijs => new(checked(Jaarprijs.Eurocent * (Tot.Year - Van.Year + 1)));

    /// <summary>
    /// What the agreement takes from its wijkbudget line (R4.3): nothing while it is only explored, the whole period once
    /// both parties signed, and once ended the calendar years it ran (nothing when it never started).
    /// </summary>
    public Bedrag Vastgelegd => Status switch
    {
        DienstverleningsafspraakStatus.Verkend => Bedrag.Nul,
        DienstverleningsafspraakStatus.Beeindigd when GestartOp is null => Bedrag.Nul,
        DienstverleningsafspraakStatus.Beeindigd =>
            new(checked(Jaarprijs.Eurocent * Math.Clamp(BeeindigdOp!.Value.Year - Van.Year + 1, 0, Tot.Year - Van.Year + 1))),
        _ => Totaalprijs,
    };

    /// <summary>
    /// Changes what was explored; only while it is Verkend. Signatures already placed are withdrawn: they were for the
    /// text as it was.
    /// </summary>
    public void Wijzig(Wijkbudget budget, Guid budgetregelId, Afspraakinhoud inhoud, DateTimeOffset now)
    {
        if (Status != DienstverleningsafspraakStatus.Verkend)
            throw new DomainException("Een afspraak die beide partijen hebben ondertekend, verandert niet meer; beëindig haar en maak een nieuwe.");
        Zet(budget, budgetregelId, inhoud);
        Ondertekeningen = [];
        GewijzigdOp = now;
    }

    /// <summary>
    /// A party signs for its own organisation, once; the bewonersorganisatie as opdrachtgever. When both have signed the
    /// agreement is Afgesproken.
    /// </summary>
    public Partij Onderteken(Guid organisatieId, string door, DateTimeOffset now)
    {
        if (Status != DienstverleningsafspraakStatus.Verkend)
            throw new DomainException("Deze afspraak is al ondertekend door beide partijen.");
        Partij partij = organisatieId == BewonersorganisatieId ? Partij.Bewonersorganisatie
            : organisatieId == AanbiederId ? Partij.Aanbieder
            : throw new DomainException("Alleen de bewonersorganisatie en de aanbieder van deze afspraak ondertekenen haar.");
        if (Ondertekeningen.Any(o => o.Partij == partij))
            throw new DomainException(partij == Partij.Bewonersorganisatie
                ? "De bewonersorganisatie heeft deze afspraak al ondertekend."
                : "De aanbieder heeft deze afspraak al ondertekend.");
        Ondertekeningen = [.. Ondertekeningen, new Ondertekening(partij, door, now)];
        if (Ondertekeningen.Count == 2)
            Status = DienstverleningsafspraakStatus.Afgesproken;
        GewijzigdOp = now;
        return partij;
    }

    /// <summary>The gemeente starts the agreed work, paid from a wijkbudget the raad granted.</summary>
    public void Activeer(Wijkbudget budget, DateTimeOffset now)
    {
        if (Status != DienstverleningsafspraakStatus.Afgesproken)
            throw new DomainException("Alleen een afspraak die beide partijen hebben ondertekend, gaat van start.");
        if (budget.Id != WijkbudgetId || budget.Status is not (WijkbudgetStatus.Toegekend or WijkbudgetStatus.Lopend))
            throw new DomainException("De afspraak gaat van start als de raad het wijkbudget waaruit zij betaald wordt, heeft toegekend.");
        Status = DienstverleningsafspraakStatus.Actief;
        GestartOp = now;
        GewijzigdOp = now;
    }

    /// <summary>
    /// The bewonersorganisatie records the review of one year, in that year or after, once. When every year is reviewed
    /// the agreement is Geëvalueerd.
    /// </summary>
    public Evaluatiemoment Evalueer(int jaar, Guid organisatieId, string samenvatting, string door, DateTimeOffset now)
    {
        if (Status != DienstverleningsafspraakStatus.Actief)
            throw new DomainException("Een evaluatiemoment wordt vastgelegd terwijl de afspraak loopt.");
        if (organisatieId != BewonersorganisatieId)
            throw new DomainException("De bewonersorganisatie, als opdrachtgever, legt het evaluatiemoment vast.");
        var moment = Evaluatiemomenten.FirstOrDefault(m => m.Jaar == jaar)
            ?? throw new DomainException($"De afspraak loopt van {Van.Year} tot en met {Tot.Year}; {jaar} heeft geen evaluatiemoment.");
        if (moment.IsVastgelegd)
            throw new DomainException($"Het evaluatiemoment van {jaar} is al vastgelegd.");
        if (jaar > Kalender.Dag(now).Year)
            throw new DomainException($"Het evaluatiemoment van {jaar} wordt in {jaar} vastgelegd, niet eerder.");
        if (Tekst.IsBlank(samenvatting))
            throw new DomainException("Vat samen wat de bewoners van het werk vinden.");
        var vastgelegd = moment with { Samenvatting = samenvatting.Trim(), VastgelegdDoor = door, VastgelegdOp = now };
        Evaluatiemomenten = Evaluatiemomenten.Select(m => m.Jaar == jaar ? vastgelegd : m).ToList();
        if (Evaluatiemomenten.All(m => m.IsVastgelegd))
            Status = DienstverleningsafspraakStatus.Geevalueerd;
        GewijzigdOp = now;
        return vastgelegd;
    }

    /// <summary>The gemeente ends an agreement that is not yet reviewed to the end, always with its reason (G-9: never silently).</summary>
    [Regel(Regelcatalogus.G9)]
    public void Beeindig(string reden, DateTimeOffset now)
    {
        if (Status is DienstverleningsafspraakStatus.Geevalueerd or DienstverleningsafspraakStatus.Beeindigd)
            throw new DomainException("Deze afspraak is al afgerond.");
        if (Tekst.IsBlank(reden))
            throw new DomainException("Geef de reden waarom de afspraak eindigt; een afspraak eindigt nooit stil (G-9).");
        Status = DienstverleningsafspraakStatus.Beeindigd;
        Beeindigingsreden = reden.Trim();
        BeeindigdOp = Kalender.Dag(now);
        GewijzigdOp = now;
    }

    private void Zet(Wijkbudget budget, Guid budgetregelId, Afspraakinhoud inhoud)
    {
        if (budget.IsAfgesloten)
            throw new DomainException("Dit wijkbudget is afgesloten; kies het wijkbudget dat nu geldt.");
        var regel = budget.Regels.FirstOrDefault(r => r.Id == budgetregelId)
            ?? throw new DomainException("De begrotingsregel staat niet in dit wijkbudget; kies een regel van het wijkbudget.");
        if (inhoud.BewonersorganisatieId == inhoud.AanbiederId)
            throw new DomainException("De bewonersorganisatie is niet ook de aanbieder: een afspraak heeft twee partijen.");
        if (Tekst.IsBlank(inhoud.Resultaten))
            throw new DomainException("Beschrijf de resultaten waar het werk naar streeft.");
        if (Tekst.IsBlank(inhoud.Werkwijze))
            throw new DomainException("Beschrijf de werkwijze.");
        Productietelling.Weiger("De resultaten", inhoud.Resultaten);
        Productietelling.Weiger("De werkwijze", inhoud.Werkwijze);
        if (inhoud.UrenPerWeek <= 0 || inhoud.UrenPerWeek > MeesteUrenPerWeek)
            throw new DomainException($"De uren per week liggen tussen 0 en {MeesteUrenPerWeek}.");
        if (inhoud.Jaarprijs <= Bedrag.Nul)
            throw new DomainException("De prijs per jaar is groter dan nul.");
        if (inhoud.Tot <= inhoud.Van)
            throw new DomainException("De afspraak eindigt na haar begindatum.");
        if (inhoud.Van.Year < budget.StartJaar || inhoud.Tot.Year > budget.EindJaar)
            throw new DomainException($"De afspraak valt binnen de periode van het wijkbudget ({budget.StartJaar} tot en met {budget.EindJaar}); meerjarig mag, daarbuiten niet.");
        var tekort = Enumerable.Range(inhoud.Van.Year, inhoud.Tot.Year - inhoud.Van.Year + 1).Where(j => regel.In(j) < inhoud.Jaarprijs).ToList();
        if (tekort.Count > 0)
            throw new DomainException($"De prijs per jaar ({inhoud.Jaarprijs}) is meer dan de begrotingsregel '{regel.Doel}' heeft in {string.Join(", ", tekort)}.");
        var z = inhoud.Zeggenschap;
        if (Tekst.IsBlank(z.Selectie) || Tekst.IsBlank(z.Sturing) || Tekst.IsBlank(z.Evaluatie))
            throw new DomainException("Beschrijf de zeggenschap van de bewoners in de selectie, de sturing en de evaluatie van het werk.");
        var professionals = inhoud.Professionals.Where(p => !Tekst.IsBlank(p)).Select(p => p.Trim()).ToList();
        if (professionals.Distinct(StringComparer.OrdinalIgnoreCase).Count() != professionals.Count)
            throw new DomainException("Elke professional staat maar één keer in de afspraak.");

        WijkId = budget.WijkId;
        WijkbudgetId = budget.Id;
        BudgetregelId = regel.Id;
        BewonersorganisatieId = inhoud.BewonersorganisatieId;
        AanbiederId = inhoud.AanbiederId;
        Vorm = inhoud.Vorm;
        SoortWerk = inhoud.SoortWerk;
        Resultaten = inhoud.Resultaten.Trim();
        Werkwijze = inhoud.Werkwijze.Trim();
        UrenPerWeek = inhoud.UrenPerWeek;
        Jaarprijs = inhoud.Jaarprijs;
        Van = inhoud.Van;
        Tot = inhoud.Tot;
        Zeggenschap = new Zeggenschap(z.Selectie.Trim(), z.Sturing.Trim(), z.Evaluatie.Trim());
        Professionals = professionals;
        Evaluatiemomenten = Enumerable.Range(Van.Year, Tot.Year - Van.Year + 1).Select(j => new Evaluatiemoment(j, null, null, null)).ToList();
    }

    public IReadOnlyList<Gegeven> GegevensVan(Betrokkene betrokkene) =>
        Professionals.Where(betrokkene.Herkent).Select(p => new Gegeven("Professional", p)).ToList();

    [Regel(Regelcatalogus.Avg17)]
    public void Anonimiseer(Betrokkene betrokkene, string pseudoniem, DateTimeOffset now)
    {
        if (Professionals.Any(betrokkene.Herkent))
            Professionals = Professionals.Select(p => betrokkene.Herkent(p) ? pseudoniem : p).ToList();
    }
}
