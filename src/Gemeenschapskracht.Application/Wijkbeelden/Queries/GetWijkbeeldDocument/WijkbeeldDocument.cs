using Gemeenschapskracht.Application.Beleidskaders.Queries.GetBeleidskaderDocument;
using Gemeenschapskracht.Application.Common.Documents;
using Gemeenschapskracht.Application.PubliekePlekken.Dtos;
using Gemeenschapskracht.Application.Wijkbeelden.Dtos;
using Gemeenschapskracht.Domain.Common;
using static Gemeenschapskracht.Application.Common.Documents.DocumentText;
using L = Gemeenschapskracht.Application.Wijkbeelden.Queries.GetWijkbeeldDocument.WijkbeeldLabels;

namespace Gemeenschapskracht.Application.Wijkbeelden.Queries.GetWijkbeeldDocument;

/// <summary>
/// The wijkbeeld's public page as a document: the figures through both lenses, the team's reading, and every part
/// the team wrote, each marked with the side that wrote it. The sterkhouders are not in the page, so not in here.
/// </summary>
internal static class WijkbeeldDocument
{
    public static Document Compose(WijkbeeldDto wijkbeeld, IReadOnlyList<PubliekePlekDto> plekken, string gemeente)
    {
        var inhoud = wijkbeeld.Inhoud;
        var document = new DocumentBuilder(TitlePage(wijkbeeld, gemeente));
        WijkbeeldCijfers.Write(document, wijkbeeld.Cijfers, wijkbeeld.NieuwerCijferjaar);
        document.Heading("Duiding door het team").Paragraph(inhoud.Duiding ?? "Het team heeft de cijfers nog niet geduid.");
        Geschiedenis(document, inhoud.Geschiedenis);
        PubliekePlekken(document, plekken);
        InformeleStructuren(document, inhoud.InformeleStructuren);
        Initiatieven(document, inhoud.Initiatieven);
        Inzet(document, inhoud.Inzet);
        AfgesprokenInzet(document, wijkbeeld.AfgesprokenInzet);
        Samenwerkingen(document, inhoud.Samenwerkingen);
        Gespreksrondes(document, inhoud.Gespreksrondes);
        Behoeften(document, inhoud.Behoeften);
        Wijkopbouwpunt(document, inhoud.Wijkopbouwpunt);
        return document.Build();
    }

    private static TitlePage TitlePage(WijkbeeldDto wijkbeeld, string gemeente) => new(
        wijkbeeld.Titel,
        $"Wijkbeeld van {wijkbeeld.WijkNaam} · versie {wijkbeeld.Versie}",
        [
            new("Wijk", wijkbeeld.WijkNaam),
            new("Gemeente", gemeente),
            new("Versie", wijkbeeld.Versie.ToString(Nl)),
            new("Status", L.Status(wijkbeeld.Status)),
            .. wijkbeeld.GedeeldOp is { } gedeeld ? new KeyValue[] { new("Gedeeld op", Date(Kalender.Dag(gedeeld))) } : [],
            new("Team", string.Join(", ", wijkbeeld.Team.Select((lid, i) => i == 0 ? $"{lid.Naam} (trekker)" : lid.Naam))),
            .. wijkbeeld.VolgendeBuurtTop is { } buurtTop ? new KeyValue[] { new("Volgende BuurtTop", Date(buurtTop)) } : [],
        ]);

    private static void Geschiedenis(DocumentBuilder document, IReadOnlyList<GeschiedenisItemDto> geschiedenis) => document
        .Heading("Geschiedenis van de wijk")
        .WhenNone(geschiedenis, "Er is nog geen geschiedenis vastgelegd.")
        .KeyValues(geschiedenis.Select(g => new KeyValue(g.Periode, string.Join('\n', new[]
        {
            g.Gebeurtenis,
            g.Spanningen is { } spanningen ? $"Spanningen: {spanningen}" : null,
            g.Bron is { } bron ? $"Bron: {bron}" : null,
            Door(g),
        }.OfType<string>()))));

    private static void PubliekePlekken(DocumentBuilder document, IReadOnlyList<PubliekePlekDto> plekken) => document
        .Heading("Publieke plekken")
        .WhenNone(plekken, "Er zijn nog geen publieke plekken in deze wijk vastgelegd.")
        .Table(
            [new("Plek", 2.4), new("Soort", 1.4), new("Status", 1.1), new("Avond open", 1), new("Capaciteit", 1, AlignRight: true)],
            plekken.Select(p => (IReadOnlyList<string>)
                [p.Naam, L.Plek(p.Soort), L.Plekstatus(p.Status), p.AvondsOpen ? "ja" : "nee", p.Vergadercapaciteit is { } c ? c.ToString(Nl) : "–"]));

    private static void InformeleStructuren(DocumentBuilder document, IReadOnlyList<InformeleStructuurDto> structuren) => document
        .Heading("Informele structuren")
        .WhenNone(structuren, "Er zijn nog geen informele structuren vastgelegd.")
        .Table(
            [new("Structuur", 3), new("Soort", 1.4), new("Te vinden", 0.9), new("Door", 1.1)],
            structuren.Select(s => (IReadOnlyList<string>)[s.Omschrijving, s.Soort, L.Lokaliseerbaar(s.Lokaliseerbaar), Kant(s)]));

    private static void Initiatieven(DocumentBuilder document, IReadOnlyList<InitiatiefDto> initiatieven) => document
        .Heading("Initiatieven van bewoners")
        .WhenNone(initiatieven, "Er zijn nog geen initiatieven vastgelegd.")
        .Table(
            [new("Initiatief", 1.6), new("Wat het doet", 2.6), new("Wat het nodig heeft", 2), new("Door", 1.1)],
            initiatieven.Select(i => (IReadOnlyList<string>)[i.Naam, i.Omschrijving, i.Behoeften ?? "–", Kant(i)]));

