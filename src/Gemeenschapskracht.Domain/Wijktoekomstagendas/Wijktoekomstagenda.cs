using Gemeenschapskracht.Domain.BuurtTops;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Regels;
using Gemeenschapskracht.Domain.Wijkbeelden;

namespace Gemeenschapskracht.Domain.Wijktoekomstagendas;

/// <summary>
/// One version of a wijk's wijktoekomstagenda (route step 3, R3.2): where the wijk wants to be in five or ten years,
/// as ambitions tagged to the raad's public values or as residents' own goals. Written by a team (residents'
/// organisation first), published and spread through the wijk (R3.6), carried out, and re-weighed at mid-horizon and
/// at the end (J4). A new version starts as a copy (ambitions keep their stable ids) and archives the one before.
/// </summary>
public sealed class Wijktoekomstagenda : IAudited
{
    public const int MaxAmbities = 200;
    public const int MaxVerspreidingen = 100;

    private readonly List<Ambitie> ambities = [];

    private Wijktoekomstagenda() { }

    private Wijktoekomstagenda(Guid gebiedId, int versie, string titel, string? intro, int horizonJaren, int startJaar, Guid? buurtTopId,
        IEnumerable<Guid> team, DateTimeOffset now)
    {
        EnsureHorizon(horizonJaren, startJaar);
        Id = Guid.CreateVersion7(now);
        GebiedId = gebiedId;
        Versie = versie;
        Titel = titel.Trim();
        Intro = Tekst.OfNull(intro);
        HorizonJaren = horizonJaren;
        StartJaar = startJaar;
        BuurtTopId = buurtTopId;
        Team = team.Distinct().ToList();
        Status = AgendaStatus.Concept;
        AangemaaktOp = now;
        GewijzigdOp = now;
    }

    public Guid Id { get; private set; }

    /// <summary>The wijk.</summary>
    public Guid GebiedId { get; private set; }

    public int Versie { get; private set; }

    public string Titel { get; private set; } = "";

    public string? Intro { get; private set; }

    /// <summary>5 or 10 years (R3.2).</summary>
    public int HorizonJaren { get; private set; }

    /// <summary>The first year of the horizon; the horizon runs from 1 January of it.</summary>
    public int StartJaar { get; private set; }

    /// <summary>The BuurtTop the agenda came out of, when there was one.</summary>
    public Guid? BuurtTopId { get; private set; }

    public AgendaStatus Status { get; private set; }

    /// <summary>The organisations that write it, residents' organisation first.</summary>
    public List<Guid> Team { get; private set; } = [];

    public IReadOnlyList<Ambitie> Ambities => ambities;

    public List<Verspreiding> Verspreidingen { get; private set; } = [];

    /// <summary>The moments of the horizon the team was already called to re-weigh the agenda for (J4 is idempotent).</summary>
    public List<Herijkingsmoment> Herijkingen { get; private set; } = [];

    public DateTimeOffset AangemaaktOp { get; private set; }

    public DateTimeOffset GewijzigdOp { get; private set; }

    public DateTimeOffset? GepubliceerdOp { get; private set; }

    public bool IsOpenbaar => Status is not AgendaStatus.Concept;

    /// <summary>Whether ambitions can be added or rewritten: while drafting and while re-weighing.</summary>
    public bool IsBewerkbaar => Status is AgendaStatus.Concept or AgendaStatus.Herijking;

    public DateOnly HorizonStart => new(StartJaar, 1, 1);

    public DateOnly Halverwege => HorizonStart.AddMonths(HorizonJaren * 6);

    public DateOnly HorizonEinde => HorizonStart.AddYears(HorizonJaren);

