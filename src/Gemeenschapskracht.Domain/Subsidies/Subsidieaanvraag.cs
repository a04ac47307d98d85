using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Regels;

namespace Gemeenschapskracht.Domain.Subsidies;

public enum AanvraagStatus
{
    Concept,
    Ingediend,
    InBehandeling,
    AanvullingGevraagd,
    Besloten,
}

public enum BesluitSoort
{
    Verlening,
    Weigering,
}

public enum Advies
{
    Verlenen,
    Weigeren,
}

/// <summary>
/// One reviewer's judgement of an application: a level of the rubric for every criterion of the regeling, an advice and
/// its short reasoning. The reviewer (<paramref name="BeoordelaarId"/>: the person's subject, or a client's id) declared
/// to have no interest in the applicant.
/// </summary>
public sealed record Beoordeling(string BeoordelaarId, string Beoordelaar, Advies Advies, IReadOnlyList<Criteriumoordeel> Oordelen, string Toelichting, DateTimeOffset Op);

/// <summary>The decision on an application: granted with its amount, or refused with its ground, and the beschikking that says so.</summary>
public sealed record Aanvraagbesluit(BesluitSoort Soort, Bedrag Bedrag, string Motivering, DateTimeOffset Op, Guid BeschikkingId);

/// <summary>
/// An application under a regeling, light by design (G-10): the plan in the organisation's own words, the amount, the
/// period and the ambities it serves; no proof of representativeness is asked (G-3). An informal group without a legal
/// entity applies through a host organisation. The beslistermijn runs from submission (Awb 4:13), a request for
/// completion pauses it (4:15 with 4:5), and a delay is told to the applicant with a new date (4:14). Multi-year
/// applications are granted once for the whole period (G-2).
/// </summary>
[Regel(Regelcatalogus.G10)]
[Regel(Regelcatalogus.G3)]
public sealed class Subsidieaanvraag : IAudited
{
    private Subsidieaanvraag() { }

    public Subsidieaanvraag(Subsidieregeling regeling, Guid organisatieId, string? groepsnaam, string plan, Bedrag bedrag,
        DateOnly van, DateOnly tot, IReadOnlyList<Guid> ambitieIds, DateTimeOffset now)
    {
        regeling.EnsureOpen();
        Id = Guid.CreateVersion7(now);
        RegelingId = regeling.Id;
        OrganisatieId = organisatieId;
        Status = AanvraagStatus.Concept;
        AangemaaktOp = now;
        Wijzig(groepsnaam, plan, bedrag, van, tot, ambitieIds, now);
    }

    public Guid Id { get; private set; }

    public Guid RegelingId { get; private set; }

    /// <summary>The applying organisation, or the host that applies for an informal group (<see cref="Groepsnaam"/>).</summary>
    public Guid OrganisatieId { get; private set; }

    /// <summary>The informal group a host organisation applies for; null when the organisation applies itself.</summary>
    public string? Groepsnaam { get; private set; }

    public string Plan { get; private set; } = "";

    public Bedrag Bedrag { get; private set; }

    public DateOnly Van { get; private set; }

    public DateOnly Tot { get; private set; }

    public IReadOnlyList<Guid> AmbitieIds { get; private set; } = [];

    public AanvraagStatus Status { get; private set; }

    public DateTimeOffset? IngediendOp { get; private set; }

    /// <summary>The last day on which the gemeente decides in time.</summary>
    public DateOnly? Beslistermijn { get; private set; }

    public DateOnly? AanvullingGevraagdOp { get; private set; }

    public string? AanvullingVraag { get; private set; }

    /// <summary>The reason given to the applicant when the decision was delayed (Awb 4:14 lid 3).</summary>
    public string? Verdaging { get; private set; }

    public Aanvraagbesluit? Besluit { get; private set; }

    public IReadOnlyList<Beoordeling> Beoordelingen { get; private set; } = [];

    public DateTimeOffset AangemaaktOp { get; private set; }

    public DateTimeOffset GewijzigdOp { get; private set; }

