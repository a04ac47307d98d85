using Gemeenschapskracht.Domain.Beleidskaders;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Regels;

namespace Gemeenschapskracht.Domain.Wijkbudgetten;

/// <summary>
/// The multi-year budget of one wijk (R4.2): proposed by the gemeente, granted by the raad for the whole period, paid in
/// yearly tranches that stay under begrotingsvoorbehoud (Awb 4:34) until the raad has adopted the gemeente's budget
/// for that year. A cut during the period needs its own raadsbesluit and respects the methodiek's notice period
/// (G-9); every change of a granted budget is kept in <see cref="Wijzigingen"/>. After evaluation it is extended as it
/// is, or revised, by a successor for the next period.
/// </summary>
public sealed class Wijkbudget : IAudited
{
    public const int MinsteJaren = 2;
    public const int MeesteJaren = 10;

    /// <summary>How long before the end of the period the gemeente is told that the raad must decide on what follows (J5).</summary>
    public const int EindeMeldenMaandenVooraf = 9;

    private Wijkbudget() { }

    public Wijkbudget(Guid wijkId, Budgetmethodiek methodiek, int startJaar, int aantalJaren, IReadOnlyList<Budgetregel> regels,
        IReadOnlyList<Bronaandeel> bronnen, Verwijzingen verwijzingen, DateTimeOffset now)
    {
        if (!methodiek.IsGeldend)
            throw new DomainException("Een wijkbudget volgt de geldende, door de raad vastgestelde budgetmethodiek.");
        if (startJaar < Kalender.Dag(now).Year)
            throw new DomainException($"Een wijkbudget begint niet in het verleden; kies {Kalender.Dag(now).Year} of later.");
        if (aantalJaren is < MinsteJaren or > MeesteJaren)
            throw new DomainException($"Een wijkbudget is meerjarig: kies een periode van {MinsteJaren} tot {MeesteJaren} jaar.");
        Id = Guid.CreateVersion7(now);
        WijkId = wijkId;
        StartJaar = startJaar;
        AantalJaren = aantalJaren;
        Status = WijkbudgetStatus.Voorgesteld;
        AangemaaktOp = now;
        Vervang(methodiek, regels, bronnen, verwijzingen, now);
    }

    public Guid Id { get; private set; }

    public Guid WijkId { get; private set; }

    /// <summary>The methodiek by which it was computed.</summary>
    public Guid MethodiekId { get; private set; }

    public int StartJaar { get; private set; }

    public int AantalJaren { get; private set; }

    public int EindJaar => StartJaar + AantalJaren - 1;

    public WijkbudgetStatus Status { get; private set; }

    public IReadOnlyList<Budgetregel> Regels { get; private set; } = [];

    public IReadOnlyList<Bronaandeel> Bronnen { get; private set; } = [];

    public IReadOnlyList<Tranche> Tranches { get; private set; } = [];

    public IReadOnlyList<Budgetwijziging> Wijzigingen { get; private set; } = [];

    /// <summary>The raadsbesluit that granted it.</summary>
    public Raadsbesluit? Toekenning { get; private set; }

    public string? Evaluatie { get; private set; }

    public Guid? VoorgangerId { get; private set; }

    public Guid? OpvolgerId { get; private set; }

    /// <summary>Whether J5 has told the gemeente that the period nears its end.</summary>
    public bool EindeGemeld { get; private set; }

    public DateTimeOffset AangemaaktOp { get; private set; }

    public DateTimeOffset GewijzigdOp { get; private set; }

    public Bedrag Totaal => Tranches.Aggregate(Bedrag.Nul, (som, t) => som + t.Bedrag);

    public bool IsAfgesloten => Status is WijkbudgetStatus.Verlengd or WijkbudgetStatus.Herzien;

    public bool Overlapt(int startJaar, int aantalJaren) => StartJaar <= startJaar + aantalJaren - 1 && startJaar <= EindJaar;

