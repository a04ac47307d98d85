using Gemeenschapskracht.Application.Beleidskaders.Dtos;
using Gemeenschapskracht.Application.Common.Documents;
using Gemeenschapskracht.Domain.Beleidskaders;
using Gemeenschapskracht.Domain.Common;
using static Gemeenschapskracht.Application.Common.Documents.DocumentText;
using L = Gemeenschapskracht.Application.Beleidskaders.Queries.GetBeleidskaderDocument.BeleidskaderLabels;

namespace Gemeenschapskracht.Application.Beleidskaders.Queries.GetBeleidskaderDocument;

/// <summary>The kader's page as a document: every part a section, in the order of the route.</summary>
internal static class BeleidskaderDocument
{
    public static Document Compose(BeleidskaderDto kader, string gemeente)
    {
        var inhoud = kader.Inhoud;
        var document = new DocumentBuilder(TitlePage(kader, gemeente));
        Signaleringen(document, kader.Signaleringen);
        Aanbestedingsbesluit(document, inhoud.Aanbestedingsbesluit);
        PubliekeWaarden(document, inhoud.PubliekeWaarden);
        Financieringsbronnen(document, kader);
        Democratiseringsagenda(document, inhoud);
        Procesontwerp(document, inhoud.Fasen);
        Tijdspanne(document, inhoud, kader.Wijkindeling);
        Partijen(document, inhoud.Partijen);
        RolVanDePolitiek(document, inhoud);
        Wijkindeling(document, kader.Wijkindeling, inhoud.WijkindelingToelichting);
        return document.Build();
    }

    private static TitlePage TitlePage(BeleidskaderDto kader, string gemeente) => new(
        kader.Titel,
        $"Beleidskader van gemeente {gemeente} · versie {kader.Versie}",
        [
            new("Status", L.Status(kader.Status)),
            .. kader.Raadsbesluit is { } besluit
                ? new KeyValue[] { new("Raadsbesluit", Date(besluit.Datum)), new("Kenmerk", besluit.Kenmerk) }
                : [],
            .. kader.Raadsbesluit?.DocumentUrl is { } url ? new KeyValue[] { new("Besluit te lezen op", url) } : [],
            new("Totaal per jaar", Bedrag(kader.TotaalPerJaarEurocent)),
            new("Laatst gewijzigd", Date(Kalender.Dag(kader.GewijzigdOp))),
        ]);

    private static void Signaleringen(DocumentBuilder document, IReadOnlyList<SignaleringDto> signaleringen)
    {
        if (signaleringen.Count == 0)
            return;
        document.Heading("Signaleringen");
        foreach (var s in signaleringen)
            document.Notice($"{L.Signalering(s.Soort)} · {Date(s.Datum)}", s.Melding);
    }

    private static void Aanbestedingsbesluit(DocumentBuilder document, AanbestedingsbesluitDto besluit) => document
        .Heading("Besluit om niet meer aan te besteden")
        .Heading("Besluit", 2).Paragraph(besluit.Besluit)
        .Heading("Reikwijdte", 2).Paragraph(besluit.Reikwijdte)
        .Heading("Evaluatie van het aanbesteden tot nu toe", 2).Paragraph(besluit.EvaluatieVerleden)
        .Heading("Waarom de sociale basis geen markt is", 2).Paragraph(besluit.GeenMarktMotivering);

    private static void PubliekeWaarden(DocumentBuilder document, IReadOnlyList<PubliekeWaardeDto> waarden)
    {
        document.Heading("Publieke waarden");
        document.WhenNone(waarden, "Er zijn geen publieke waarden vastgelegd.");
        foreach (var waarde in waarden.OrderBy(w => w.Prioriteit))
        {
            document.Heading(waarde.Naam, 2)
                .KeyValues(
                    new KeyValue("Prioriteit", waarde.Prioriteit == 1 ? "1 (hoogste)" : waarde.Prioriteit.ToString(Nl)),
                    new KeyValue("Subthema's", string.Join(", ", waarde.Subthemas)),
                    waarde.VerordeningArtikel is { } artikel ? new KeyValue("Verordening", artikel) : null)
                .Paragraph(waarde.Omschrijving);
        }
    }

    private static void Financieringsbronnen(DocumentBuilder document, BeleidskaderDto kader)
    {
        document.Heading("Financieringsbronnen");
        var bronnen = kader.Inhoud.Financieringsbronnen;
        document.WhenNone(bronnen, "Er zijn geen financieringsbronnen opgenomen.");
        document.Table(
            [new("Bron", 2.2), new("Regime", 1.3), new("Instrument", 1.2), new("Contract tot", 1.3), new("Omzetting", 1.3), new("Per jaar", 1.6, AlignRight: true)],
            bronnen.Select(b => (IReadOnlyList<string>)
                [b.Naam, b.Regime ?? "–", L.Instrument(b.Instrument), Date(b.ContractEinddatum), Date(b.OmzettingGepland), Bedrag(b.BedragPerJaarEurocent)]),
            ["Totaal per jaar", "", "", "", "", Bedrag(kader.TotaalPerJaarEurocent)]);
        if (bronnen.Count > 0)
            document.KeyValues(new KeyValue("Nog aanbesteed per jaar", Bedrag(kader.NogAanbesteedPerJaarEurocent)));
    }

