using Gemeenschapskracht.Application.Common.Documents;
using Gemeenschapskracht.Application.Subsidies.Shared;
using Gemeenschapskracht.Application.Uitdagingen.Dtos;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Regels;
using Gemeenschapskracht.Domain.Uitdagingen;
using static Gemeenschapskracht.Application.Common.Documents.DocumentText;

namespace Gemeenschapskracht.Application.Uitdagingen.Queries.GetUitdagingBesluit;

/// <summary>
/// The beschikking on a challenge (Awb 1:3) as a letter: the task and proposal, the decision, the assessment of every
/// published criterion with its reasoning, what follows, and the bezwaarclausule (6:7).
/// </summary>
[Regel(Regelcatalogus.Awb1_3)]
[Regel(Regelcatalogus.Awb6_7)]
internal static class UitdagingBesluitDocument
{
    public static Document Compose(Uitdaging uitdaging, string uitdager, string? verordening, string gemeente)
    {
        var titel = uitdaging.Status switch
        {
            UitdagingStatus.NietOntvankelijk => "Besluit: uitdaging niet ontvankelijk",
            UitdagingStatus.Afgewezen => "Besluit: uitdaging afgewezen",
            _ => "Besluit: uitdaging toegekend",
        };
        var document = new DocumentBuilder(new TitlePage(titel, $"Uitdaagrecht: {uitdaging.Taak}",
        [
            new("Gemeente", gemeente), new("Datum", Date(Kalender.Dag(uitdaging.BesluitOp!.Value))), new("Aan", uitdager),
            new("Kenmerk", uitdaging.Kenmerk), new("Ingediend", Date(Kalender.Dag(uitdaging.IngediendOp))),
        ]));
        var grondslag = $"Wij nemen dit besluit op grond van de Wet versterking participatie op decentraal niveau en {verordening ?? "de modelverordening uitdaagrecht"} (versie {uitdaging.VerordeningVersie}).";
        document.Heading("Uw uitdaging")
            .Paragraph($"U vroeg de taak '{uitdaging.Taak}' van de gemeente over te nemen, met een budget van {uitdaging.Bedrag}, " +
                $"van {Date(uitdaging.Van)} tot en met {Date(uitdaging.Tot)}.");
        if (uitdaging.Status == UitdagingStatus.NietOntvankelijk)
        {
            document.Heading("Ons besluit", 2)
                .Paragraph("Wij nemen uw uitdaging niet in behandeling: zij is niet ontvankelijk.")
                .Paragraph(uitdaging.NietOntvankelijkReden)
                .Paragraph(grondslag);
            return Bezwaarclausule.VoegToe(document, gemeente).Build();
        }
        document.Heading("Ons besluit", 2)
            .Paragraph(uitdaging.IsToegekend
                ? $"Wij kennen uw uitdaging toe. De taak en het budget van {uitdaging.Bedrag} gaan naar u over met een subsidiebeschikking of een afspraak die wij met u maken."
                : "Wij wijzen uw uitdaging af.")
            .Paragraph(grondslag);
        document.Heading("Onze beoordeling per criterium", 2)
            .Table([new("Criterium", 2), new("Oordeel", 1), new("Toelichting", 4)],
                uitdaging.Oordelen().Select(o => (IReadOnlyList<string>)[o.Naam, o.Voldaan ? "Voldaan" : "Niet voldaan", o.Toelichting]));
        document.Heading("Waarom", 2).Paragraph(uitdaging.Motivering);
        return Bezwaarclausule.VoegToe(document, gemeente).Build();
    }
}
