using System.Numerics;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Regels;
using Gemeenschapskracht.Domain.Wijkbudgetten;

namespace Gemeenschapskracht.Domain.Subsidies;

/// <summary>A year's part of a (multi-year) grant; the year is under begrotingsvoorbehoud until its begroting is adopted (Awb 4:34).</summary>
public sealed record Beschikkingsjaar(int Jaar, Bedrag Bedrag);

/// <summary>
/// One advance payment of the grant (Awb 4:95): its date and amount, the payment batch it went out in, and when it was
/// paid with the bank's reference. The vaststelling later offsets the voorschotten against the final amount.
/// </summary>
public sealed record Voorschot(int Nummer, int Jaar, DateOnly Datum, Bedrag Bedrag, Guid? BetaalopdrachtId, DateOnly? BetaaldOp, string? Betalingskenmerk)
{
    public bool IsBetaald => BetaaldOp is not null;
}

/// <summary>
/// The decision on an application as the applicant receives it: a verlening with the amount, the activities and
/// obligations, the amounts per year (each year under begrotingsvoorbehoud until its begroting is adopted, Awb 4:34)
/// and the schedule of voorschotten; or a weigering with its ground. A multi-year grant is decided once for the
/// whole period (G-2). <see cref="Versie"/> is a concurrency token, so a voorschot is never put in two payment batches.
/// </summary>
public sealed class Beschikking : IAudited
{
    /// <summary>Up to this amount the voorschot of a year is paid at once; above it, per quarter.</summary>
    public static readonly Bedrag EenmaligVoorschotTot = new(25_000_00);

    /// <summary>The recipient is reminded of the report this many weeks before it is due.</summary>
    public const int HerinneringWekenVooraf = 4;

    /// <summary>A subsidy drawn in the steekproef shows within this many weeks that the activities took place.</summary>
    public const int SteekproefVerslagWeken = 6;

    private Beschikking() { }

    private Beschikking(Subsidieaanvraag aanvraag, BesluitSoort soort, Bedrag bedrag, string motivering, string? activiteiten,
        IReadOnlyList<string> verplichtingen, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        Kenmerk = $"SUB-{Kalender.Dag(now).Year}-{Id.ToString("N")[^8..].ToUpperInvariant()}";
        AanvraagId = aanvraag.Id;
        RegelingId = aanvraag.RegelingId;
        OrganisatieId = aanvraag.OrganisatieId;
        Soort = soort;
        Bedrag = bedrag;
        Van = aanvraag.Van;
        Tot = aanvraag.Tot;
        Motivering = motivering.Trim();
        Activiteiten = activiteiten;
        Verplichtingen = verplichtingen;
        GenomenOp = now;
        GewijzigdOp = now;
    }

    public Guid Id { get; private set; }

    /// <summary>The reference on the letter and on every payment, e.g. "SUB-2026-1A2B3C4D".</summary>
    public string Kenmerk { get; private set; } = "";

    public Guid AanvraagId { get; private set; }

    public Guid RegelingId { get; private set; }

    public Guid OrganisatieId { get; private set; }

    public BesluitSoort Soort { get; private set; }

    public Bedrag Bedrag { get; private set; }

    public DateOnly Van { get; private set; }

    public DateOnly Tot { get; private set; }

    /// <summary>Why it is granted, or the ground of the refusal (e.g. the plafond is reached, Awb 4:25 lid 2).</summary>
    public string Motivering { get; private set; } = "";

    /// <summary>The activities the subsidy is for (Awb 4:29); null for a weigering.</summary>
    public string? Activiteiten { get; private set; }

    /// <summary>The obligations that come with the grant (Awb 4:37–4:39).</summary>
    public IReadOnlyList<string> Verplichtingen { get; private set; } = [];

    public IReadOnlyList<Beschikkingsjaar> Jaren { get; private set; } = [];

    public IReadOnlyList<Voorschot> Voorschotten { get; private set; } = [];

    /// <summary>What the recipient reports afterwards, by the tiers in force at the grant; null for a weigering.</summary>
    [Regel(Regelcatalogus.UskNiveau)]
    public Verantwoordingsniveau? Niveau { get; private set; }

    /// <summary>The version of the gemeente's <see cref="Verantwoordingskader"/> the tier was taken from (0: the Uniform Subsidiekader).</summary>
    [Regel(Regelcatalogus.UskNiveau)]
    public int? KaderVersie { get; private set; }

    /// <summary>When the report is due; null where no report is asked.</summary>
    public DateOnly? VerslagUiterlijk { get; private set; }

