using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Regels;

namespace Gemeenschapskracht.Domain.Wijkbeelden;

/// <summary>
/// One version of a wijk's wijkbeeld (route step 2): made by a team (a bewonersorganisatie or wijkopbouwpunt first,
/// with professionals and ambtenaren), talked through in conversation rounds, given meaning and shared. A shared
/// version is read-only; a revision is a new version that starts as a copy. Residents' words stay theirs (G-8), and
/// nothing is lost when an organisation leaves the team: the wijkbeeld belongs to the wijk (G-7).
/// </summary>
public sealed class Wijkbeeld : IAudited
{
    private Wijkbeeld() { }

    private Wijkbeeld(Guid gebiedId, int versie, string titel, IEnumerable<Guid> team, WijkbeeldInhoud inhoud, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        GebiedId = gebiedId;
        Versie = versie;
        Titel = titel.Trim();
        Team = team.Distinct().ToList();
        Inhoud = inhoud;
        Status = WijkbeeldStatus.Concept;
        AangemaaktOp = now;
        GewijzigdOp = now;
    }

    public Guid Id { get; private set; }

    /// <summary>The wijk.</summary>
    public Guid GebiedId { get; private set; }

    public int Versie { get; private set; }

    public string Titel { get; private set; } = "";

    public WijkbeeldStatus Status { get; private set; }

    /// <summary>The organisations that make it, the trekker (a residents' organisation) first.</summary>
    public List<Guid> Team { get; private set; } = [];

    public WijkbeeldInhoud Inhoud { get; private set; } = null!;

    /// <summary>The latest CBS year of the wijk's figures when this version was begun.</summary>
    public int? Cijferjaar { get; private set; }

    /// <summary>Set when CBS published a newer year than <see cref="Cijferjaar"/> (job J1).</summary>
    public int? NieuwerCijferjaar { get; private set; }

    /// <summary>The date of the wijk's next BuurtTop, as the gemeente sets it; the team is reminded to review before it (job J2).</summary>
    public DateOnly? VolgendeBuurtTop { get; private set; }

    /// <summary>How many days before the BuurtTop the team is reminded (J2), as the gemeente sets it.</summary>
    public int HerinneringDagenVooraf { get; private set; } = StandaardHerinneringDagen;

    /// <summary>The BuurtTop date the team was last reminded of, so the reminder goes once (J2 is idempotent).</summary>
    public DateOnly? HerinnerdVoorBuurtTop { get; private set; }

    /// <summary>Who last wrote the reading of the figures.</summary>
    public Kant DuidingKant { get; private set; } = Kant.Bewoners;

    public DateTimeOffset AangemaaktOp { get; private set; }

    public DateTimeOffset GewijzigdOp { get; private set; }

    public DateTimeOffset? GedeeldOp { get; private set; }

    public const int StandaardHerinneringDagen = 42;

    public bool IsBewerkbaar => Status is WijkbeeldStatus.Concept or WijkbeeldStatus.InGesprek or WijkbeeldStatus.Geduid;

    /// <param name="trekkerIsBewonersorganisatie">Whether the first organisation of the team is residents' own (a bewonersorganisatie, group or wijkopbouwpunt).</param>
    public static Wijkbeeld Eerste(Guid wijkId, string titel, IReadOnlyList<Guid> team, bool trekkerIsBewonersorganisatie, DateTimeOffset now)
    {
        EnsureTeam(team, trekkerIsBewonersorganisatie);
        return new Wijkbeeld(wijkId, 1, titel, team, WijkbeeldInhoud.Leeg, now);
    }

    /// <summary>A revision: a new concept that starts as a copy of the latest version, with the same team.</summary>
    public static Wijkbeeld NieuweVersieVan(Wijkbeeld laatste, string titel, DateTimeOffset now)
    {
        if (laatste.IsBewerkbaar)
            throw new DomainException($"Versie {laatste.Versie} van dit wijkbeeld is nog niet gedeeld; werk die bij in plaats van een nieuwe versie te beginnen.");
        return new Wijkbeeld(laatste.GebiedId, laatste.Versie + 1, titel, laatste.Team, laatste.Inhoud, now)
        {
            VolgendeBuurtTop = laatste.VolgendeBuurtTop,
            HerinneringDagenVooraf = laatste.HerinneringDagenVooraf,
            HerinnerdVoorBuurtTop = laatste.HerinnerdVoorBuurtTop,
        };
    }

    /// <summary>Records which CBS year the figures beside this version are of (null: the wijk has none yet).</summary>
    public void BaseerOpCijfersVan(int? jaar)
    {
        Cijferjaar = jaar;
        NieuwerCijferjaar = null;
    }

