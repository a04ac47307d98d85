using Gemeenschapskracht.Domain.Wijkbeelden;

namespace Gemeenschapskracht.Application.Wijkbeelden.Dtos;

public static class WijkbeeldMappings
{
    public static WijkbeeldSamenvattingDto ToSamenvatting(this Wijkbeeld w, string wijkNaam) =>
        new(w.Id, w.GebiedId, wijkNaam, w.Versie, w.Titel, w.Status, w.GewijzigdOp, w.GedeeldOp);

    public static WijkbeeldDto ToDto(this Wijkbeeld w, string wijkNaam, IReadOnlyList<TeamlidDto> team, Cijferbeeld cijfers,
        IReadOnlyList<AfgesprokenInzetDto> afgesproken) => new(
        w.Id, w.GebiedId, wijkNaam, w.Versie, w.Titel, w.Status, team, w.Inhoud.ToDto(), afgesproken, cijfers.ToDto(), w.NieuwerCijferjaar,
        w.VolgendeBuurtTop, w.AangemaaktOp, w.GewijzigdOp, w.GedeeldOp);

    public static CijferbeeldDto ToDto(this Cijferbeeld beeld) =>
        new(beeld.Vitaliteit.Select(ToDto).ToList(), beeld.Problemen.Select(ToDto).ToList(), beeld.Context.Select(ToDto).ToList(), beeld.VitaliteitOntbreekt);

    private static CijferDto ToDto(Cijfer c) => new(c.Maatstaf, c.Titel, c.Eenheid, c.Waarde, c.Bron, c.Jaar, c.Gemeente, c.VorigJaar);

    public static WijkbeeldInhoudDto ToDto(this WijkbeeldInhoud i) => new()
    {
        Duiding = i.Duiding,
        Geschiedenis = i.Geschiedenis.Select(x => Item(new GeschiedenisItemDto
        {
            Id = x.Id, Periode = x.Periode, Gebeurtenis = x.Gebeurtenis, Spanningen = x.Spanningen, Bron = x.Bron,
        }, x)).ToList(),
        InformeleStructuren = i.InformeleStructuren.Select(x => Item(new InformeleStructuurDto
        {
            Id = x.Id, Omschrijving = x.Omschrijving, Soort = x.Soort, Lokaliseerbaar = x.Lokaliseerbaar,
        }, x)).ToList(),
        Initiatieven = i.Initiatieven.Select(x => Item(new InitiatiefDto
        {
            Id = x.Id, Naam = x.Naam, OrganisatieId = x.OrganisatieId, Omschrijving = x.Omschrijving, Behoeften = x.Behoeften,
        }, x)).ToList(),
        Inzet = i.Inzet.Select(x => Item(new ProfessioneleInzetDto
        {
            Id = x.Id, Organisatie = x.Organisatie, Functie = x.Functie, UrenInWijk = x.UrenInWijk, UrenElders = x.UrenElders,
            JarenAanwezig = x.JarenAanwezig, Financiering = x.Financiering, Wijkgebondenheid = x.Wijkgebondenheid,
        }, x)).ToList(),
        Samenwerkingen = i.Samenwerkingen.Select(x => Item(new SamenwerkingDto
        {
            Id = x.Id, Partijen = x.Partijen, Wat = x.Wat, SindsJaar = x.SindsJaar, WaaromHetWerkt = x.WaaromHetWerkt,
        }, x)).ToList(),
        Gespreksrondes = i.Gespreksrondes.Select(x => Item(new GespreksrondeDto
        {
            Id = x.Id, Datum = x.Datum, Vragen = x.Vragen, Bevindingen = x.Bevindingen, Gespreksleider = x.Gespreksleider,
            Deelnemers = new()
            {
                Bewoners = x.Deelnemers.Bewoners, Professionals = x.Deelnemers.Professionals,
                Ambtenaren = x.Deelnemers.Ambtenaren, Ondernemers = x.Deelnemers.Ondernemers,
            },
        }, x)).ToList(),
        Behoeften = i.Behoeften.Select(x => Item(new BehoefteDto { Id = x.Id, Soort = x.Soort, Omschrijving = x.Omschrijving }, x)).ToList(),
        Wijkopbouwpunt = i.Wijkopbouwpunt is { } b
            ? new WijkopbouwpuntBesluitDto { Keuze = b.Keuze, Redenen = b.Redenen, Herkomst = ToDto(b.Herkomst) }
            : null,
    };

    private static T Item<T>(T dto, IWijkbeeldItem item) where T : WijkbeeldItemDto =>
        dto with
        {
            Herkomst = ToDto(item.Herkomst),
            Opmerkingen = item.Opmerkingen.Select(o => new OpmerkingDto(o.Id, o.Kant, o.Auteur, o.Tekst, o.Op)).ToList(),
        };

    private static HerkomstDto ToDto(Herkomst h) => new(h.Kant, h.Auteur, h.Op);
}
