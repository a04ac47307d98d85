using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Dienstverleningsafspraken;
using Gemeenschapskracht.Domain.Regels;

namespace Gemeenschapskracht.Domain.Visitaties;

public enum VisitatieStatus
{
    Gepland,
    PanelSamengesteld,
    Zelfreflectie,
    Gesprekken,
    Conceptrapport,
    Reactie,
    Vastgesteld,
    Opvolging,
    Afgerond,
}

/// <summary>The subject a visitatie reviews: its kind, its id and name, the wijk it works in and the organisation (if any) that does the work.</summary>
public sealed record Visitatieonderwerp(Onderwerpsoort Soort, Guid Id, string Naam, Guid WijkId, Guid? OrganisatieId);

/// <summary>
/// One visitatie (R6.3, §5.5): opened by the cycle's job when its subject is due, with the cycle's perspectives of that
/// moment. A panel of residents from other wijken and at least one raadslid, each without a conflict, is composed and
/// confirmed; the reviewed party writes its self-reflection; stakeholders are heard; the panel scores every perspective
/// with a mark and a narrative; the draft report goes to the reviewed party, whose response is published with the final
/// report; follow-up actions carry it into the commitment tracker. Panel members read it only while it runs.
/// </summary>
public sealed class Visitatie : IAudited
{
    public const int KortsteToelichting = 40;

    /// <summary>The states in which the report is adopted and public; a list, as the status is stored by name.</summary>
    public static readonly IReadOnlyList<VisitatieStatus> Gepubliceerd = [VisitatieStatus.Vastgesteld, VisitatieStatus.Opvolging, VisitatieStatus.Afgerond];

    private Visitatie() { }

    public Visitatie(Visitatiecyclus cyclus, Visitatieonderwerp onderwerp, DateOnly geplandOp, DateTimeOffset now)
    {
        if (onderwerp.Soort != cyclus.Soort)
            throw new DomainException("Dit onderwerp hoort niet bij deze cyclus.");
        if (Tekst.IsBlank(onderwerp.Naam))
            throw new DomainException("Geef de naam van wat gevisiteerd wordt.");
        Id = Guid.CreateVersion7(now);
        CyclusId = cyclus.Id;
        Soort = onderwerp.Soort;
        OnderwerpId = onderwerp.Id;
        OnderwerpNaam = onderwerp.Naam.Trim();
        WijkId = onderwerp.WijkId;
        OrganisatieId = onderwerp.OrganisatieId;
        GeplandOp = geplandOp;
        Perspectieven = [.. cyclus.Perspectieven];
        PerspectievenVersie = cyclus.PerspectievenVersie;
        ReactietermijnDagen = cyclus.ReactietermijnDagen;
        Status = VisitatieStatus.Gepland;
        AangemaaktOp = now;
        GewijzigdOp = now;
    }

    public Guid Id { get; private set; }

    public Guid CyclusId { get; private set; }

    public Onderwerpsoort Soort { get; private set; }

    /// <summary>The reviewed subject: a wijk (its programme), a dienstverleningsafspraak or subsidy (professional work), an initiative.</summary>
    public Guid OnderwerpId { get; private set; }

    public string OnderwerpNaam { get; private set; } = "";

    /// <summary>The wijk the subject works in: its residents do not sit on the panel.</summary>
    public Guid WijkId { get; private set; }

    /// <summary>The organisation that does the reviewed work, if any: its members do not sit on the panel.</summary>
    public Guid? OrganisatieId { get; private set; }

    public DateOnly GeplandOp { get; private set; }

    public VisitatieStatus Status { get; private set; }

    public IReadOnlyList<Perspectief> Perspectieven { get; private set; } = [];

    public int PerspectievenVersie { get; private set; }

    public int ReactietermijnDagen { get; private set; }

    public IReadOnlyList<Panellid> Panel { get; private set; } = [];

    public string? Zelfreflectie { get; private set; }

    public IReadOnlyList<Inbreng> Inbreng { get; private set; } = [];