    /// <summary>
    /// Replaces the content with <paramref name="voorstel"/>, as written by <paramref name="schrijver"/>. Items keep their
    /// origin and comments; new items get the writer's. The gemeente cannot change or remove what residents wrote (G-8).
    /// </summary>
    [Regel(Regelcatalogus.G8)]
    public void Wijzig(string titel, WijkbeeldInhoud voorstel, Herkomst schrijver)
    {
        EnsureBewerkbaar();
        voorstel.Controleer();
        var huidig = Inhoud;
        if (voorstel.Duiding != huidig.Duiding && huidig.Duiding is not null)
            Eigenaarschap.Bewaak(DuidingKant, schrijver, "De duiding van de cijfers is geschreven door bewoners en kan door de gemeente niet worden gewijzigd; plaats een opmerking.");
        var besluit = voorstel.Wijkopbouwpunt;
        if (huidig.Wijkopbouwpunt is { } oud && (besluit is null || besluit.Keuze != oud.Keuze || besluit.Redenen != oud.Redenen))
            Eigenaarschap.Bewaak(oud.Herkomst.Kant, schrijver, "Het besluit over een wijkopbouwpunt is genomen door bewoners en kan door de gemeente niet worden gewijzigd; plaats een opmerking.");
        Inhoud = new WijkbeeldInhoud(
            voorstel.Duiding,
            Eigenaarschap.Samenvoegen(huidig.Geschiedenis, voorstel.Geschiedenis, schrijver, (i, h, o) => i with { Herkomst = h, Opmerkingen = o }, "Dit onderdeel van de geschiedenis"),
            Eigenaarschap.Samenvoegen(huidig.InformeleStructuren, voorstel.InformeleStructuren, schrijver, (i, h, o) => i with { Herkomst = h, Opmerkingen = o }, "Deze informele structuur"),
            Eigenaarschap.Samenvoegen(huidig.Initiatieven, voorstel.Initiatieven, schrijver, (i, h, o) => i with { Herkomst = h, Opmerkingen = o }, "Dit initiatief"),
            Eigenaarschap.Samenvoegen(huidig.Inzet, voorstel.Inzet, schrijver, (i, h, o) => i with { Herkomst = h, Opmerkingen = o }, "Deze professionele inzet"),
            Eigenaarschap.Samenvoegen(huidig.Samenwerkingen, voorstel.Samenwerkingen, schrijver, (i, h, o) => i with { Herkomst = h, Opmerkingen = o }, "Deze samenwerking"),
            Eigenaarschap.Samenvoegen(huidig.Gespreksrondes, voorstel.Gespreksrondes, schrijver, (i, h, o) => i with { Herkomst = h, Opmerkingen = o }, "Deze gespreksronde"),
            Eigenaarschap.Samenvoegen(huidig.Behoeften, voorstel.Behoeften, schrijver, (i, h, o) => i with { Herkomst = h, Opmerkingen = o }, "Deze behoefte"),
            besluit is null ? null : besluit with { Herkomst = huidig.Wijkopbouwpunt is { } vorig && vorig.Keuze == besluit.Keuze && vorig.Redenen == besluit.Redenen ? vorig.Herkomst : schrijver });
        DuidingKant = voorstel.Duiding == huidig.Duiding ? DuidingKant : schrijver.Kant;
        Titel = titel.Trim();
        GewijzigdOp = schrijver.Op;
    }

    /// <summary>Adds a comment to an item: how anyone, the gemeente included, responds without changing it (G-8).</summary>
    [Regel(Regelcatalogus.G8)]
    public Opmerking Opmerken(Guid itemId, Herkomst schrijver, string tekst)
    {
        if (Status == WijkbeeldStatus.Vervangen)
            throw new DomainException("Op een vervangen versie van het wijkbeeld kan niet meer worden gereageerd.");
        if (!Inhoud.Items.Any(x => x.Id == itemId))
            throw new DomainException("Dit onderdeel bestaat niet in deze versie van het wijkbeeld.");
        var opmerking = new Opmerking(Guid.CreateVersion7(schrijver.Op), schrijver.Kant, schrijver.Auteur, tekst.Trim(), schrijver.Op);
        var i = Inhoud;
        Inhoud = i with
        {
            Geschiedenis = MetOpmerking(i.Geschiedenis, itemId, opmerking, (x, o) => x with { Opmerkingen = o }),
            InformeleStructuren = MetOpmerking(i.InformeleStructuren, itemId, opmerking, (x, o) => x with { Opmerkingen = o }),
            Initiatieven = MetOpmerking(i.Initiatieven, itemId, opmerking, (x, o) => x with { Opmerkingen = o }),
            Inzet = MetOpmerking(i.Inzet, itemId, opmerking, (x, o) => x with { Opmerkingen = o }),
            Samenwerkingen = MetOpmerking(i.Samenwerkingen, itemId, opmerking, (x, o) => x with { Opmerkingen = o }),
            Gespreksrondes = MetOpmerking(i.Gespreksrondes, itemId, opmerking, (x, o) => x with { Opmerkingen = o }),
            Behoeften = MetOpmerking(i.Behoeften, itemId, opmerking, (x, o) => x with { Opmerkingen = o }),
        };
        GewijzigdOp = schrijver.Op;
        return opmerking;
    }

    /// <summary>The team starts the conversation rounds.</summary>
    public void StartGesprek(DateTimeOffset now)
    {
        if (Status != WijkbeeldStatus.Concept)
            throw new DomainException($"Alleen een concept gaat in gesprek; deze versie is al verder ({Status}).");
        Status = WijkbeeldStatus.InGesprek;
        GewijzigdOp = now;
    }