    public static Wijktoekomstagenda Eerste(Guid wijkId, string titel, string? intro, int horizonJaren, int startJaar, Guid? buurtTopId,
        IReadOnlyList<Guid> team, bool trekkerIsBewonersorganisatie, DateTimeOffset now)
    {
        if (team.Count == 0)
            throw new DomainException("Een wijktoekomstagenda wordt geschreven door een team; noem ten minste de bewonersorganisatie die haar trekt.");
        if (!trekkerIsBewonersorganisatie)
            throw new DomainException("Een wijktoekomstagenda is van de wijk: de eerste organisatie van het team is een bewonersorganisatie, bewonersgroep of wijkopbouwpunt.");
        return new Wijktoekomstagenda(wijkId, 1, titel, intro, horizonJaren, startJaar, buurtTopId, team, now);
    }

    /// <summary>A new version: a concept that copies the latest one (its ambitions keep their stable ids).</summary>
    public static Wijktoekomstagenda NieuweVersieVan(Wijktoekomstagenda laatste, string titel, string? intro, int horizonJaren, int startJaar,
        Guid? buurtTopId, DateTimeOffset now)
    {
        if (laatste.Status == AgendaStatus.Concept)
            throw new DomainException($"Versie {laatste.Versie} van deze agenda is nog een concept; werk die bij in plaats van een nieuwe versie te beginnen.");
        if (laatste.Status == AgendaStatus.Gearchiveerd)
            throw new DomainException("Een nieuwe versie begint vanaf de laatste versie, niet vanaf een gearchiveerde.");
        var nieuw = new Wijktoekomstagenda(laatste.GebiedId, laatste.Versie + 1, titel, intro, horizonJaren, startJaar, buurtTopId ?? laatste.BuurtTopId, laatste.Team, now);
        nieuw.ambities.AddRange(laatste.ambities.Select(a => a.KopieVoor(nieuw.Id, now)));
        return nieuw;
    }

    public void Wijzig(string titel, string? intro, int horizonJaren, int startJaar, Guid? buurtTopId, DateTimeOffset now)
    {
        if (Status != AgendaStatus.Concept)
            throw new DomainException("Alleen een concept kan worden gewijzigd; na de publicatie begint een wijziging met een herijking of een nieuwe versie.");
        EnsureHorizon(horizonJaren, startJaar);
        Titel = titel.Trim();
        Intro = Tekst.OfNull(intro);
        HorizonJaren = horizonJaren;
        StartJaar = startJaar;
        BuurtTopId = buurtTopId;
        GewijzigdOp = now;
    }

    /// <param name="publiekeWaardeId">A public value of the kader in force, or null for residents' own goal.</param>
    /// <param name="waardenInKader">The stable ids of the public values of the kader in force.</param>
    public Ambitie VoegAmbitieToe(string titel, string tekst, Guid? publiekeWaardeId, IReadOnlySet<Guid> waardenInKader, Herkomst schrijver)
    {
        EnsureBewerkbaar();
        EnsureWaarde(publiekeWaardeId, waardenInKader);
        if (ambities.Count >= MaxAmbities)
            throw new DomainException($"Een agenda heeft hoogstens {MaxAmbities} ambities.");
        var nummer = ambities.Count == 0 ? 1 : ambities.Max(a => a.Nummer) + 1;
        var ambitie = new Ambitie(Id, Guid.CreateVersion7(schrijver.Op), nummer, titel, tekst, publiekeWaardeId, schrijver);
        ambities.Add(ambitie);
        GewijzigdOp = schrijver.Op;
        return ambitie;
    }

    /// <summary>
    /// R3.4: the dreams and ambitions of the tables of the wijk's BuurtTop become the agenda's ambitions, as dreams
    /// and residents' own goals until the team tags them to a public value, each still its writer's (G-8).
    /// </summary>
    [Regel(Regelcatalogus.G8)]
    public IReadOnlyList<Ambitie> NeemOpbrengstenOver(BuurtTop buurtTop)
    {
        if (buurtTop.GebiedId != GebiedId)
            throw new DomainException("Deze BuurtTop is van een andere wijk dan de agenda.");
        if (buurtTop.Status != BuurtTopStatus.Gehouden)
            throw new DomainException("Een agenda neemt de opbrengsten over van een gehouden BuurtTop die nog niet is verwerkt.");
        return [.. buurtTop.Opbrengsten.Select(o => VoegAmbitieToe(Kop(o.Tekst), o.Tekst, null, new HashSet<Guid>(), o.Herkomst))];
    }