    /// <summary>Replaces the lines and the mix of a proposal; once granted, changes go through <see cref="PasAan"/>.</summary>
    public void Wijzig(Budgetmethodiek methodiek, IReadOnlyList<Budgetregel> regels, IReadOnlyList<Bronaandeel> bronnen, Verwijzingen verwijzingen, DateTimeOffset now)
    {
        if (Status != WijkbudgetStatus.Voorgesteld)
            throw new DomainException("Dit wijkbudget is door de raad toegekend; een wijziging gaat via een aanpassing met toelichting (en bij een verlaging een raadsbesluit).");
        Vervang(methodiek, regels, bronnen, verwijzingen, now);
    }

    /// <summary>The years in which organisational support of bewonersorganisaties stays below the methodiek's floor (R4.4).</summary>
    public IReadOnlyList<int> JarenOnderVloer(Aandeel vloer) =>
        Tranches.Where(t => Ondersteuning(t.Jaar) < vloer.Van(t.Bedrag)).Select(t => t.Jaar).ToList();

    public Bedrag Ondersteuning(int jaar) =>
        Regels.Where(r => r.Categorie == BudgetCategorie.OrganisatorischeOndersteuning).Aggregate(Bedrag.Nul, (som, r) => som + r.In(jaar));

    /// <summary>
    /// The raad grants the budget for the whole period (G-2: no yearly re-application). Every tranche is under
    /// begrotingsvoorbehoud until the budget of its year is adopted. Refused while organisational support is below the
    /// floor in any year (R4.4).
    /// </summary>
    [Regel(Regelcatalogus.G2)]
    public void KenToe(Raadsbesluit besluit, Aandeel vloer, DateTimeOffset now)
    {
        if (Status != WijkbudgetStatus.Voorgesteld)
            throw new DomainException("Alleen een voorgesteld wijkbudget kan worden toegekend.");
        besluit.ControleerGenomen(now);
        var onder = JarenOnderVloer(vloer);
        if (onder.Count > 0)
            throw new DomainException($"De organisatorische ondersteuning van bewonersorganisaties blijft in {string.Join(", ", onder)} onder de vloer van {vloer} uit de methodiek (R4.4); verhoog die regels eerst.");
        Toekenning = besluit;
        Status = WijkbudgetStatus.Toegekend;
        GewijzigdOp = now;
    }

    /// <summary>
    /// Releases the tranches whose year's gemeentebegroting is adopted (Awb 4:34; J5). The first release starts the
    /// period. Returns the years released now; nothing when called again.
    /// </summary>
    [Regel(Regelcatalogus.Awb4_34)]
    public IReadOnlyList<int> GeefVrij(IReadOnlySet<int> vastgesteldeBegrotingen, DateTimeOffset now)
    {
        if (Status is not (WijkbudgetStatus.Toegekend or WijkbudgetStatus.Lopend))
            return [];
        var vrij = Tranches.Where(t => t.Status == TrancheStatus.Voorbehouden && vastgesteldeBegrotingen.Contains(t.Jaar)).Select(t => t.Jaar).ToList();
        if (vrij.Count == 0)
            return [];
        var vandaag = Kalender.Dag(now);
        Tranches = Tranches.Select(t => vrij.Contains(t.Jaar) ? t with { Status = TrancheStatus.Vrijgegeven, VrijgegevenOp = vandaag } : t).ToList();
        Status = WijkbudgetStatus.Lopend;
        GewijzigdOp = now;
        return vrij;
    }