    /// <summary>Drawn in the steekproef of its tier: then it shows, after all, that the activities took place.</summary>
    public bool InSteekproef { get; private set; }

    public Guid? VaststellingId { get; private set; }

    /// <summary>The day the verlening was withdrawn altogether (Awb 4:48, 4:50); null while it stands.</summary>
    public DateOnly? IngetrokkenOp { get; private set; }

    /// <summary>For a weigering of an organisation subsidised three years or more in a row: until when the phase-out runs (Awb 4:51).</summary>
    public DateOnly? AfbouwTot { get; private set; }

    /// <summary>When the recipient was reminded, <see cref="HerinneringWekenVooraf"/> weeks ahead, that the report is due; once.</summary>
    public DateOnly? VerslagHerinnerdOp { get; private set; }

    /// <summary>When the recipient was told that the report's due date passed without one; once.</summary>
    public DateOnly? VerslagAangemaandOp { get; private set; }

    public DateTimeOffset GenomenOp { get; private set; }

    public DateTimeOffset GewijzigdOp { get; private set; }

    public int Versie { get; private set; }

    /// <summary>Whether a report is asked: from the second tier, or in the lowest when drawn in the steekproef.</summary>
    public bool VraagtVerslag => Soort == BesluitSoort.Verlening && Niveau is { } niveau && (niveau != Verantwoordingsniveau.ZonderVerslag || InSteekproef);

    public Bedrag Betaald => Voorschotten.Where(v => v.IsBetaald).Aggregate(Bedrag.Nul, (som, v) => som + v.Bedrag);

    public static IReadOnlyList<string> StandaardVerplichtingen { get; } =
    [
        "U voert de activiteiten uit zoals u ze beschreef, of u meldt ons op tijd wanneer dat anders loopt.",
        "U gebruikt de subsidie alleen voor deze activiteiten.",
        "Na afloop laat u ons weten wat er is gebeurd, op de lichte manier die bij het bedrag hoort.",
    ];

    /// <summary>
    /// The beschikking tot verlening of a granted application: the amount divided over the calendar years of the period
    /// in proportion to their days, and the voorschotten: per year at once up to <see cref="EenmaligVoorschotTot"/>, per
    /// quarter above it, never dated before the decision. All in whole cents that add up to the grant exactly.
    /// </summary>
    [Regel(Regelcatalogus.Awb4_29)]
    internal static Beschikking Verlening(Subsidieaanvraag aanvraag, Bedrag bedrag, string motivering, string activiteiten,
        IReadOnlyList<string> verplichtingen, Verantwoordingskader kader, DateTimeOffset now)
    {
        if (Tekst.IsBlank(activiteiten))
            throw new DomainException("Noem de activiteiten waarvoor de subsidie wordt verleend (Awb 4:29).");
        if (verplichtingen.Any(Tekst.IsBlank))
            throw new DomainException("Een verplichting is leeg; schrijf haar uit of laat haar weg.");
        var beschikking = new Beschikking(aanvraag, BesluitSoort.Verlening, bedrag, motivering, activiteiten.Trim(),
            verplichtingen.Count == 0 ? StandaardVerplichtingen : verplichtingen.Select(v => v.Trim()).ToList(), now);
        beschikking.Jaren = VerdeelOverJaren(bedrag, aanvraag.Van, aanvraag.Tot);
        beschikking.Voorschotten = Schema(beschikking.Jaren, bedrag, aanvraag.Van, aanvraag.Tot, Kalender.Dag(now));
        beschikking.Niveau = kader.NiveauVoor(bedrag);
        beschikking.KaderVersie = kader.Versie;
        beschikking.VerslagUiterlijk = beschikking.Niveau == Verantwoordingsniveau.ZonderVerslag ? null : aanvraag.Tot.AddDays(7 * Verantwoordingskader.VerslagWekenNaAfloop);
        return beschikking;
    }

    [Regel(Regelcatalogus.Awb4_29)]
    internal static Beschikking Weigering(Subsidieaanvraag aanvraag, string grond, DateOnly? afbouwTot, DateTimeOffset now) =>
        new(aanvraag, BesluitSoort.Weigering, Bedrag.Nul, grond, null, [], now) { AfbouwTot = afbouwTot };