    /// <summary>The figures have been given meaning, which needs at least one conversation round (R2.8).</summary>
    public void Duid(DateTimeOffset now)
    {
        if (Status != WijkbeeldStatus.InGesprek)
            throw new DomainException("Een wijkbeeld wordt geduid nadat het in gesprek is gegaan.");
        if (Inhoud.Gespreksrondes.Count == 0)
            throw new DomainException("Leg ten minste één gespreksronde vast voordat het wijkbeeld geduid is: cijfers krijgen pas betekenis in gesprek met de wijk.");
        Status = WijkbeeldStatus.Geduid;
        GewijzigdOp = now;
    }

    /// <summary>Shares the wijkbeeld with the public; the version shared before (<paramref name="vorige"/>) is replaced.</summary>
    public void Deel(Wijkbeeld? vorige, DateTimeOffset now)
    {
        if (Status != WijkbeeldStatus.Geduid)
            throw new DomainException("Alleen een geduid wijkbeeld kan worden gedeeld; leg eerst de gespreksrondes vast en duid het.");
        if (vorige is not null && vorige.Id != Id)
        {
            if (vorige.GebiedId != GebiedId || vorige.Status != WijkbeeldStatus.Gedeeld)
                throw new DomainException("Alleen het gedeelde wijkbeeld van dezelfde wijk wordt vervangen.");
            vorige.Status = WijkbeeldStatus.Vervangen;
            vorige.GewijzigdOp = now;
        }
        Status = WijkbeeldStatus.Gedeeld;
        GedeeldOp = now;
        GewijzigdOp = now;
    }

    /// <summary>
    /// J1: CBS published figures of <paramref name="jaar"/>. True when that is newer than the figures this version was
    /// made with and not yet known, so the team is told once.
    /// </summary>
    public bool MarkeerCijfersVerouderd(int jaar)
    {
        if (Status == WijkbeeldStatus.Vervangen || Cijferjaar is not { } basis || jaar <= basis || NieuwerCijferjaar >= jaar)
            return false;
        NieuwerCijferjaar = jaar;
        return true;
    }

    public void PlanBuurtTop(DateOnly? datum, int herinneringDagenVooraf, DateTimeOffset now)
    {
        if (herinneringDagenVooraf is < 1 or > 365)
            throw new DomainException("Herinner het team tussen 1 en 365 dagen voor de BuurtTop.");
        VolgendeBuurtTop = datum;
        HerinneringDagenVooraf = herinneringDagenVooraf;
        GewijzigdOp = now;
    }

    /// <summary>J2: whether the team is to be reminded today; records the reminder so it goes once per BuurtTop date.</summary>
    /// <param name="aangekondigd">The date of the wijk's next announced BuurtTop; the nearest of it and the date set here counts.</param>
    public bool HerinnerVoorBuurtTop(DateOnly vandaag, DateOnly? aangekondigd = null)
    {
        DateOnly?[] data = [aangekondigd, VolgendeBuurtTop];
        if (data.Where(d => d >= vandaag).Min() is not { } datum || Status == WijkbeeldStatus.Vervangen || HerinnerdVoorBuurtTop == datum)
            return false;
        if (vandaag < datum.AddDays(-HerinneringDagenVooraf) || vandaag > datum)
            return false;
        HerinnerdVoorBuurtTop = datum;
        return true;
    }

    /// <summary>Changes the team; the organisations that leave take nothing with them (G-7).</summary>
    [Regel(Regelcatalogus.G7)]
    public void WijzigTeam(IReadOnlyList<Guid> team, bool trekkerIsBewonersorganisatie, DateTimeOffset now)
    {
        EnsureBewerkbaar();
        EnsureTeam(team, trekkerIsBewonersorganisatie);
        Team = team.Distinct().ToList();
        GewijzigdOp = now;
    }

    private void EnsureBewerkbaar()
    {
        if (!IsBewerkbaar)
            throw new DomainException($"Versie {Versie} van dit wijkbeeld is {(Status == WijkbeeldStatus.Gedeeld ? "gedeeld" : "vervangen")} en kan niet meer worden gewijzigd; begin een nieuwe versie.");
    }

    private static void EnsureTeam(IReadOnlyList<Guid> team, bool trekkerIsBewonersorganisatie)
    {
        if (team.Count == 0)
            throw new DomainException("Een wijkbeeld wordt gemaakt door een team; noem ten minste de bewonersorganisatie die het trekt.");
        if (!trekkerIsBewonersorganisatie)
            throw new DomainException("Een wijkbeeld wordt getrokken door bewoners: de eerste organisatie van het team is een bewonersorganisatie, bewonersgroep of wijkopbouwpunt.");
    }

    private static IReadOnlyList<T> MetOpmerking<T>(IReadOnlyList<T> items, Guid itemId, Opmerking opmerking, Func<T, IReadOnlyList<Opmerking>, T> met)
        where T : IWijkbeeldItem =>
        items.Select(i => i.Id == itemId ? met(i, [.. i.Opmerkingen, opmerking]) : i).ToList();
}