    private static void Democratiseringsagenda(DocumentBuilder document, BeleidskaderInhoudDto inhoud)
    {
        document.Heading("Democratiseringsagenda").Heading("Delegatiematrix", 2);
        document.WhenNone(inhoud.Delegaties, "Er zijn nog geen besluiten gedelegeerd.");
        Bestuursniveau[] niveaus = [Bestuursniveau.Gemeente, Bestuursniveau.Wijk, Bestuursniveau.Buurt];
        document.Table(
            [new("Besluittype", 2.4), new("Gemeente"), new("Wijk"), new("Buurt")],
            inhoud.Delegaties.GroupBy(d => d.Besluittype).Select(rij => (IReadOnlyList<string>)
                [rij.Key, .. niveaus.Select(n => rij.FirstOrDefault(d => d.Niveau == n) is { } d ? L.Zeggenschap(d.Zeggenschap) : "–")]));

        document.Heading("Buurtrechten", 2);
        document.WhenNone(inhoud.Buurtrechten, "Er zijn geen buurtrechten toegekend.");
        document.Bullets(inhoud.Buurtrechten.Select(r => r.Artikel is null ? L.Buurtrecht(r.Soort) : $"{L.Buurtrecht(r.Soort)} ({r.Artikel})"));
    }

    private static void Procesontwerp(DocumentBuilder document, IReadOnlyList<FaseDto> fasen)
    {
        document.Heading("Procesontwerp");
        document.WhenNone(fasen, "Er zijn geen fasen vastgelegd.");
        document.Table(
            [new("Fase", 1.6), new("Periode", 1.8), new("Instrumenten", 2.2), new("Verantwoordelijke", 1.5)],
            fasen.Select(f => (IReadOnlyList<string>)[f.Naam, Periode(f.Start, f.Eind), string.Join(", ", f.Instrumenten), f.Verantwoordelijke ?? "–"]));
    }

    private static void Tijdspanne(DocumentBuilder document, BeleidskaderInhoudDto inhoud, WijkindelingDto wijkindeling)
    {
        document.Heading("Tijdspanne");
        if (inhoud.Tijdspanne is { } t)
            document.KeyValues(
                new KeyValue("Programma", Periode(t.ProgrammaStart, t.ProgrammaEind)),
                new KeyValue("Verkiezingen", string.Join(", ", t.Verkiezingsdata.Select(Date))));
        else
            document.Paragraph("De tijdspanne van het programma is nog niet vastgelegd.");

        document.Heading("Pilots", 2);
        document.WhenNone(inhoud.Pilots, "Er zijn geen pilots.");
        document.Table(
            [new("Pilotwijk", 1.4), new("Instrument", 1.6), new("Periode", 1.8), new("Evaluatiecriteria", 2.4), new("Status", 1)],
            inhoud.Pilots.Select(p => (IReadOnlyList<string>)
                [wijkindeling.Pilotwijken.FirstOrDefault(w => w.Id == p.GebiedId)?.Naam ?? "–", p.Instrument, Periode(p.Start, p.Eind), p.Evaluatiecriteria, L.Pilot(p.Status)]));

        document.Heading("Overgangsperiodes", 2);
        document.WhenNone(inhoud.Overgangsperiodes, "Er zijn geen overgangsperiodes.");
        document.Table(
            [new("Contract", 1.8), new("Aanbieder", 1.4), new("Periode", 1.8), new("Opvolging", 2.2)],
            inhoud.Overgangsperiodes.Select(o => (IReadOnlyList<string>)[o.Contract, o.Aanbieder ?? "–", Periode(o.Start, o.Eind), o.Opvolging]));
    }

    private static void Partijen(DocumentBuilder document, IReadOnlyList<PartijDto> partijen)
    {
        document.Heading("Partijen");
        document.WhenNone(partijen, "Er zijn nog geen partijen betrokken.");
        document.Table(
            [new("Partij", 1.8), new("Soort", 1.4), new("Verwachting", 2.6), new("Vorm", 1.4), new("Status", 1.1)],
            partijen.Select(p => (IReadOnlyList<string>)[p.Naam, L.Partij(p.Soort), p.Verwachting, p.Vorm ?? "–", L.Commitment(p.Status)]));
    }

    private static void RolVanDePolitiek(DocumentBuilder document, BeleidskaderInhoudDto inhoud)
    {
        document.Heading("Rol van de politiek")
            .Heading("De raad", 2).Paragraph(inhoud.RolVanDePolitiek.Raad)
            .Heading("Het college", 2).Paragraph(inhoud.RolVanDePolitiek.College)
            .Heading("Toezeggingen", 2);
        document.WhenNone(inhoud.Toezeggingen, "Er zijn geen toezeggingen gedaan.");
        document.Table(
            [new("Toezegging", 3), new("Door", 1.4), new("Uiterlijk", 1.3), new("Status", 1.2)],
            inhoud.Toezeggingen.Select(t => (IReadOnlyList<string>)[t.Omschrijving, t.Door, Date(t.Uiterlijk), L.Toezegging(t.Status)]));
    }

    private static void Wijkindeling(DocumentBuilder document, WijkindelingDto wijkindeling, string? toelichting) => document
        .Heading("Wijkindeling")
        .KeyValues(
            new KeyValue("Wijken", wijkindeling.AantalWijken.ToString(Nl)),
            new KeyValue("Buurten", wijkindeling.AantalBuurten.ToString(Nl)),
            new KeyValue("Pilotwijken", string.Join(", ", wijkindeling.Pilotwijken.Select(w => w.Naam))))
        .Paragraph(toelichting);

    private static string Bedrag(long eurocent) => new Bedrag(eurocent).ToString();

    private static string Periode(DateOnly start, DateOnly eind) => $"{Date(start)} – {Date(eind)}";
}