    [Regel(Regelcatalogus.G2)]
    [Regel(Regelcatalogus.Awb4_34)]
    private static List<Beschikkingsjaar> VerdeelOverJaren(Bedrag bedrag, DateOnly van, DateOnly tot)
    {
        var jaren = Enumerable.Range(van.Year, tot.Year - van.Year + 1).ToList();
        var dagen = jaren.Select(j => new BigInteger(Dagen(Later(van, new DateOnly(j, 1, 1)), Eerder(tot, new DateOnly(j, 12, 31))))).ToList();
        var delen = Verdeling.Verdeel(bedrag.Eurocent, dagen);
        return jaren.Select((j, i) => new Beschikkingsjaar(j, new Bedrag(delen[i]))).ToList();
    }

    [Regel(Regelcatalogus.Awb4_95)]
    private static List<Voorschot> Schema(IReadOnlyList<Beschikkingsjaar> jaren, Bedrag bedrag, DateOnly van, DateOnly tot, DateOnly besluitdag)
    {
        var voorschotten = new List<Voorschot>();
        foreach (var jaar in jaren.Where(j => j.Bedrag > Bedrag.Nul))
        {
            var kwartalen = bedrag <= EenmaligVoorschotTot
                ? [new DateOnly(jaar.Jaar, 1, 1)]
                : Enumerable.Range(0, 4).Select(k => new DateOnly(jaar.Jaar, 1 + 3 * k, 1)).Where(k => k <= tot && k.AddMonths(3) > van).ToList();
            var delen = Verdeling.Verdeel(jaar.Bedrag.Eurocent, kwartalen.Select(_ => BigInteger.One).ToList());
            var eerste = voorschotten.Count + 1;
            voorschotten.AddRange(kwartalen.Select((begin, i) =>
                new Voorschot(eerste + i, jaar.Jaar, Later(Later(begin, van), besluitdag), new Bedrag(delen[i]), null, null, null)));
        }
        return voorschotten;
    }

    /// <summary>
    /// Records that a voorschot was paid. A voorschot of a year still under begrotingsvoorbehoud is not paid until that
    /// year's begroting is adopted (Awb 4:34); a voorschot is paid once, and one in a payment batch is paid through it.
    /// </summary>
    [Regel(Regelcatalogus.Awb4_34)]
    public void RegistreerBetaling(int nummer, DateOnly betaaldOp, string kenmerk, Wijkbudget budget, DateTimeOffset now)
    {
        var voorschot = Betaalbaar(nummer, budget);
        if (voorschot.BetaalopdrachtId is not null)
            throw new DomainException($"Voorschot {nummer} staat in een betaalopdracht; het is betaald wanneer die betaalopdracht is uitgevoerd.");
        if (betaaldOp > Kalender.Dag(now))
            throw new DomainException("Een betaling wordt vastgelegd wanneer zij is gedaan, niet vooruit.");
        if (Tekst.IsBlank(kenmerk))
            throw new DomainException("Geef het kenmerk van de betaling, zoals het op het bankafschrift staat.");
        Vervang(voorschot with { BetaaldOp = betaaldOp, Betalingskenmerk = kenmerk.Trim() }, now);
    }

    /// <summary>Puts a due voorschot in a payment batch, so no other batch or manual payment takes it again.</summary>
    public void NeemOpIn(Guid betaalopdrachtId, int nummer, Wijkbudget budget, DateTimeOffset now)
    {
        var voorschot = Betaalbaar(nummer, budget);
        if (voorschot.BetaalopdrachtId is not null)
            throw new DomainException($"Voorschot {nummer} staat al in een betaalopdracht.");
        Vervang(voorschot with { BetaalopdrachtId = betaalopdrachtId }, now);
    }

    /// <summary>The bank executed the batch: its voorschotten are paid, with the batch's reference.</summary>
    public void BevestigBetaling(Guid betaalopdrachtId, DateOnly betaaldOp, string kenmerk, DateTimeOffset now)
    {
        foreach (var voorschot in Voorschotten.Where(v => v.BetaalopdrachtId == betaalopdrachtId && !v.IsBetaald).ToList())
            Vervang(voorschot with { BetaaldOp = betaaldOp, Betalingskenmerk = kenmerk }, now);
    }

    /// <summary>Whether a voorschot may go out now: due, unpaid, and its year's begroting adopted (Awb 4:34).</summary>
    [Regel(Regelcatalogus.Awb4_34)]
    [Regel(Regelcatalogus.Awb4_95)]
    public bool IsBetaalbaar(Voorschot voorschot, Wijkbudget budget, DateOnly tot) =>
        VaststellingId is null && !voorschot.IsBetaald && voorschot.BetaalopdrachtId is null && voorschot.Datum <= tot && IsVrijgegeven(budget, voorschot.Jaar);

