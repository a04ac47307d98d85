using Gemeenschapskracht.Application.Common.Documents;
using Gemeenschapskracht.Application.Subsidies.Shared;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Subsidies;
using static Gemeenschapskracht.Application.Common.Documents.DocumentText;

namespace Gemeenschapskracht.Application.Subsidies.Queries.GetWijzigingsbesluitDocument;

/// <summary>
/// The beschikking tot wijziging or intrekking as a letter: which decision it changes, the ground with its article and
/// the facts, the amount before and after, from when it works, the phase-out term (4:51), what is reclaimed (4:57), and
/// the bezwaarclausule (6:7).
/// </summary>
internal static class WijzigingsbesluitDocument
{
    public static Document Compose(Wijzigingsbesluit besluit, Beschikking beschikking, string aanvrager, Subsidieregeling regeling, string gemeente)
    {
        var wat = besluit.Betreft == WijzigingBetreft.Verlening ? "subsidieverlening" : "subsidievaststelling";
        var titel = besluit.Intrekking ? $"Beschikking: intrekking van de {wat}" : $"Beschikking: wijziging van de {wat}";
        var document = new DocumentBuilder(new TitlePage(titel, regeling.Titel,
        [
            new("Gemeente", gemeente), new("Datum", Date(Kalender.Dag(besluit.GenomenOp))), new("Aan", aanvrager),
            new("Kenmerk", besluit.Kenmerk), new("Verlening", beschikking.Kenmerk),
        ]));
        document.Heading("Ons besluit")
            .Paragraph(besluit.Intrekking
                ? $"Wij trekken de {wat} van {besluit.OudBedrag} in, met ingang van {Date(besluit.WerkingVanaf)}."
                : $"Wij wijzigen de {wat}: het bedrag wordt {besluit.NieuwBedrag} in plaats van {besluit.OudBedrag}, met ingang van {Date(besluit.WerkingVanaf)}.");
        document.Heading("Waarom", 2)
            .Paragraph($"Wij nemen dit besluit op grond van {Wijzigingsgronden.Artikel(besluit.Grond)}: {Wijzigingsgronden.Omschrijving(besluit.Grond)}.")
            .Paragraph(besluit.Toelichting);
        if (besluit.Grond == Wijzigingsgrond.VeranderdeOmstandigheden)
            document.Paragraph("Schade die u lijdt doordat u in vertrouwen op de subsidieverlening anders hebt gehandeld dan u zonder die verlening zou hebben gedaan, vergoeden wij op uw verzoek (artikel 4:50 Awb).");
        if (besluit.AfbouwTot is { } afbouw)
            document.Paragraph($"U ontvangt al drie jaar of langer achter elkaar subsidie voor uw activiteiten. Daarom geldt een afbouwtermijn tot en met {Date(afbouw)}, zodat u zich kunt instellen op het nieuwe bedrag (artikel 4:51 Awb).");
        document.Heading("Wat dit betekent", 2)
            .Table([new("Onderdeel", 3), new("Bedrag", 2, AlignRight: true)],
            [
                [besluit.Betreft == WijzigingBetreft.Verlening ? "Verleend tot nu toe" : "Vastgesteld tot nu toe", besluit.OudBedrag.ToString()],
                ["Nieuw bedrag", besluit.NieuwBedrag.ToString()],
                ["Al ontvangen als voorschot", besluit.Betaald.ToString()],
            ],
            ["Terug te betalen door u", besluit.Terugvordering.ToString()]);
        document.Paragraph(besluit.Terugvordering > Bedrag.Nul
            ? $"U ontving {besluit.Terugvordering} meer dan het nieuwe bedrag. Wij vragen u dat uiterlijk {Date(besluit.BetalenUiterlijk!.Value)} terug te betalen, onder vermelding van het kenmerk {besluit.Kenmerk} (artikel 4:57 Awb)."
            : besluit.Betreft == WijzigingBetreft.Verlening && !besluit.Intrekking
                ? "U hoeft niets terug te betalen; de voorschotten die nog komen zijn aangepast aan het nieuwe bedrag."
                : "U hoeft niets terug te betalen.");
        return Bezwaarclausule.VoegToe(document, gemeente).Build();
    }
}