    /// <summary>
    /// Changes a granted budget during its period. G-9: a year that gets less needs a raadsbesluit of its own, may
    /// start no sooner than the notice period after that decision, and cannot be a tranche already released. Every
    /// change is kept with its explanation.
    /// </summary>
    [Regel(Regelcatalogus.G9)]
    public void PasAan(Budgetmethodiek methodiek, IReadOnlyList<Budgetregel> regels, IReadOnlyList<Bronaandeel> bronnen, Verwijzingen verwijzingen,
        string toelichting, Raadsbesluit? besluit, int opzegtermijnMaanden, DateTimeOffset now)
    {
        if (Status is not (WijkbudgetStatus.Toegekend or WijkbudgetStatus.Lopend))
            throw new DomainException(Status == WijkbudgetStatus.Voorgesteld
                ? "Dit wijkbudget is nog een voorstel; wijzig het gewoon."
                : "De periode van dit wijkbudget is afgelopen; wijzigen kan niet meer.");
        if (Tekst.IsBlank(toelichting))
            throw new DomainException("Licht de aanpassing toe: die komt op de openbare budgetpagina.");
        if (besluit is not null)
            besluit.ControleerGenomen(now);
        var oud = Tranches;
        var nieuw = Bereken(regels);
        var verschillen = oud.Zip(nieuw, (o, n) => new Jaarverschil(o.Jaar, o.Bedrag, n.Bedrag)).Where(v => v.Oud != v.Nieuw).ToList();
        foreach (var verlaging in verschillen.Where(v => v.Nieuw < v.Oud))
        {
            if (besluit is null)
                throw new DomainException($"Het budget van {verlaging.Jaar} gaat omlaag; een verlaging vraagt een eigen raadsbesluit (G-9: niet stilletjes korten).");
            if (oud.Single(t => t.Jaar == verlaging.Jaar).Status == TrancheStatus.Vrijgegeven)
                throw new DomainException($"De tranche van {verlaging.Jaar} is al vrijgegeven en kan niet meer omlaag.");
            var vroegst = besluit.Datum.AddMonths(opzegtermijnMaanden);
            if (new DateOnly(verlaging.Jaar, 1, 1) < vroegst)
                throw new DomainException($"Een verlaging van {verlaging.Jaar} gaat niet eerder in dan {opzegtermijnMaanden} maanden na het raadsbesluit ({vroegst:dd-MM-yyyy}); de wijk moet zich kunnen voorbereiden (G-9).");
        }
        Vervang(methodiek, regels, bronnen, verwijzingen, now);
        Tranches = nieuw.Select(n => oud.Single(o => o.Jaar == n.Jaar) is { Status: TrancheStatus.Vrijgegeven } o ? n with { Status = o.Status, VrijgegevenOp = o.VrijgegevenOp } : n).ToList();
        Wijzigingen = [.. Wijzigingen, new Budgetwijziging(now, toelichting.Trim(), besluit, verschillen)];
    }

    /// <summary>Records the evaluation, from the last year of the period on.</summary>
    public void Evalueer(string evaluatie, DateTimeOffset now)
    {
        if (Status != WijkbudgetStatus.Lopend)
            throw new DomainException("Alleen een lopend wijkbudget kan worden geëvalueerd.");
        if (Kalender.Dag(now).Year < EindJaar)
            throw new DomainException($"De evaluatie volgt in het laatste jaar van de periode ({EindJaar}).");
        if (Tekst.IsBlank(evaluatie))
            throw new DomainException("Schrijf de evaluatie op.");
        Evaluatie = evaluatie.Trim();
        Status = WijkbudgetStatus.Geevalueerd;
        GewijzigdOp = now;
    }

    /// <summary>Extends the budget as it is: a proposal for the next period with each line at its amount of the last year.</summary>
    public Wijkbudget Verleng(Budgetmethodiek methodiek, int aantalJaren, Verwijzingen verwijzingen, DateTimeOffset now)
    {
        var regels = Regels.Select(r => r with { Bedragen = Enumerable.Range(EindJaar + 1, aantalJaren).Select(j => new Jaarbedrag(j, r.In(EindJaar))).ToList() }).ToList();
        return Opvolger(WijkbudgetStatus.Verlengd, methodiek, aantalJaren, regels, Bronnen, verwijzingen, now);
    }