    /// <summary>
    /// The vaststelling (Awb 4:45–4:47): at most the granted amount, lower only with the reason (4:46 lid 2), after the
    /// report its tier asks for (without one only for the lowest tier outside the steekproef), with the paid voorschotten
    /// offset (4:95). A voorschot still in an unexecuted payment batch must be paid first; the others are no longer paid.
    /// </summary>
    [Regel(Regelcatalogus.Awb4_46)]
    [Regel(Regelcatalogus.Awb4_47)]
    public Vaststelling StelVast(Bedrag bedrag, string? reden, Verantwoording? verslag, bool ambtshalve, DateTimeOffset now)
    {
        if (Soort != BesluitSoort.Verlening || Niveau is null)
            throw new DomainException("Een weigering wordt niet vastgesteld.");
        if (VaststellingId is not null)
            throw new DomainException("Deze subsidie is al vastgesteld.");
        if (IngetrokkenOp is not null)
            throw new DomainException($"Deze subsidieverlening is op {IngetrokkenOp:dd-MM-yyyy} ingetrokken; er valt niets meer vast te stellen.");
        if (bedrag < Bedrag.Nul || bedrag > Bedrag)
            throw new DomainException($"De subsidie wordt vastgesteld op ten hoogste het verleende bedrag, {Bedrag} (artikel 4:46 Awb).");
        if (bedrag < Bedrag && Tekst.IsBlank(reden))
            throw new DomainException("Een lager bedrag dan verleend noemt de reden: welke activiteiten niet zijn verricht of welke verplichting niet is nagekomen (artikel 4:46 lid 2 Awb).");
        var zonderVerslag = Niveau == Verantwoordingsniveau.ZonderVerslag && !InSteekproef;
        if (!zonderVerslag && verslag is null)
            throw new DomainException(InSteekproef
                ? "Deze subsidie is getrokken in de steekproef: zij wordt vastgesteld zodra de organisatie heeft laten zien dat de activiteiten zijn verricht."
                : "Deze subsidie wordt vastgesteld na het verslag dat bij haar bedrag hoort; dat is nog niet ingediend.");
        if (Voorschotten.Any(v => v.BetaalopdrachtId is not null && !v.IsBetaald))
            throw new DomainException("Een voorschot staat nog in een betaalopdracht die niet is uitgevoerd; leg eerst vast dat de bank haar heeft uitgevoerd.");
        var vaststelling = new Vaststelling(this, bedrag, reden, ambtshalve, now);
        VaststellingId = vaststelling.Id;
        Versie++;
        GewijzigdOp = now;
        return vaststelling;
    }

    /// <summary>Drawn in the steekproef: the recipient shows, after all, that the activities took place.</summary>
    [Regel(Regelcatalogus.UskSteekproef)]
    public void NeemOpInSteekproef(DateTimeOffset now)
    {
        if (Niveau != Verantwoordingsniveau.ZonderVerslag || VaststellingId is not null)
            throw new DomainException("Alleen een subsidie zonder verslag die nog niet is vastgesteld kan in de steekproef.");
        InSteekproef = true;
        VerslagUiterlijk = Later(Tot.AddDays(7 * Verantwoordingskader.VerslagWekenNaAfloop), Kalender.Dag(now).AddDays(7 * SteekproefVerslagWeken));
        Versie++;
        GewijzigdOp = now;
    }

    /// <summary>
    /// Whether the recipient is to be reminded today that the report is due (from <see cref="HerinneringWekenVooraf"/> weeks
    /// before the due date until it), once; records it when so.
    /// </summary>
    public bool HerinnerAanVerslag(bool verslagIngediend, DateTimeOffset now)
    {
        var vandaag = Kalender.Dag(now);
        if (!VerslagOpen(verslagIngediend) || VerslagHerinnerdOp is not null || vandaag < VerslagUiterlijk!.Value.AddDays(-7 * HerinneringWekenVooraf) || vandaag > VerslagUiterlijk)
            return false;
        VerslagHerinnerdOp = vandaag;
        Versie++;
        GewijzigdOp = now;
        return true;
    }

    /// <summary>Whether the recipient is to be told today that the report's due date passed without one, once; records it when so.</summary>
    public bool MaanAanVoorVerslag(bool verslagIngediend, DateTimeOffset now)
    {
        var vandaag = Kalender.Dag(now);
        if (!VerslagOpen(verslagIngediend) || VerslagAangemaandOp is not null || vandaag <= VerslagUiterlijk)
            return false;
        VerslagAangemaandOp = vandaag;
        Versie++;
        GewijzigdOp = now;
        return true;
    }

