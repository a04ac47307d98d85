using Gemeenschapskracht.Application.Common.Documents;
using Gemeenschapskracht.Domain.Subsidies;
using static Gemeenschapskracht.Application.Common.Documents.DocumentText;

namespace Gemeenschapskracht.Application.Subsidies.Queries.GetBeschikking;

/// <summary>
/// The beschikking as a letter: verlening (amount, period, activities, obligations, the begrotingsvoorbehoud where a
/// year's begroting is not adopted yet, Awb 4:34) or weigering with its ground, each with the bezwaarclausule (Awb 6:7).
/// </summary>
internal static class BeschikkingDocument
{
    public static Document Compose(Subsidieaanvraag aanvraag, Subsidieregeling regeling, string aanvrager, IReadOnlyList<int> jarenOnderVoorbehoud, string gemeente)
    {
        var besluit = aanvraag.Besluit!;
        var verlening = besluit.Soort == BesluitSoort.Verlening;
        var op = Domain.Common.Kalender.Dag(besluit.Op);
        var document = new DocumentBuilder(new TitlePage(
            verlening ? "Beschikking: verlening van subsidie" : "Beschikking: weigering van subsidie",
            regeling.Titel,
            [new("Gemeente", gemeente), new("Datum", Date(op)), new("Aan", aanvrager), new("Kenmerk", $"SUB-{aanvraag.Id.ToString()[..8].ToUpperInvariant()}")]));

        document.Heading("Uw aanvraag")
            .Paragraph($"U vroeg op {Date(Domain.Common.Kalender.Dag(aanvraag.IngediendOp!.Value))} {aanvraag.Bedrag} subsidie aan voor de periode {Date(aanvraag.Van)} tot en met {Date(aanvraag.Tot)}:")
            .Paragraph(aanvraag.Plan);
        document.Heading("Ons besluit");
        if (verlening)
        {
            document.Paragraph($"Wij verlenen u een subsidie van {besluit.Bedrag} voor de activiteiten die u beschrijft, in de periode {Date(aanvraag.Van)} tot en met {Date(aanvraag.Tot)}.")
                .Paragraph(besluit.Motivering)
                .Heading("Wat wij van u vragen", 2)
                .Bullets([
                    "U voert de activiteiten uit zoals u ze beschreef, of u meldt ons op tijd wanneer dat anders loopt.",
                    "U gebruikt de subsidie alleen voor deze activiteiten.",
                    "Na afloop laat u ons weten wat er is gebeurd, op de lichte manier die bij het bedrag hoort.",
                ]);
            if (jarenOnderVoorbehoud.Count > 0)
                document.Notice("Begrotingsvoorbehoud (artikel 4:34 Awb)",
                    $"Voor {string.Join(", ", jarenOnderVoorbehoud)} verlenen wij de subsidie onder voorbehoud dat de gemeenteraad voldoende middelen op de begroting van dat jaar vaststelt.");
        }
        else
        {
            document.Paragraph("Wij verlenen u geen subsidie. De grond van dit besluit:").Paragraph(besluit.Motivering);
        }
        document.Heading("Grondslag", 2)
            .Paragraph($"Dit besluit berust op {regeling.Grondslag} en de regeling '{regeling.Titel}', met het subsidieplafond van {regeling.Plafond.Bedrag} voor {Date(regeling.Plafond.Van)} tot en met {Date(regeling.Plafond.Tot)} (artikel 4:25 Awb).");
        document.Notice("Bent u het niet eens met dit besluit?",
            $"Dan kunt u binnen zes weken na de dag waarop dit besluit is verzonden bezwaar maken bij het college van burgemeester en wethouders van {gemeente} (artikel 6:7 Awb). " +
            "Vermeld in uw bezwaarschrift uw naam en adres, de datum, het besluit waartegen u bezwaar maakt en waarom u het er niet mee eens bent, en onderteken het (artikel 6:5 Awb).");
        return document.Build();
    }
}