    public IReadOnlyList<Beoordeling> Beoordelingen { get; private set; } = [];

    public DateOnly? ReactieUiterlijk { get; private set; }

    public string? Reactie { get; private set; }

    public IReadOnlyList<Vervolgactie> Vervolgacties { get; private set; } = [];

    public DateTimeOffset AangemaaktOp { get; private set; }

    public DateTimeOffset GewijzigdOp { get; private set; }

    /// <summary>
    /// Proposes a member (R6.3): never a resident of the reviewed wijk, a member of the reviewed organisation, anyone
    /// who declares another interest in the subject, or the same person twice.
    /// </summary>
    public void VoegPanellidToe(Panellid lid, DateTimeOffset now)
    {
        Vereis(VisitatieStatus.Gepland, "Het panel is al samengesteld.");
        if (Tekst.IsBlank(lid.Naam))
            throw new DomainException("Geef de naam van het panellid.");
        if (Panel.Any(p => p.GebruikerId == lid.GebruikerId))
            throw new DomainException($"{lid.Naam.Trim()} zit al in het panel.");
        if (lid.Woonwijk == WijkId && lid.Rol == Panelrol.Bewoner)
            throw new DomainException($"{lid.Naam.Trim()} woont in de wijk die gevisiteerd wordt; bewoners visiteren een andere wijk dan hun eigen.");
        if (OrganisatieId is { } organisatie && lid.Organisaties.Contains(organisatie))
            throw new DomainException($"{lid.Naam.Trim()} hoort bij de organisatie die gevisiteerd wordt en kan niet in het panel.");
        if (!Tekst.IsBlank(lid.Belang))
            throw new DomainException($"{lid.Naam.Trim()} heeft een belang gemeld ({lid.Belang!.Trim()}) en kan daarom niet in het panel.");
        Panel = [.. Panel, lid with { Naam = lid.Naam.Trim(), Belang = null }];
        GewijzigdOp = now;
    }

    public void VerwijderPanellid(Guid gebruikerId, DateTimeOffset now)
    {
        Vereis(VisitatieStatus.Gepland, "Het panel is al samengesteld.");
        if (Panel.All(p => p.GebruikerId != gebruikerId))
            throw new DomainException("Deze persoon zit niet in het panel.");
        Panel = [.. Panel.Where(p => p.GebruikerId != gebruikerId)];
        GewijzigdOp = now;
    }

    /// <summary>Confirms the panel: at least one resident (of another wijk) and at least one raadslid.</summary>
    public void BevestigPanel(DateTimeOffset now)
    {
        Vereis(VisitatieStatus.Gepland, "Het panel is al samengesteld.");
        if (!Panel.Any(p => p.Rol == Panelrol.Raadslid))
            throw new DomainException("In het panel zit minstens één raadslid.");
        if (!Panel.Any(p => p.Rol == Panelrol.Bewoner))
            throw new DomainException("In het panel zitten bewoners uit een andere wijk; er is er nog geen.");
        Zet(VisitatieStatus.PanelSamengesteld, now);
    }

    /// <summary>Asks the reviewed party for its self-reflection.</summary>
    public void VraagZelfreflectie(DateTimeOffset now)
    {
        Vereis(VisitatieStatus.PanelSamengesteld, "De zelfreflectie wordt gevraagd zodra het panel is samengesteld.");
        Zet(VisitatieStatus.Zelfreflectie, now);
    }

    /// <summary>The reviewed party's self-reflection; with it the panel starts its conversations.</summary>
    public void LegZelfreflectieVast(string tekst, DateTimeOffset now)
    {
        Vereis(VisitatieStatus.Zelfreflectie, "De zelfreflectie is al vastgelegd of nog niet gevraagd.");
        if (Tekst.IsBlank(tekst) || tekst.Trim().Length < KortsteToelichting)
            throw new DomainException($"Schrijf in de zelfreflectie wat goed gaat, wat niet en wat u wilt leren (minstens {KortsteToelichting} tekens).");
        Zelfreflectie = tekst.Trim();
        Zet(VisitatieStatus.Gesprekken, now);
    }