    public void Wijzig(string? groepsnaam, string plan, Bedrag bedrag, DateOnly van, DateOnly tot, IReadOnlyList<Guid> ambitieIds, DateTimeOffset now)
    {
        if (Status != AanvraagStatus.Concept)
            throw new DomainException("Een ingediende aanvraag wordt niet meer gewijzigd; vraagt de gemeente om aanvulling, stuur die dan.");
        if (Tekst.IsBlank(plan))
            throw new DomainException("Beschrijf in uw eigen woorden wat u wilt doen.");
        if (bedrag <= Bedrag.Nul)
            throw new DomainException("Vraag een bedrag groter dan nul aan.");
        if (tot < van)
            throw new DomainException("De periode eindigt na het begin.");
        Groepsnaam = Tekst.OfNull(groepsnaam);
        Plan = plan.Trim();
        Bedrag = bedrag;
        Van = van;
        Tot = tot;
        AmbitieIds = ambitieIds.Distinct().ToList();
        GewijzigdOp = now;
    }

    /// <summary>Submits the application: the beslistermijn of the regeling starts today (Awb 4:13).</summary>
    [Regel(Regelcatalogus.Awb4_13)]
    public void DienIn(Subsidieregeling regeling, DateTimeOffset now)
    {
        if (Status != AanvraagStatus.Concept)
            throw new DomainException("Deze aanvraag is al ingediend.");
        regeling.EnsureOpen();
        if (Bedrag > regeling.Plafond.Bedrag)
            throw new DomainException($"U vraagt meer aan dan het hele plafond van de regeling ({regeling.Plafond.Bedrag}).");
        if (Van < regeling.Plafond.Van || Tot > regeling.Plafond.Tot)
            throw new DomainException($"De periode valt binnen het tijdvak van de regeling ({regeling.Plafond.Van:dd-MM-yyyy} tot en met {regeling.Plafond.Tot:dd-MM-yyyy}).");
        Status = AanvraagStatus.Ingediend;
        IngediendOp = now;
        Beslistermijn = Kalender.Dag(now).AddDays(7 * regeling.BeslistermijnWeken);
        GewijzigdOp = now;
    }

    public void NeemInBehandeling(DateTimeOffset now)
    {
        if (Status != AanvraagStatus.Ingediend)
            throw new DomainException("Alleen een ingediende aanvraag wordt in behandeling genomen.");
        Status = AanvraagStatus.InBehandeling;
        GewijzigdOp = now;
    }

    /// <summary>Awb 4:5 and 4:15: asks the applicant to complete the application; the beslistermijn stands still until it is.</summary>
    [Regel(Regelcatalogus.Awb4_15)]
    public void VraagAanvulling(string vraag, DateTimeOffset now)
    {
        if (Status is not (AanvraagStatus.Ingediend or AanvraagStatus.InBehandeling))
            throw new DomainException("Om aanvulling wordt gevraagd zolang de aanvraag in behandeling is.");
        if (Tekst.IsBlank(vraag))
            throw new DomainException("Zeg wat er ontbreekt.");
        Status = AanvraagStatus.AanvullingGevraagd;
        AanvullingGevraagdOp = Kalender.Dag(now);
        AanvullingVraag = vraag.Trim();
        GewijzigdOp = now;
    }

    /// <summary>The applicant completed the application: the beslistermijn moves on by the days it stood still.</summary>
    [Regel(Regelcatalogus.Awb4_15)]
    public void VulAan(string plan, DateTimeOffset now)
    {
        if (Status != AanvraagStatus.AanvullingGevraagd)
            throw new DomainException("De gemeente heeft niet om aanvulling gevraagd.");
        if (Tekst.IsBlank(plan))
            throw new DomainException("Beschrijf in uw eigen woorden wat u wilt doen.");
        var stil = Kalender.Dag(now).DayNumber - AanvullingGevraagdOp!.Value.DayNumber;
        Beslistermijn = Beslistermijn!.Value.AddDays(stil);
        Plan = plan.Trim();
        Status = AanvraagStatus.InBehandeling;
        AanvullingGevraagdOp = null;
        GewijzigdOp = now;
    }