    /// <summary>The title of an ambition taken from a table's text: the text itself, or its first words.</summary>
    private static string Kop(string tekst)
    {
        var schoon = tekst.Trim();
        if (schoon.Length <= 80)
            return schoon;
        var einde = schoon.LastIndexOf(' ', 79);
        return schoon[..(einde > 20 ? einde : 79)] + "…";
    }

    public Ambitie WijzigAmbitie(Guid ambitieId, string titel, string tekst, Guid? publiekeWaardeId, IReadOnlySet<Guid> waardenInKader, Herkomst schrijver)
    {
        EnsureBewerkbaar();
        var ambitie = Ambitie(ambitieId);
        if (publiekeWaardeId != ambitie.PubliekeWaardeId)
            EnsureWaarde(publiekeWaardeId, waardenInKader);
        ambitie.Wijzig(titel, tekst, publiekeWaardeId, schrijver);
        GewijzigdOp = schrijver.Op;
        return ambitie;
    }

    public Ambitie ZetAmbitieStatus(Guid ambitieId, AmbitieStatus status, string? reden, Herkomst schrijver)
    {
        EnsureNietGearchiveerd();
        var ambitie = Ambitie(ambitieId);
        ambitie.ZetStatus(status, reden, schrijver);
        GewijzigdOp = schrijver.Op;
        return ambitie;
    }

    public Werkgroep VoegWerkgroepToe(Guid ambitieId, string naam, IReadOnlyList<string> leden, Guid? contactOrganisatieId, DateTimeOffset now)
    {
        EnsureNietGearchiveerd();
        var werkgroep = Ambitie(ambitieId).VoegWerkgroepToe(naam, leden, contactOrganisatieId, now);
        GewijzigdOp = now;
        return werkgroep;
    }

    /// <summary>A comment on an ambition: how the gemeente responds to what residents wrote without changing it (G-8).</summary>
    public Opmerking Opmerken(Guid ambitieId, Herkomst schrijver, string tekst)
    {
        EnsureNietGearchiveerd();
        var opmerking = Ambitie(ambitieId).Opmerken(schrijver, tekst);
        GewijzigdOp = schrijver.Op;
        return opmerking;
    }

    /// <summary>Publishes the concept; the version published before (<paramref name="vorige"/>) is archived.</summary>
    public void Publiceer(Wijktoekomstagenda? vorige, DateTimeOffset now)
    {
        if (Status != AgendaStatus.Concept)
            throw new DomainException("Alleen een concept kan worden gepubliceerd; deze agenda is al gepubliceerd.");
        if (ambities.Count == 0)
            throw new DomainException("Een agenda zonder ambities kan niet worden gepubliceerd; leg eerst vast waar de wijk over vijf of tien jaar wil staan.");
        if (vorige is not null && vorige.Id != Id)
        {
            if (vorige.GebiedId != GebiedId || vorige.Status is AgendaStatus.Concept or AgendaStatus.Gearchiveerd)
                throw new DomainException("Alleen de openbare agenda van dezelfde wijk wordt vervangen.");
            vorige.Status = AgendaStatus.Gearchiveerd;
            vorige.GewijzigdOp = now;
        }
        Status = AgendaStatus.Gepubliceerd;
        GepubliceerdOp = now;
        GewijzigdOp = now;
    }

    /// <summary>The agenda is being carried out: after publication, or again after the team re-weighed it.</summary>
    public void StartUitvoering(DateTimeOffset now)
    {
        if (Status is not (AgendaStatus.Gepubliceerd or AgendaStatus.Herijking))
            throw new DomainException("Een agenda gaat in uitvoering nadat ze is gepubliceerd, of weer nadat het team haar heeft herijkt.");
        Status = AgendaStatus.InUitvoering;
        GewijzigdOp = now;
    }

