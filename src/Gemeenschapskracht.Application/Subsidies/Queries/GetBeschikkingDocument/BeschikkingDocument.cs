using Gemeenschapskracht.Application.Common.Documents;
using Gemeenschapskracht.Application.Subsidies.Dtos;
using Gemeenschapskracht.Application.Subsidies.Shared;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Regels;
using Gemeenschapskracht.Domain.Subsidies;
using static Gemeenschapskracht.Application.Common.Documents.DocumentText;

namespace Gemeenschapskracht.Application.Subsidies.Queries.GetBeschikkingDocument;

/// <summary>
/// The beschikking as a letter: verlening (amount, period, activities, obligations, the amounts per year with the
/// begrotingsvoorbehoud where a year's begroting is not adopted yet, Awb 4:34, and the voorschotten) or weigering with
/// its ground, each with the bezwaarclausule (Awb 6:7).
/// </summary>
internal static class BeschikkingDocument
{
    [Regel(Regelcatalogus.Awb6_7)]
    [Regel(Regelcatalogus.Awb4_29)]
    [Regel(Regelcatalogus.Awb4_34)]
    public static Document Compose(BeschikkingDto beschikking, Subsidieaanvraag aanvraag, Subsidieregeling regeling, string gemeente)
    {
        var verlening = beschikking.Soort == BesluitSoort.Verlening;
        var document = new DocumentBuilder(new TitlePage(
            verlening ? "Beschikking: verlening van subsidie" : "Beschikking: weigering van subsidie",
            regeling.Titel,
            [new("Gemeente", gemeente), new("Datum", Date(Kalender.Dag(beschikking.GenomenOp))), new("Aan", beschikking.Aanvrager), new("Kenmerk", beschikking.Kenmerk)]));

        document.Heading("Uw aanvraag")
            .Paragraph($"U vroeg op {Date(Kalender.Dag(aanvraag.IngediendOp!.Value))} {aanvraag.Bedrag} subsidie aan voor de periode {Date(aanvraag.Van)} tot en met {Date(aanvraag.Tot)}:")
            .Paragraph(aanvraag.Plan);
        document.Heading("Ons besluit");
        if (verlening)
            Verlening(document, beschikking);
        else
            document.Paragraph("Wij verlenen u geen subsidie. De grond van dit besluit:").Paragraph(beschikking.Motivering);
        document.Heading("Grondslag", 2)
            .Paragraph($"Dit besluit berust op {regeling.Grondslag} en de regeling '{regeling.Titel}', met het subsidieplafond van {regeling.Plafond.Bedrag} voor {Date(regeling.Plafond.Van)} tot en met {Date(regeling.Plafond.Tot)} (artikel 4:25 Awb).");
        return Bezwaarclausule.VoegToe(document, gemeente).Build();
    }

    private static void Verlening(DocumentBuilder document, BeschikkingDto beschikking)
    {
        var bedrag = new Bedrag(beschikking.BedragEurocent);
        document.Paragraph($"Wij verlenen u een subsidie van {bedrag} voor de periode {Date(beschikking.Van)} tot en met {Date(beschikking.Tot)}.")
            .Paragraph(beschikking.Motivering)
            .Heading("De activiteiten", 2)
            .Paragraph(beschikking.Activiteiten)
            .Heading("Wat wij van u vragen", 2)
            .Bullets(beschikking.Verplichtingen);
        if (beschikking.Jaren.Count > 1)
            document.Heading("Bedrag per jaar", 2)
                .Paragraph("U vraagt niet ieder jaar opnieuw aan: deze beschikking geldt voor de hele periode.")
                .Table([new("Jaar"), new("Bedrag", AlignRight: true), new("Begroting", 2)],
                    beschikking.Jaren.Select(j => (IReadOnlyList<string>)[j.Jaar.ToString(Nl), new Bedrag(j.BedragEurocent).ToString(), j.OnderVoorbehoud ? "onder voorbehoud (Awb 4:34)" : "vastgesteld"]),
                    ["Totaal", bedrag.ToString(), ""]);
        document.Heading("Voorschotten", 2)
            .Paragraph("Wij betalen de subsidie als voorschot op het rekeningnummer dat bij ons bekend is, onder vermelding van het kenmerk. Na afloop stellen wij de subsidie vast en verrekenen wij de voorschotten (artikel 4:95 Awb).")
            .Table([new("Nr."), new("Datum", 2), new("Bedrag", 2, AlignRight: true), new("Betaald", 2)],
                beschikking.Voorschotten.Select(v => (IReadOnlyList<string>)[v.Nummer.ToString(Nl), Date(v.Datum), new Bedrag(v.BedragEurocent).ToString(), v.BetaaldOp is { } op ? Date(op) : "nog niet"]));
        if (beschikking.Niveau is { } niveau)
            document.Heading("Verantwoording", 2).Paragraph(Bezwaarclausule.Verantwoording(niveau, beschikking.VerslagUiterlijk));
        var voorbehoud = beschikking.Jaren.Where(j => j.OnderVoorbehoud).Select(j => j.Jaar).ToList();
        if (voorbehoud.Count > 0)
            document.Notice("Begrotingsvoorbehoud (artikel 4:34 Awb)",
                $"Voor {string.Join(", ", voorbehoud)} verlenen wij de subsidie onder voorbehoud dat de gemeenteraad voldoende middelen op de begroting van dat jaar vaststelt.");
    }
}
