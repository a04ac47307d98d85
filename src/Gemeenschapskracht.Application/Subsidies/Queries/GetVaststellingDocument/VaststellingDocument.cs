using Gemeenschapskracht.Application.Common.Documents;
using Gemeenschapskracht.Application.Subsidies.Shared;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Regels;
using Gemeenschapskracht.Domain.Subsidies;
using static Gemeenschapskracht.Application.Common.Documents.DocumentText;

namespace Gemeenschapskracht.Application.Subsidies.Queries.GetVaststellingDocument;

/// <summary>
/// The beschikking tot vaststelling as a letter: the granted and the final amount (with the reason when lower, Awb 4:46),
/// the voorschotten offset against it (4:95), the outcome (nabetaling, nothing, terugvordering with its term), and the
/// bezwaarclausule (6:7).
/// </summary>
internal static class VaststellingDocument
{
    [Regel(Regelcatalogus.Awb4_95)]
    [Regel(Regelcatalogus.Awb6_7)]
    public static Document Compose(Vaststelling vaststelling, Beschikking beschikking, string aanvrager, Subsidieregeling regeling, string gemeente)
    {
        var document = new DocumentBuilder(new TitlePage("Beschikking: vaststelling van subsidie", regeling.Titel,
        [
            new("Gemeente", gemeente), new("Datum", Date(Kalender.Dag(vaststelling.GenomenOp))), new("Aan", aanvrager),
            new("Kenmerk", vaststelling.Kenmerk), new("Verlening", beschikking.Kenmerk),
        ]));
        document.Heading("Uw subsidie")
            .Paragraph($"Met de beschikking {beschikking.Kenmerk} van {Date(Kalender.Dag(beschikking.GenomenOp))} verleenden wij u {vaststelling.VerleendBedrag} voor de periode {Date(beschikking.Van)} tot en met {Date(beschikking.Tot)}.")
            .Paragraph(vaststelling.Ambtshalve
                ? "Voor dit bedrag vroegen wij geen verslag; wij stellen de subsidie ambtshalve vast (artikel 4:47 Awb)."
                : "U hebt ons verantwoord wat er met de subsidie is gedaan; op grond daarvan stellen wij de subsidie vast (artikel 4:46 Awb).");
        document.Heading("Ons besluit")
            .Paragraph($"Wij stellen de subsidie vast op {vaststelling.VastgesteldBedrag}.");
        if (vaststelling.Reden is { } reden)
            document.Paragraph("Dat is lager dan verleend, omdat:").Paragraph(reden);
        document.Heading("Verrekening met de voorschotten", 2)
            .Table([new("Onderdeel", 3), new("Bedrag", 2, AlignRight: true)],
            [
                ["Vastgesteld bedrag", vaststelling.VastgesteldBedrag.ToString()],
                ["Betaald als voorschot (artikel 4:95 Awb)", vaststelling.BetaaldeVoorschotten.ToString()],
            ],
            [Uitkomst(vaststelling.Uitkomst), vaststelling.Saldo.ToString()]);
        document.Paragraph(vaststelling.Uitkomst switch
        {
            VaststellingUitkomst.Nabetaling => $"Wij betalen u {vaststelling.Saldo} binnen vier weken op het rekeningnummer dat bij ons bekend is, onder vermelding van het kenmerk {vaststelling.Kenmerk}.",
            VaststellingUitkomst.Niets => "De voorschotten zijn gelijk aan het vastgestelde bedrag: u hoeft niets terug te betalen en wij betalen niets meer.",
            _ => $"U ontving {vaststelling.Saldo} meer dan het vastgestelde bedrag. Wij vragen u dat bedrag uiterlijk {Date(vaststelling.BetalenUiterlijk!.Value)} terug te betalen, onder vermelding van het kenmerk {vaststelling.Kenmerk} (artikel 4:57 Awb).",
        });
        return Bezwaarclausule.VoegToe(document, gemeente).Build();
    }

    private static string Uitkomst(VaststellingUitkomst uitkomst) => uitkomst switch
    {
        VaststellingUitkomst.Nabetaling => "Nog te betalen door de gemeente",
        VaststellingUitkomst.Niets => "Saldo",
        _ => "Terug te betalen door u",
    };
}