    /// <summary>Records how the published agenda went round the wijk (R3.6).</summary>
    public Verspreiding Verspreid(Verspreidingswijze wijze, string omschrijving, DateOnly datum, int? aantal, DateTimeOffset now)
    {
        if (Status is AgendaStatus.Concept or AgendaStatus.Gearchiveerd)
            throw new DomainException("Alleen een gepubliceerde agenda wordt verspreid.");
        if (aantal is < 1)
            throw new DomainException("Het aantal verspreide exemplaren is ten minste 1 (of laat het leeg).");
        if (GepubliceerdOp is { } gepubliceerd && datum < Kalender.Dag(gepubliceerd))
            throw new DomainException("De agenda kan niet zijn verspreid voordat ze werd gepubliceerd.");
        if (Verspreidingen.Count >= MaxVerspreidingen)
            throw new DomainException($"Het verspreidingslogboek telt hoogstens {MaxVerspreidingen} regels.");
        var verspreiding = new Verspreiding(Guid.CreateVersion7(now), wijze, omschrijving.Trim(), datum, aantal);
        Verspreidingen = [.. Verspreidingen, verspreiding];
        GewijzigdOp = now;
        return verspreiding;
    }

    /// <summary>
    /// J4: at mid-horizon and at the end of the horizon the agenda is marked for re-weighing. Returns the moment reached
    /// when it is new (the team is then mailed), or null; each moment once.
    /// </summary>
    public Herijkingsmoment? MarkeerVoorHerijking(DateOnly vandaag)
    {
        if (Status is not (AgendaStatus.Gepubliceerd or AgendaStatus.InUitvoering or AgendaStatus.Herijking))
            return null;
        Herijkingsmoment? moment = vandaag >= HorizonEinde ? Herijkingsmoment.Einde : vandaag >= Halverwege ? Herijkingsmoment.Halverwege : null;
        if (moment is not { } bereikt || Herijkingen.Contains(bereikt))
            return null;
        Herijkingen = [.. Enum.GetValues<Herijkingsmoment>().Where(h => h <= bereikt)];
        Status = AgendaStatus.Herijking;
        return bereikt;
    }

    private Ambitie Ambitie(Guid ambitieId) =>
        ambities.FirstOrDefault(a => a.AmbitieId == ambitieId) ?? throw new DomainException("Deze ambitie staat niet in deze versie van de agenda.");

    private void EnsureBewerkbaar()
    {
        if (!IsBewerkbaar)
            throw new DomainException(Status == AgendaStatus.Gearchiveerd
                ? "Deze versie van de agenda is gearchiveerd en kan niet meer worden gewijzigd."
                : "Ambities worden geschreven in het concept of tijdens een herijking; de status van een ambitie, werkgroepen en opmerkingen kunnen altijd.");
    }

    private void EnsureNietGearchiveerd()
    {
        if (Status == AgendaStatus.Gearchiveerd)
            throw new DomainException("Deze versie van de agenda is gearchiveerd en kan niet meer worden gewijzigd.");
    }

    private static void EnsureWaarde(Guid? publiekeWaardeId, IReadOnlySet<Guid> waardenInKader)
    {
        if (publiekeWaardeId is { } waarde && !waardenInKader.Contains(waarde))
            throw new DomainException("Deze publieke waarde staat niet in het geldende beleidskader; kies een waarde van het kader of markeer de ambitie als eigen doel van bewoners.");
    }

    private static void EnsureHorizon(int horizonJaren, int startJaar)
    {
        if (horizonJaren is not (5 or 10))
            throw new DomainException("De horizon van een wijktoekomstagenda is vijf of tien jaar.");
        if (startJaar is < 2000 or > 2100)
            throw new DomainException("Het startjaar van de horizon ligt tussen 2000 en 2100.");
    }
}

/// <summary>When the team is called to re-weigh the agenda (J4).</summary>
public enum Herijkingsmoment
{
    Halverwege,
    Einde,
}