    /// <summary>Records what a stakeholder told the panel, apart from the reviewed party.</summary>
    public Inbreng LegInbrengVast(string wie, string wat, DateTimeOffset now)
    {
        Vereis(VisitatieStatus.Gesprekken, "Belanghebbenden worden gehoord tijdens de gesprekken.");
        if (Tekst.IsBlank(wie) || Tekst.IsBlank(wat))
            throw new DomainException("Zeg wie er gehoord is en wat die inbracht.");
        var inbreng = new Inbreng(Guid.CreateVersion7(now), wie.Trim(), wat.Trim(), now);
        Inbreng = [.. Inbreng, inbreng];
        GewijzigdOp = now;
        return inbreng;
    }

    /// <summary>
    /// The panel's mark on one perspective, always with a narrative (a mark alone is refused) that tells what the panel
    /// saw, never a production count (G-5). A later score on the same perspective replaces the earlier one.
    /// </summary>
    [Regel(Regelcatalogus.G5)]
    public void Beoordeel(Guid perspectiefId, Oordeel oordeel, string toelichting, string door, DateTimeOffset now)
    {
        Vereis(VisitatieStatus.Gesprekken, "Het panel beoordeelt tijdens de gesprekken, voor het conceptrapport.");
        if (Perspectieven.All(p => p.Id != perspectiefId))
            throw new DomainException("Dit perspectief hoort niet bij deze visitatie.");
        if (!Enum.IsDefined(oordeel))
            throw new DomainException("Kies een oordeel: beginnend, in ontwikkeling, sterk of inspirerend voorbeeld.");
        if (Tekst.IsBlank(toelichting) || toelichting.Trim().Length < KortsteToelichting)
            throw new DomainException($"Een oordeel zonder verhaal telt niet: licht het toe in minstens {KortsteToelichting} tekens (tellen én vertellen).");
        if (Productietelling.Vind(toelichting) is { } telling)
            throw new DomainException($"De toelichting noemt een productieaantal ('{telling}'). Een visitatie oordeelt over wat het werk in de wijk betekent, niet over aantallen per professional of per tijdseenheid (G-5).");
        Beoordelingen = [.. Beoordelingen.Where(b => b.PerspectiefId != perspectiefId), new Beoordeling(perspectiefId, oordeel, toelichting.Trim(), door, now)];
        GewijzigdOp = now;
    }

    /// <summary>The draft report, once every perspective is scored; the reviewed party's response period starts.</summary>
    public void MaakConceptrapport(DateTimeOffset now)
    {
        Vereis(VisitatieStatus.Gesprekken, "Het conceptrapport volgt op de gesprekken.");
        var open = Perspectieven.Where(p => Beoordelingen.All(b => b.PerspectiefId != p.Id)).Select(p => p.Naam).ToList();
        if (open.Count > 0)
            throw new DomainException($"Het panel heeft nog niet elk perspectief beoordeeld: {string.Join(", ", open)}.");
        ReactieUiterlijk = Kalender.Dag(now).AddDays(ReactietermijnDagen);
        Zet(VisitatieStatus.Reactie, now);
    }

    /// <summary>The reviewed party's formal response to the draft report, published with the final report.</summary>
    public void GeefReactie(string tekst, DateTimeOffset now)
    {
        Vereis(VisitatieStatus.Reactie, "Op het conceptrapport wordt gereageerd zolang de reactietermijn loopt.");
        if (Tekst.IsBlank(tekst))
            throw new DomainException("Schrijf de reactie op het conceptrapport.");
        Reactie = tekst.Trim();
        GewijzigdOp = now;
    }

    /// <summary>Adopts the final report: only after the response, or once the response period has passed without one.</summary>
    public void StelVast(DateTimeOffset now)
    {
        Vereis(VisitatieStatus.Reactie, "Alleen een conceptrapport waarop gereageerd kon worden, wordt vastgesteld.");
        if (Reactie is null && Kalender.Dag(now) <= ReactieUiterlijk)
            throw new DomainException($"De gevisiteerde kan tot en met {ReactieUiterlijk:dd-MM-yyyy} reageren; het rapport wordt pas daarna vastgesteld, of eerder als de reactie er is.");
        Zet(VisitatieStatus.Vastgesteld, now);
    }