    /// <summary>
    /// Awb 4:14 lid 3: the applicant is told that the decision is delayed, why, and by when it comes. Told after the term
    /// it is still recorded (the gemeente is then in default, 4:17), so a late application can still be decided.
    /// </summary>
    [Regel(Regelcatalogus.Awb4_14)]
    public void Verdaag(DateOnly nieuweTermijn, string reden, DateTimeOffset now)
    {
        if (Status is not (AanvraagStatus.Ingediend or AanvraagStatus.InBehandeling))
            throw new DomainException("Alleen een aanvraag in behandeling wordt verdaagd.");
        if (Tekst.IsBlank(reden))
            throw new DomainException("Zeg waarom het besluit later komt (Awb 4:14).");
        if (nieuweTermijn <= Beslistermijn || nieuweTermijn < Kalender.Dag(now))
            throw new DomainException("De nieuwe termijn ligt na de huidige beslistermijn en niet in het verleden.");
        Beslistermijn = nieuweTermijn;
        Verdaging = reden.Trim();
        GewijzigdOp = now;
    }

    /// <summary>
    /// A reviewer judges the application on every criterion of the regeling, by its rubric. No conflict of interest: the
    /// reviewer declares to have none, and a member of the applying organisation cannot review it. Each reviewer judges
    /// once; no votes, totals or popularity count (G-1).
    /// </summary>
    [Regel(Regelcatalogus.Awb2_4)]
    [Regel(Regelcatalogus.G1)]
    public void Beoordeel(Subsidieregeling regeling, string beoordelaarId, string beoordelaar, Guid? organisatieVanBeoordelaar, bool verklaartGeenBelang,
        Advies advies, IReadOnlyList<Criteriumoordeel> oordelen, string toelichting, DateTimeOffset now)
    {
        if (regeling.Id != RegelingId)
            throw new DomainException("Deze aanvraag valt onder een andere regeling.");
        if (Status is not (AanvraagStatus.Ingediend or AanvraagStatus.InBehandeling))
            throw new DomainException("Een aanvraag wordt beoordeeld zolang zij in behandeling is.");
        if (organisatieVanBeoordelaar == OrganisatieId)
            throw new DomainException("U bent lid van de organisatie die aanvraagt en kunt deze aanvraag daarom niet beoordelen (belangenverstrengeling).");
        if (!verklaartGeenBelang)
            throw new DomainException("Verklaar dat u geen belang hebt bij deze aanvrager; hebt u dat wel, laat de beoordeling dan aan een ander.");
        if (Beoordelingen.Any(b => b.BeoordelaarId == beoordelaarId))
            throw new DomainException("U hebt deze aanvraag al beoordeeld; een tweede beoordeling komt van iemand anders.");
        if (Tekst.IsBlank(toelichting))
            throw new DomainException("Licht uw oordeel kort toe aan de hand van de criteria.");
        var ontbrekend = regeling.Criteria.Where(c => oordelen.All(o => !string.Equals(o.Criterium.Trim(), c.Naam, StringComparison.OrdinalIgnoreCase))).Select(c => c.Naam).ToList();
        if (ontbrekend.Count > 0)
            throw new DomainException($"Beoordeel ieder criterium van de regeling; nog zonder oordeel: {string.Join(", ", ontbrekend)}.");
        if (oordelen.Count != regeling.Criteria.Count)
            throw new DomainException("Geef per criterium van de regeling één oordeel, en geen oordeel over iets anders.");
        var geordend = regeling.Criteria
            .Select(c => new Criteriumoordeel(c.Naam, oordelen.First(o => string.Equals(o.Criterium.Trim(), c.Naam, StringComparison.OrdinalIgnoreCase)).Niveau)).ToList();
        Beoordelingen = [.. Beoordelingen, new Beoordeling(beoordelaarId, beoordelaar.Trim(), advies, geordend, toelichting.Trim(), now)];
        Status = AanvraagStatus.InBehandeling;
        GewijzigdOp = now;
    }

