using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Regels;
using Gemeenschapskracht.Domain.Wijkbeelden;

namespace Gemeenschapskracht.Domain.BuurtTops;

/// <summary>
/// A BuurtTop of a wijk (route step 3, R3.1–R3.5): a carefully prepared gathering of residents with entrepreneurs,
/// professionals and ambtenaren, on a date and place, organised by residents (or a task group) and funded. It builds on
/// the wijk's shared wijkbeeld (a warning when there is none, R3.1). Announced, prepared along a plan, held (attendance
/// counted by category), and its outputs (the dreams and ambitions of the tables) processed into the wijk's agenda.
/// </summary>
public sealed class BuurtTop : IAudited
{
    private BuurtTop() { }

    public BuurtTop(Guid wijkId, string titel, DateOnly datum, string? plek, int? capaciteit, DateTimeOffset now)
    {
        EnsureCapaciteit(capaciteit);
        Id = Guid.CreateVersion7(now);
        GebiedId = wijkId;
        Titel = titel.Trim();
        Datum = datum;
        Plek = Tekst.OfNull(plek);
        Capaciteit = capaciteit;
        Status = BuurtTopStatus.Aangekondigd;
        AangemaaktOp = now;
        GewijzigdOp = now;
    }

    public Guid Id { get; private set; }

    /// <summary>The wijk.</summary>
    public Guid GebiedId { get; private set; }

    public string Titel { get; private set; } = "";

    public DateOnly Datum { get; private set; }

    /// <summary>Where it is held; null while not yet known.</summary>
    public string? Plek { get; private set; }

    public BuurtTopStatus Status { get; private set; }

    /// <summary>Who organises it; null for a BuurtTop the cycle (J3) announced and nobody took up yet.</summary>
    public Organisator? Organisator { get; private set; }

    /// <summary>The organisations that write: the organiser's, the lead first; empty while there is no organiser.</summary>
    public IReadOnlyList<Guid> Team => Organisator?.Team ?? [];

    /// <summary>The shared wijkbeeld version it builds on (R3.1), or none.</summary>
    public Guid? WijkbeeldId { get; private set; }

    public int? WijkbeeldVersie { get; private set; }

    /// <summary>How many can register before the waiting list; null: no cap.</summary>
    public int? Capaciteit { get; private set; }

    /// <summary>
    /// Counts the registrations taken; a concurrency token, so two registrations that both saw the last free place
    /// cannot both take it (the second is refused with a 409 and the resident tries again).
    /// </summary>
    public int AanmeldVersie { get; private set; }

    public Voorbereidingsplan Plan { get; private set; } = Voorbereidingsplan.Leeg;

    public Aanwezigheid? Aanwezigheid { get; private set; }

    public IReadOnlyList<Opbrengst> Opbrengsten { get; private set; } = [];

    /// <summary>The preparation reminders sent (J3), so each goes once.</summary>
    public IReadOnlyList<Signalering> Signaleringen { get; private set; } = [];

    /// <summary>The wijktoekomstagenda the outputs were processed into, when known.</summary>
    public Guid? AgendaId { get; private set; }

    public DateTimeOffset AangemaaktOp { get; private set; }

    public DateTimeOffset GewijzigdOp { get; private set; }

    public DateTimeOffset? GehoudenOp { get; private set; }

    public DateTimeOffset? VerwerktOp { get; private set; }

    public bool IsOpen => Status is BuurtTopStatus.Aangekondigd or BuurtTopStatus.InVoorbereiding;

    /// <summary>R3.1: a BuurtTop starts from the wijkbeeld; without one it may go ahead, with a visible warning.</summary>
    public bool ZonderWijkbeeld => WijkbeeldId is null;

    /// <summary>Links the wijk's shared wijkbeeld version (or none, when the wijk has none yet).</summary>
    public void BouwVoortOp(Guid? wijkbeeldId, int? versie, DateTimeOffset now)
    {
        if (Status == BuurtTopStatus.Verwerkt)
            throw new DomainException("Een verwerkte BuurtTop wordt niet meer aan een ander wijkbeeld gekoppeld.");
        WijkbeeldId = wijkbeeldId;
        WijkbeeldVersie = wijkbeeldId is null ? null : versie;
        GewijzigdOp = now;
    }