    /// <summary>A follow-up action of the report; the first one starts the follow-up.</summary>
    public Vervolgactie VoegVervolgactieToe(string omschrijving, string eigenaar, DateOnly uiterlijk, DateTimeOffset now)
    {
        if (Status is not (VisitatieStatus.Vastgesteld or VisitatieStatus.Opvolging))
            throw new DomainException("Vervolgacties horen bij een vastgesteld rapport.");
        if (Tekst.IsBlank(omschrijving) || Tekst.IsBlank(eigenaar))
            throw new DomainException("Zeg wat er gebeurt en wie het doet.");
        if (uiterlijk < Kalender.Dag(now))
            throw new DomainException("De deadline van een vervolgactie ligt niet in het verleden.");
        var actie = new Vervolgactie(Guid.CreateVersion7(now), omschrijving.Trim(), eigenaar.Trim(), uiterlijk, null);
        Vervolgacties = [.. Vervolgacties, actie];
        Zet(VisitatieStatus.Opvolging, now);
        return actie;
    }

    /// <summary>Reports a follow-up action done, with its evidence (what was done, or where to see it), shown on the tracker.</summary>
    public void MeldVervolgactieGereed(Guid actieId, string bewijs, DateTimeOffset now)
    {
        Vereis(VisitatieStatus.Opvolging, "Alleen tijdens de opvolging worden acties gereed gemeld.");
        var actie = Vervolgacties.FirstOrDefault(a => a.Id == actieId)
            ?? throw new DomainException("Deze vervolgactie hoort niet bij deze visitatie.");
        if (actie.GereedOp is not null)
            throw new DomainException("Deze vervolgactie is al gereed.");
        if (Tekst.IsBlank(bewijs))
            throw new DomainException("Zeg wat er gedaan is, of waar het te zien is: de tracker toont het als bewijs.");
        Vervolgacties = [.. Vervolgacties.Select(a => a.Id == actieId ? a with { GereedOp = now, Bewijs = bewijs.Trim() } : a)];
        GewijzigdOp = now;
    }

    /// <summary>J10: the follow-up actions past their deadline and not done that were not chased yet; they are marked as chased, so each goes once.</summary>
    public IReadOnlyList<Vervolgactie> MaanVervolgacties(DateTimeOffset now)
    {
        var vandaag = Kalender.Dag(now);
        if (Status != VisitatieStatus.Opvolging)
            return [];
        var teManen = Vervolgacties.Where(a => a.IsVerlopen(vandaag) && a.GemaandOp is null).ToList();
        if (teManen.Count > 0)
            Vervolgacties = [.. Vervolgacties.Select(a => teManen.Contains(a) ? a with { GemaandOp = now } : a)];
        return teManen;
    }

    /// <summary>Closes the visitatie once every follow-up action is done; the panel's access ends with it.</summary>
    public void RondAf(DateTimeOffset now)
    {
        Vereis(VisitatieStatus.Opvolging, "Een visitatie wordt afgerond na de opvolging.");
        if (Vervolgacties.Any(a => a.GereedOp is null))
            throw new DomainException("Niet elke vervolgactie is gereed.");
        Zet(VisitatieStatus.Afgerond, now);
    }

    /// <summary>Whether this person may read the visit file as a panel member: a member, while the visitatie runs.</summary>
    public bool IsActiefPanellid(Guid gebruikerId) => Status != VisitatieStatus.Afgerond && Panel.Any(p => p.GebruikerId == gebruikerId);

    private void Vereis(VisitatieStatus status, string melding)
    {
        if (Status != status)
            throw new DomainException(melding);
    }

    private void Zet(VisitatieStatus status, DateTimeOffset now)
    {
        Status = status;
        GewijzigdOp = now;
    }
}