    /// <summary>
    /// Grants the application from the regeling's plafond (4:25 lid 2: never above it), once reviewed: by two different
    /// reviewers from the regeling's four-eyes threshold. After the beslistermijn the decision is refused unless the
    /// applicant was told of a delay. Gives the beschikking tot verlening with its amounts per year and voorschotten;
    /// the activities are the plan unless the gemeente words them, the obligations the standard ones unless it names them;
    /// the tier of accountability from the gemeente's kader in force (the Uniform Subsidiekader without one).
    /// </summary>
    [Regel(Regelcatalogus.Awb4_29)]
    [Regel(Regelcatalogus.Awb4_25)]
    public Beschikking Verleen(Subsidieregeling regeling, Bedrag bedrag, string motivering, DateTimeOffset now,
        string? activiteiten = null, IReadOnlyList<string>? verplichtingen = null, Verantwoordingskader? kader = null)
    {
        EnsureBeslisbaar(regeling, now);
        if (bedrag <= Bedrag.Nul || bedrag > Bedrag)
            throw new DomainException($"Verleen een bedrag groter dan nul en niet hoger dan aangevraagd ({Bedrag}).");
        var nodig = bedrag >= regeling.VierOgenVanaf ? 2 : 1;
        if (Beoordelingen.Count < nodig)
            throw new DomainException(nodig == 2
                ? $"Vanaf {regeling.VierOgenVanaf} beoordelen twee verschillende beoordelaars een aanvraag voordat zij wordt verleend (vier ogen)."
                : "Een aanvraag wordt beoordeeld voordat zij wordt verleend.");
        var beschikking = Beschikking.Verlening(this, bedrag, motivering, Tekst.OfNull(activiteiten) ?? Plan, verplichtingen ?? [],
            kader ?? Verantwoordingskader.Standaard(now), now);
        regeling.NeemVanPlafond(bedrag, now);
        Besluit = new Aanvraagbesluit(BesluitSoort.Verlening, bedrag, motivering.Trim(), now, beschikking.Id);
        Status = AanvraagStatus.Besloten;
        GewijzigdOp = now;
        return beschikking;
    }

    /// <summary>
    /// Refuses the application with its ground. For an organisation subsidised three years or more in a row up to this
    /// application's period (<paramref name="afbouwVereist"/>, see <see cref="Afbouw"/>) only with a phase-out term (Awb 4:51).
    /// </summary>
    [Regel(Regelcatalogus.Awb4_29)]
    [Regel(Regelcatalogus.Awb4_51)]
    [Regel(Regelcatalogus.G9)]
    public Beschikking Weiger(Subsidieregeling regeling, string grond, DateTimeOffset now, bool afbouwVereist = false, DateOnly? afbouwTot = null)
    {
        EnsureBeslisbaar(regeling, now);
        if (Tekst.IsBlank(grond))
            throw new DomainException("Een weigering noemt haar grond, bijvoorbeeld dat het subsidieplafond is bereikt (Awb 4:25 lid 2).");
        Afbouw.Controleer(afbouwVereist, afbouwTot, Kalender.Dag(now), "Weigeren");
        var beschikking = Beschikking.Weigering(this, grond, afbouwVereist ? afbouwTot : null, now);
        Besluit = new Aanvraagbesluit(BesluitSoort.Weigering, Bedrag.Nul, grond.Trim(), now, beschikking.Id);
        Status = AanvraagStatus.Besloten;
        GewijzigdOp = now;
        return beschikking;
    }

    [Regel(Regelcatalogus.Awb4_14)]
    private void EnsureBeslisbaar(Subsidieregeling regeling, DateTimeOffset now)
    {
        if (regeling.Id != RegelingId)
            throw new DomainException("Deze aanvraag valt onder een andere regeling.");
        if (Status is not (AanvraagStatus.Ingediend or AanvraagStatus.InBehandeling))
            throw new DomainException(Status == AanvraagStatus.Besloten ? "Op deze aanvraag is al besloten." : "Op deze aanvraag kan nu niet worden besloten.");
        if (Kalender.Dag(now) > Beslistermijn && Verdaging is null)
            throw new DomainException($"De beslistermijn is op {Beslistermijn:dd-MM-yyyy} verstreken en de aanvrager kreeg geen bericht van verdaging (Awb 4:14); leg eerst vast wat de aanvrager is meegedeeld.");
    }
}