    /// <summary>Replaces title, date, place, cap and organiser while the BuurtTop is still to be held.</summary>
    /// <param name="leidtBewoners">Whether the first organisation of the organiser's team is residents' own.</param>
    public void Wijzig(string titel, DateOnly datum, string? plek, int? capaciteit, Organisator? organisator, bool leidtBewoners, DateTimeOffset now)
    {
        EnsureOpen("gewijzigd");
        EnsureCapaciteit(capaciteit);
        organisator?.Controleer(leidtBewoners);
        if (organisator is null && Status == BuurtTopStatus.InVoorbereiding)
            throw new DomainException("Een BuurtTop in voorbereiding heeft een organisator; die kan niet worden weggehaald.");
        Plan.Controleer(datum);
        Titel = titel.Trim();
        Datum = datum;
        Plek = Tekst.OfNull(plek);
        Capaciteit = capaciteit;
        Organisator = organisator;
        GewijzigdOp = now;
    }

    /// <summary>Replaces the preparation plan (R3.5); milestones lie within the year before the date.</summary>
    public void WijzigPlan(Voorbereidingsplan plan, DateTimeOffset now)
    {
        EnsureOpen("voorbereid");
        plan.Controleer(Datum);
        var bestaand = Plan.Mijlpalen.Select(m => m.Id).ToHashSet();
        Plan = plan;
        // A reminder of a milestone that was removed says nothing any more.
        Signaleringen = Signaleringen.Where(s => plan.Mijlpalen.Any(m => m.Id == s.MijlpaalId) || !bestaand.Contains(s.MijlpaalId)).ToList();
        GewijzigdOp = now;
    }

    /// <summary>The organiser starts preparing; a BuurtTop without an organiser cannot be prepared.</summary>
    public void StartVoorbereiding(DateTimeOffset now)
    {
        if (Status != BuurtTopStatus.Aangekondigd)
            throw new DomainException($"Alleen een aangekondigde BuurtTop gaat in voorbereiding; deze is al verder ({Status}).");
        if (Organisator is null)
            throw new DomainException("Kies eerst wie de BuurtTop organiseert: een bewonersorganisatie, een wijkopbouwpunt of een taakgroep.");
        Status = BuurtTopStatus.InVoorbereiding;
        GewijzigdOp = now;
    }

    /// <summary>Refuses invitations and registrations once the BuurtTop was held.</summary>
    public void EnsureOpenVoorDeelnemers()
    {
        if (!IsOpen)
            throw new DomainException("Deze BuurtTop is al gehouden; aanmelden en uitnodigen kan niet meer.");
    }

    /// <summary>
    /// A registration from the public page: accepted while the BuurtTop is to be held, with consent; beyond the cap on
    /// the waiting list.
    /// </summary>
    /// <param name="aangemeld">How many hold a place now (registered, not on the waiting list, not unsubscribed).</param>
    public Aanmelding MeldAan(string naam, string email, Deelnemerscategorie categorie, bool toestemming, string toestemmingVersie,
        int aangemeld, string afmeldSleutelHash, DateTimeOffset now)
    {
        EnsureOpenVoorDeelnemers();
        if (!toestemming)
            throw new DomainException("Geef toestemming om uw naam en e-mailadres voor deze BuurtTop te bewaren; zonder toestemming kunt u zich niet aanmelden.");
        var opWachtlijst = Capaciteit is { } cap && aangemeld >= cap;
        AanmeldVersie++;
        return new Aanmelding(Id, naam, email, categorie, toestemmingVersie, opWachtlijst, afmeldSleutelHash, now);
    }

    /// <summary>Whether a place came free for the first on the waiting list.</summary>
    public bool HeeftPlaats(int aangemeld) => IsOpen && (Capaciteit is not { } cap || aangemeld < cap);

    /// <summary>The BuurtTop was held: attendance counted by category on the day (R3.3). It must have been prepared.</summary>
    public void Houd(Aanwezigheid aanwezigheid, DateTimeOffset now)
    {
        if (Status == BuurtTopStatus.Aangekondigd)
            throw new DomainException("Deze BuurtTop is nooit voorbereid: start eerst de voorbereiding, een BuurtTop valt of staat met een goede voorbereiding.");
        if (Status != BuurtTopStatus.InVoorbereiding)
            throw new DomainException("Deze BuurtTop is al gehouden; de aanwezigheid is vastgelegd.");
        if (Datum > Kalender.Dag(now))
            throw new DomainException($"De BuurtTop is op {Datum:dd-MM-yyyy}; de aanwezigheid wordt op of na die dag vastgelegd.");
        aanwezigheid.Controleer();
        Aanwezigheid = aanwezigheid;
        Status = BuurtTopStatus.Gehouden;
        GehoudenOp = now;
        GewijzigdOp = now;
    }

