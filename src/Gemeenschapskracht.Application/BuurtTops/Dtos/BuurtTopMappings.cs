using Gemeenschapskracht.Application.Wijkbeelden.Dtos;
using Gemeenschapskracht.Domain.BuurtTops;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Wijkbeelden;

namespace Gemeenschapskracht.Application.BuurtTops.Dtos;

public static class BuurtTopMappings
{
    public const string WaarschuwingZonderWijkbeeld =
        "Deze BuurtTop bouwt niet voort op een gedeeld wijkbeeld: de wijk heeft er (nog) geen. Het wijkbeeld is het vertrekpunt van het gesprek.";

    /// <param name="volledig">The team's and the gemeente's view; false for the public face.</param>
    public static BuurtTopDto ToDto(this BuurtTop b, string wijkNaam, IReadOnlyDictionary<Guid, string> organisaties, int aangemeld, int opWachtlijst,
        bool volledig, DateOnly vandaag)
    {
        var zichtbareOpbrengsten = volledig || b.Status is BuurtTopStatus.Gehouden or BuurtTopStatus.Verwerkt;
        return new BuurtTopDto(
            b.Id, b.GebiedId, wijkNaam, b.Titel, b.Datum, b.Plek, b.Status,
            b.Organisator is { } o
                ? new OrganisatorWeergaveDto(o.Soort,
                    o.Team.Select(id => new TeamlidDto(id, organisaties.GetValueOrDefault(id, "(onbekende organisatie)"))).ToList(),
                    volledig ? o.Taakgroep.Select(l => new TaakgroeplidDto { Naam = l.Naam, Rol = l.Rol }).ToList() : [],
                    o.Financieringsbron, o.Financiering.Eurocent)
                : null,
            b.WijkbeeldId, b.WijkbeeldVersie, b.ZonderWijkbeeld, b.ZonderWijkbeeld ? WaarschuwingZonderWijkbeeld : null,
            b.Capaciteit, aangemeld, opWachtlijst, b.Capaciteit is { } cap ? Math.Max(0, cap - aangemeld) : null, b.IsOpen, Aanmelding.ToestemmingVersieHuidig,
            volledig ? b.Plan.ToDto() : null,
            volledig ? b.Plan.Totaal.Eurocent : null,
            volledig ? b.Plan.VoortgangOp(vandaag, b.Datum).ToDto() : null,
            b.Aanwezigheid?.ToDto(),
            zichtbareOpbrengsten ? b.Opbrengsten.Select(ToDto).ToList() : [],
            volledig ? b.Signaleringen.Select(s => new BuurtTopSignaleringDto(s.MijlpaalId, s.Soort, s.Omschrijving, s.Datum, s.Op)).ToList() : [],
            b.AgendaId, b.AangemaaktOp, b.GewijzigdOp, b.GehoudenOp, b.VerwerktOp);
    }

    public static VoorbereidingsplanDto ToDto(this Voorbereidingsplan p) => new()
    {
        Themas = p.Themas,
        Werkgroepen = p.Werkgroepen.Select(w => new VoorbereidingswerkgroepDto
        {
            Id = w.Id, Naam = w.Naam, Thema = w.Thema, Leden = w.Leden.Select(l => new WerkgroeplidDto { Naam = l.Naam, Rol = l.Rol }).ToList(),
        }).ToList(),
        Mijlpalen = p.Mijlpalen.Select(m => new MijlpaalDto { Id = m.Id, Omschrijving = m.Omschrijving, Datum = m.Datum, Gereed = m.Gereed }).ToList(),
        Informatiebehoeften = p.Informatiebehoeften,
        Begroting = p.Begroting.Select(b => new BegrotingspostDto { Omschrijving = b.Omschrijving, BedragEurocent = b.Bedrag.Eurocent }).ToList(),
        Projectleider = p.Projectleider is { } l ? new ProjectleiderDto { Naam = l.Naam, Uren = l.Uren, BedragEurocent = l.Bedrag.Eurocent } : null,
    };

    public static VoortgangDto ToDto(this Voortgang v) => new(v.Mijlpalen, v.Gereed, v.Verschuldigd, v.Achterstallig, v.DagenTotBuurtTop);

    public static AanwezigheidDto ToDto(this Aanwezigheid a) => new()
    {
        Bewoners = a.Bewoners, Sterkhouders = a.Sterkhouders, Ondernemers = a.Ondernemers, Zzpers = a.Zzpers,
        Professionals = a.Professionals, Ambtenaren = a.Ambtenaren, Raadsleden = a.Raadsleden, Totaal = a.Totaal,
    };