    /// <summary>
    /// Whether the gemeente sets this subsidy ambtshalve now: the lowest tier, not drawn in the steekproef, its period over,
    /// not yet set and no voorschot waiting in a payment batch. It is then set at the granted amount.
    /// </summary>
    [Regel(Regelcatalogus.Awb4_47)]
    public bool IsAmbtshalveVaststelbaar(DateTimeOffset now) =>
        Soort == BesluitSoort.Verlening && Niveau == Verantwoordingsniveau.ZonderVerslag && !InSteekproef && VaststellingId is null
        && Tot < Kalender.Dag(now) && !Voorschotten.Any(v => v.BetaalopdrachtId is not null && !v.IsBetaald);

    private bool VerslagOpen(bool verslagIngediend) => VraagtVerslag && VerslagUiterlijk is not null && VaststellingId is null && !verslagIngediend;

    /// <summary>
    /// Withdraws the verlening (a new amount of nil) or lowers it, before the vaststelling: on a ground of Awb 4:48, working
    /// back to the verlening unless a later date is named (lid 2); or of 4:50, only from a later date, and for an
    /// organisation subsidised three years or more in a row only after a phase-out term (4:51). The lower amount is taken
    /// from the last years and the last unpaid voorschotten first (under 4:50 only from those due on or after the date it
    /// takes effect); what was paid above it is reclaimed.
    /// </summary>
    [Regel(Regelcatalogus.Awb4_48)]
    [Regel(Regelcatalogus.Awb4_57)]
    [Regel(Regelcatalogus.Awb4_50)]
    [Regel(Regelcatalogus.Awb4_51)]
    [Regel(Regelcatalogus.G9)]
    public Wijzigingsbesluit WijzigVerlening(Wijzigingsgrond grond, Bedrag nieuw, string toelichting, DateOnly? ingang, DateOnly? afbouwTot,
        bool afbouwVereist, DateTimeOffset now)
    {
        if (Wijzigingsgronden.Betreft(grond) != WijzigingBetreft.Verlening)
            throw new DomainException($"De grond uit {Wijzigingsgronden.Artikel(grond)} geldt voor een vaststelling, niet voor een verlening.");
        if (Soort != BesluitSoort.Verlening)
            throw new DomainException("Een weigering wordt niet gewijzigd of ingetrokken; daartegen staat bezwaar open.");
        if (VaststellingId is not null)
            throw new DomainException("Deze subsidie is vastgesteld: wijzig of trek de vaststelling in (artikel 4:49 Awb).");
        if (IngetrokkenOp is not null)
            throw new DomainException($"Deze subsidieverlening is al ingetrokken op {IngetrokkenOp:dd-MM-yyyy}.");
        if (nieuw < Bedrag.Nul || nieuw >= Bedrag)
            throw new DomainException($"Een wijziging ten nadele geeft een lager bedrag dan nu verleend ({Bedrag}); met nul trekt u de verlening in.");
        if (Tekst.IsBlank(toelichting))
            throw new DomainException("Licht toe welke feiten de grond dragen; dat staat in de brief aan de organisatie.");
        if (Voorschotten.Any(v => v.BetaalopdrachtId is not null && !v.IsBetaald))
            throw new DomainException("Een voorschot staat nog in een betaalopdracht die niet is uitgevoerd; leg eerst vast dat de bank haar heeft uitgevoerd.");
        var vandaag = Kalender.Dag(now);
        var verleend = Kalender.Dag(GenomenOp);
        DateOnly werkingVanaf;
        if (grond == Wijzigingsgrond.VeranderdeOmstandigheden)
        {
            if (ingang is not { } later || later <= vandaag)
                throw new DomainException("Een wijziging of intrekking wegens veranderde omstandigheden gaat in op een later tijdstip, met een redelijke termijn (artikel 4:50 Awb): kies een ingangsdatum na vandaag.");
            Afbouw.Controleer(afbouwVereist, afbouwTot, vandaag, nieuw == Bedrag.Nul ? "Beëindigen" : "Verlagen");
            if (afbouwTot is { } eind && later < eind)
                throw new DomainException("De lagere subsidie gaat in na de afbouwtermijn, niet ervoor.");
            werkingVanaf = later;
        }
        else
        {
            werkingVanaf = ingang ?? verleend;
            if (werkingVanaf < verleend)
                throw new DomainException($"Een wijziging werkt hoogstens terug tot de dag van de verlening, {verleend:dd-MM-yyyy} (artikel 4:48, tweede lid, Awb).");
        }
        var teveel = Bedrag - nieuw;
        var vooruit = grond == Wijzigingsgrond.VeranderdeOmstandigheden;
        var onbetaald = Voorschotten.Where(v => !v.IsBetaald && (!vooruit || v.Datum >= werkingVanaf)).ToList();
        var open = onbetaald.Aggregate(Bedrag.Nul, (som, v) => som + v.Bedrag);
        if (vooruit && teveel > open)
            throw new DomainException($"Vanaf {werkingVanaf:dd-MM-yyyy} staat nog {open} aan voorschotten open; een verlaging wegens veranderde omstandigheden werkt alleen voor de toekomst (artikel 4:50 Awb), dus het nieuwe bedrag is ten minste {Bedrag - open}.");
        var besluit = new Wijzigingsbesluit(this, null, grond, Bedrag, nieuw, toelichting, werkingVanaf, vooruit ? afbouwTot : null, Betaald, now);
        Bedrag = nieuw;
        Jaren = Jaren.Zip(VanAchteren(Jaren.Select(j => j.Bedrag).ToList(), teveel), (j, b) => j with { Bedrag = b }).ToList();
        var nieuweBedragen = VanAchteren(onbetaald.Select(v => v.Bedrag).ToList(), teveel);
        var verlaagd = onbetaald.Zip(nieuweBedragen, (v, b) => v with { Bedrag = b }).ToDictionary(v => v.Nummer);
        Voorschotten = Voorschotten.Select(v => verlaagd.GetValueOrDefault(v.Nummer, v)).Where(v => v.IsBetaald || v.Bedrag > Bedrag.Nul).ToList();
        if (nieuw == Bedrag.Nul)
            IngetrokkenOp = vandaag;
        Versie++;
        GewijzigdOp = now;
        return besluit;
    }