    /// <summary>
    /// Replaces the outputs with <paramref name="voorstel"/> as written by <paramref name="schrijver"/>: kept items keep their
    /// origin and comments; the gemeente cannot change or remove what residents wrote (G-8).
    /// </summary>
    [Regel(Regelcatalogus.G8)]
    public void WijzigOpbrengsten(IReadOnlyList<Opbrengst> voorstel, Herkomst schrijver)
    {
        if (Status != BuurtTopStatus.Gehouden)
            throw new DomainException(Status == BuurtTopStatus.Verwerkt
                ? "De opbrengsten van deze BuurtTop zijn verwerkt en kunnen niet meer worden gewijzigd."
                : "De opbrengsten worden vastgelegd nadat de BuurtTop is gehouden.");
        if (voorstel.Select(o => o.Id).Distinct().Count() != voorstel.Count)
            throw new DomainException("Twee opbrengsten hebben hetzelfde id.");
        Opbrengsten = Eigenaarschap.Samenvoegen(Opbrengsten, voorstel, schrijver, (o, h, opm) => o with { Herkomst = h, Opmerkingen = opm }, "Deze opbrengst");
        GewijzigdOp = schrijver.Op;
    }

    /// <summary>The outputs were processed into the wijk's agenda (<paramref name="agendaId"/> when known).</summary>
    public void Verwerk(Guid? agendaId, DateTimeOffset now)
    {
        if (Status != BuurtTopStatus.Gehouden)
            throw new DomainException(Status == BuurtTopStatus.Verwerkt
                ? "Deze BuurtTop is al verwerkt."
                : "Een BuurtTop wordt verwerkt nadat hij is gehouden.");
        if (Opbrengsten.Count == 0)
            throw new DomainException("Leg eerst de opbrengsten vast: de dromen en ambities van de tafels zijn wat er wordt verwerkt.");
        AgendaId = agendaId;
        Status = BuurtTopStatus.Verwerkt;
        VerwerktOp = now;
        GewijzigdOp = now;
    }

    /// <summary>
    /// J3: the reminders due today for milestones not done: due within <paramref name="dagenVooraf"/> days, or overdue;
    /// each milestone once per kind. Records and returns only the new ones.
    /// </summary>
    public IReadOnlyList<Signalering> Signaleer(DateOnly vandaag, int dagenVooraf, DateTimeOffset now)
    {
        if (!IsOpen)
            return [];
        var nieuw = new List<Signalering>();
        foreach (var mijlpaal in Plan.Mijlpalen.Where(m => !m.Gereed))
        {
            var soort = mijlpaal.Datum < vandaag ? HerinneringSoort.Verlopen
                : mijlpaal.Datum.DayNumber - vandaag.DayNumber <= dagenVooraf ? HerinneringSoort.Binnenkort
                : (HerinneringSoort?)null;
            if (soort is null || Signaleringen.Any(s => s.MijlpaalId == mijlpaal.Id && (s.Soort == soort || s.Soort == HerinneringSoort.Verlopen)))
                continue;
            nieuw.Add(new Signalering(mijlpaal.Id, soort.Value, mijlpaal.Omschrijving, mijlpaal.Datum, now));
        }
        if (nieuw.Count > 0)
            Signaleringen = [.. Signaleringen, .. nieuw];
        return nieuw;
    }

    /// <summary>Sets who organises a BuurtTop made by the cycle or the seed; the same rules as <see cref="Wijzig"/>.</summary>
    public void KiesOrganisator(Organisator organisator, bool leidtBewoners, DateTimeOffset now) =>
        Wijzig(Titel, Datum, Plek, Capaciteit, organisator, leidtBewoners, now);

    private void EnsureOpen(string wat)
    {
        if (!IsOpen)
            throw new DomainException($"Deze BuurtTop is al gehouden en kan niet meer worden {wat}.");
    }

    private static void EnsureCapaciteit(int? capaciteit)
    {
        if (capaciteit is < 1 or > 10_000)
            throw new DomainException("Het maximum aantal aanmeldingen ligt tussen 1 en 10.000 (of laat het leeg: geen maximum).");
    }
}