    private static void Inzet(DocumentBuilder document, IReadOnlyList<ProfessioneleInzetDto> inzet) => document
        .Heading("Professionele inzet")
        .WhenNone(inzet, "Er is nog geen professionele inzet vastgelegd.")
        .Table(
            [new("Organisatie", 1.8), new("Functie", 1.6), new("Uren per week in de wijk", 1, AlignRight: true), new("Uren elders", 1, AlignRight: true),
                new("Wijkgebonden", 1.1, AlignRight: true), new("Jaren in de wijk", 0.9, AlignRight: true), new("Financiering", 1.2)],
            inzet.Select(i => (IReadOnlyList<string>)
                [i.Organisatie, i.Functie, Number(i.UrenInWijk), Number(i.UrenElders), Percentage(i.Wijkgebondenheid), i.JarenAanwezig.ToString(Nl),
                    BeleidskaderLabels.Instrument(i.Financiering)]))
        .Paragraph(inzet.Count == 0 ? null : "Wijkgebonden: het deel van de uren dat in deze wijk wordt gewerkt.");

    private static void AfgesprokenInzet(DocumentBuilder document, IReadOnlyList<AfgesprokenInzetDto> inzet)
    {
        if (inzet.Count == 0)
            return;
        document.Heading("Inzet volgens dienstverleningsafspraken", 2)
            .Table(
                [new("Aanbieder", 2), new("Werk", 1.6), new("Uren per week in de wijk", 1, AlignRight: true), new("Uren elders", 1, AlignRight: true),
                    new("Wijkgebonden", 1.1, AlignRight: true)],
                inzet.Select(i => (IReadOnlyList<string>)
                    [i.Aanbieder, string.Join(", ", i.SoortWerk.Select(s => s.ToString().ToLowerInvariant())), Number(i.UrenInWijk), Number(i.UrenElders),
                        Percentage(i.Wijkgebondenheid)]))
            .Paragraph("Uit de lopende dienstverleningsafspraken waarin bewoners (mede-)opdrachtgever zijn; uren elders: onder afspraken in andere wijken.");
    }

    private static void Samenwerkingen(DocumentBuilder document, IReadOnlyList<SamenwerkingDto> samenwerkingen) => document
        .Heading("Samenwerkingen die werken")
        .WhenNone(samenwerkingen, "Er zijn nog geen samenwerkingen vastgelegd.")
        .Table(
            [new("Partijen", 1.8), new("Wat", 2), new("Sinds", 0.7, AlignRight: true), new("Waarom het werkt", 2.4), new("Door", 1.1)],
            samenwerkingen.Select(s => (IReadOnlyList<string>)
                [s.Partijen, s.Wat, s.SindsJaar is { } jaar ? jaar.ToString(Nl) : "–", s.WaaromHetWerkt, Kant(s)]));

    private static void Gespreksrondes(DocumentBuilder document, IReadOnlyList<GespreksrondeDto> rondes)
    {
        document.Heading("Gespreksrondes").WhenNone(rondes, "Er zijn nog geen gespreksrondes gehouden.");
        foreach (var ronde in rondes.OrderBy(r => r.Datum))
            document.Heading($"Gespreksronde van {Date(ronde.Datum)} (vastgelegd door {Kant(ronde)})", 2).KeyValues(
                new KeyValue("Deelnemers", Deelnemers(ronde.Deelnemers)),
                ronde.Gespreksleider is { } leider ? new KeyValue("Gespreksleider", leider) : null,
                new KeyValue("Vragen", ronde.Vragen),
                new KeyValue("Bevindingen", ronde.Bevindingen));
    }

    private static void Behoeften(DocumentBuilder document, IReadOnlyList<BehoefteDto> behoeften) => document
        .Heading("Wat de wijk nodig heeft")
        .WhenNone(behoeften, "Er zijn nog geen behoeften vastgelegd.")
        .Table(
            [new("Soort", 1.2), new("Behoefte", 4), new("Door", 1.1)],
            behoeften.Select(b => (IReadOnlyList<string>)[L.Behoefte(b.Soort), b.Omschrijving, Kant(b)]));

    private static void Wijkopbouwpunt(DocumentBuilder document, WijkopbouwpuntBesluitDto? besluit)
    {
        document.Heading("Wijkopbouwpunt");
        if (besluit is null)
            document.Paragraph("Het team heeft nog niet besloten over een wijkopbouwpunt.");
        else
            document.KeyValues(
                new KeyValue("Besluit", L.Wijkopbouwpunt(besluit.Keuze)),
                new KeyValue("Redenen", besluit.Redenen),
                besluit.Herkomst is { } herkomst ? new KeyValue("Genomen door", L.Kant(herkomst.Kant)) : null);
    }

    private static string Deelnemers(DeelnemersDto d)
    {
        var totaal = d.Bewoners + d.Professionals + d.Ambtenaren + d.Ondernemers;
        return $"{d.Bewoners} bewoners, {d.Professionals} professionals, {d.Ambtenaren} ambtenaren, {d.Ondernemers} ondernemers ({totaal} in totaal)";
    }

    private static string Kant(WijkbeeldItemDto item) => item.Herkomst is { } herkomst ? L.Kant(herkomst.Kant) : "–";

    private static string? Door(WijkbeeldItemDto item) => item.Herkomst is { } herkomst ? $"Door {L.Kant(herkomst.Kant)}" : null;
}