    /// <summary>Takes <paramref name="minder"/> off the amounts from the last one backwards, none below nil.</summary>
    private static List<Bedrag> VanAchteren(List<Bedrag> bedragen, Bedrag minder)
    {
        var uitkomst = bedragen.ToList();
        for (var i = uitkomst.Count - 1; i >= 0 && minder > Bedrag.Nul; i--)
        {
            var af = uitkomst[i] < minder ? uitkomst[i] : minder;
            uitkomst[i] -= af;
            minder -= af;
        }
        return uitkomst;
    }

    private Voorschot Betaalbaar(int nummer, Wijkbudget budget)
    {
        if (Soort != BesluitSoort.Verlening)
            throw new DomainException("Op een weigering wordt niets betaald.");
        if (VaststellingId is not null)
            throw new DomainException("Deze subsidie is vastgesteld: wat nog te betalen is staat in de vaststelling.");
        if (IngetrokkenOp is not null)
            throw new DomainException($"Deze subsidieverlening is op {IngetrokkenOp:dd-MM-yyyy} ingetrokken; er wordt niets meer op betaald.");
        var voorschot = Voorschotten.FirstOrDefault(v => v.Nummer == nummer)
            ?? throw new DomainException($"Deze beschikking heeft geen voorschot {nummer}.");
        if (voorschot.IsBetaald)
            throw new DomainException($"Voorschot {nummer} is al betaald op {voorschot.BetaaldOp:dd-MM-yyyy}.");
        if (!IsVrijgegeven(budget, voorschot.Jaar))
            throw new DomainException($"Voorschot {nummer} valt in {voorschot.Jaar}, waarvoor de begroting nog niet is vastgesteld; het wordt betaald zodra dat is gebeurd (Awb 4:34).");
        return voorschot;
    }

    private static bool IsVrijgegeven(Wijkbudget budget, int jaar) =>
        budget.Tranches.Any(t => t.Jaar == jaar && t.Status == TrancheStatus.Vrijgegeven);

    private void Vervang(Voorschot voorschot, DateTimeOffset now)
    {
        Voorschotten = Voorschotten.Select(v => v.Nummer == voorschot.Nummer ? voorschot : v).ToList();
        Versie++;
        GewijzigdOp = now;
    }

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Eerder(DateOnly a, DateOnly b) => a < b ? a : b;

    private static int Dagen(DateOnly van, DateOnly tot) => tot.DayNumber - van.DayNumber + 1;
}