    public static Aanwezigheid NaarDomein(this AanwezigheidDto a) =>
        new(a.Bewoners, a.Sterkhouders, a.Ondernemers, a.Zzpers, a.Professionals, a.Ambtenaren, a.Raadsleden);

    public static OpbrengstDto ToDto(this Opbrengst o) => new()
    {
        Id = o.Id, Tafel = o.Tafel, Soort = o.Soort, Tekst = o.Tekst,
        Herkomst = new HerkomstDto(o.Herkomst.Kant, o.Herkomst.Auteur, o.Herkomst.Op),
        Opmerkingen = o.Opmerkingen.Select(x => new OpmerkingDto(x.Id, x.Kant, x.Auteur, x.Tekst, x.Op)).ToList(),
    };

    public static AanmeldingDto ToDto(this Aanmelding a) =>
        new(a.Id, a.Naam, a.Email, a.Categorie, a.Status, a.ToestemmingVersie, a.ToestemmingOp, a.AangemeldOp, a.AfgemeldOp);

    public static BuurtTopUitnodigingDto ToDto(this BuurtTopUitnodiging u) => new(u.Id, u.Categorie, u.Email, u.VerstuurdDoor, u.VerstuurdOp);

    public static BuurtTopCyclusDto ToDto(this BuurtTopCyclus c, bool standaard, DateOnly vandaag)
    {
        var dagen = new List<DateOnly>();
        var vanaf = vandaag;
        for (var i = 0; i < 3; i++)
        {
            var dag = c.VolgendeBuurtTopDag(vanaf);
            dagen.Add(dag);
            vanaf = dag.AddDays(1);
        }
        return new BuurtTopCyclusDto(c.IntervalJaren, c.AankondigingMaanden, c.HerinneringDagen, c.Regio, c.Dagregel, c.VasteDag, c.VasteMaand, standaard, dagen);
    }

    /// <summary>The plan as sent, as a domain value: new working groups and milestones get an id; a sent id must be the plan's.</summary>
    public static Voorbereidingsplan NaarDomein(this VoorbereidingsplanDto dto, Voorbereidingsplan huidig, DateTimeOffset now)
    {
        var bekend = huidig.Mijlpalen.Select(m => m.Id).Concat(huidig.Werkgroepen.Select(w => w.Id)).ToHashSet();
        Guid Id(Guid? id) => id is null ? Guid.CreateVersion7(now)
            : bekend.Contains(id.Value) ? id.Value
            : throw new DomainException("Een werkgroep of mijlpaal heeft een id dat dit plan niet kent; laat het id weg voor een nieuwe.");
        return new Voorbereidingsplan(
            dto.Themas.Select(t => t.Trim()).ToList(),
            dto.Werkgroepen.Select(w => new Werkgroep(Id(w.Id), w.Naam.Trim(), Tekst.OfNull(w.Thema),
                w.Leden.Select(l => new Werkgroeplid(l.Naam.Trim(), Tekst.OfNull(l.Rol))).ToList())).ToList(),
            dto.Mijlpalen.Select(m => new Mijlpaal(Id(m.Id), m.Omschrijving.Trim(), m.Datum, m.Gereed)).ToList(),
            dto.Informatiebehoeften.Select(t => t.Trim()).ToList(),
            dto.Begroting.Select(b => new Begrotingspost(b.Omschrijving.Trim(), new Bedrag(b.BedragEurocent))).ToList(),
            dto.Projectleider is { } l ? new Projectleider(Tekst.OfNull(l.Naam), l.Uren, new Bedrag(l.BedragEurocent)) : null);
    }

    /// <summary>The outputs as sent: a new one gets an id; a sent id must be one of the BuurtTop's. The origin is a placeholder the entity replaces.</summary>
    public static IReadOnlyList<Opbrengst> NaarDomein(this IReadOnlyList<OpbrengstDto> dto, BuurtTop buurtTop, Herkomst schrijver)
    {
        var bekend = buurtTop.Opbrengsten.Select(o => o.Id).ToHashSet();
        IReadOnlyList<Opmerking> geen = [];
        return dto.Select(o => new Opbrengst(
            o.Id is null ? Guid.CreateVersion7(schrijver.Op)
                : bekend.Contains(o.Id.Value) ? o.Id.Value
                : throw new DomainException("Een opbrengst heeft een id dat deze BuurtTop niet kent; laat het id weg voor een nieuwe."),
            schrijver, geen, o.Tafel.Trim(), o.Soort, o.Tekst.Trim())).ToList();
    }
}