    /// <summary>Revises the budget: a proposal for the next period with new lines.</summary>
    public Wijkbudget Herzie(Budgetmethodiek methodiek, int aantalJaren, IReadOnlyList<Budgetregel> regels, IReadOnlyList<Bronaandeel> bronnen, Verwijzingen verwijzingen, DateTimeOffset now) =>
        Opvolger(WijkbudgetStatus.Herzien, methodiek, aantalJaren, regels, bronnen, verwijzingen, now);

    /// <summary>Whether the period nears its end and the gemeente was not told yet (J5); recorded as told.</summary>
    public bool MeldEinde(DateTimeOffset now)
    {
        if (EindeGemeld || Status is not (WijkbudgetStatus.Toegekend or WijkbudgetStatus.Lopend or WijkbudgetStatus.Geevalueerd))
            return false;
        if (Kalender.Dag(now) < new DateOnly(EindJaar, 12, 31).AddMonths(-EindeMeldenMaandenVooraf))
            return false;
        EindeGemeld = true;
        return true;
    }

    private Wijkbudget Opvolger(WijkbudgetStatus status, Budgetmethodiek methodiek, int aantalJaren, IReadOnlyList<Budgetregel> regels,
        IReadOnlyList<Bronaandeel> bronnen, Verwijzingen verwijzingen, DateTimeOffset now)
    {
        if (Status != WijkbudgetStatus.Geevalueerd)
            throw new DomainException("Een wijkbudget wordt verlengd of herzien nadat het is geëvalueerd.");
        var opvolger = new Wijkbudget(WijkId, methodiek, EindJaar + 1, aantalJaren, regels, bronnen, verwijzingen, now) { VoorgangerId = Id };
        OpvolgerId = opvolger.Id;
        Status = status;
        GewijzigdOp = now;
        return opvolger;
    }

    private void Vervang(Budgetmethodiek methodiek, IReadOnlyList<Budgetregel> regels, IReadOnlyList<Bronaandeel> bronnen, Verwijzingen verwijzingen, DateTimeOffset now)
    {
        if (regels.Count == 0)
            throw new DomainException("Een wijkbudget heeft minstens één begrotingsregel.");
        foreach (var regel in regels)
            regel.Controleer(StartJaar, AantalJaren, verwijzingen);
        if (regels.Select(r => r.Id).Distinct().Count() != regels.Count)
            throw new DomainException("Twee begrotingsregels hebben hetzelfde id.");
        ControleerBronnen(methodiek, bronnen);
        MethodiekId = methodiek.Id;
        Regels = regels.Select(r => r with { Doel = r.Doel.Trim(), Bedragen = [.. r.Bedragen.OrderBy(b => b.Jaar)] }).ToList();
        Bronnen = bronnen;
        Tranches = Bereken(Regels);
        GewijzigdOp = now;
    }

    private List<Tranche> Bereken(IReadOnlyList<Budgetregel> regels) =>
        Enumerable.Range(StartJaar, AantalJaren)
            .Select(j => new Tranche(j, regels.Aggregate(Bedrag.Nul, (som, r) => som + r.In(j)), TrancheStatus.Voorbehouden, null)).ToList();

    private static void ControleerBronnen(Budgetmethodiek methodiek, IReadOnlyList<Bronaandeel> bronnen)
    {
        if (bronnen.Count == 0)
            throw new DomainException("Geef aan uit welke financieringsbronnen het wijkbudget komt.");
        if (bronnen.FirstOrDefault(b => methodiek.Inhoud.Envelop.All(e => e.FinancieringsbronId != b.FinancieringsbronId)) is { } vreemd)
            throw new DomainException($"'{vreemd.Naam}' is geen financieringsbron in de envelop van de methodiek.");
        if (bronnen.Select(b => b.FinancieringsbronId).Distinct().Count() != bronnen.Count)
            throw new DomainException("Elke financieringsbron staat maar één keer in de mix.");
        var som = bronnen.Sum(b => b.Aandeel.Basispunten);
        if (som != Aandeel.Geheel)
            throw new DomainException($"De aandelen van de financieringsbronnen tellen op tot {new Aandeel(som)}; dat moet precies 100 % zijn.");
    }
}
