using Gemeenschapskracht.Application.Common.Documents;
using Gemeenschapskracht.Application.Wijkbeelden.Dtos;
using static Gemeenschapskracht.Application.Common.Documents.DocumentText;

namespace Gemeenschapskracht.Application.Wijkbeelden.Queries.GetWijkbeeldDocument;

/// <summary>The figures through both lenses (G-6): what makes the wijk strong always first and right beside what it struggles with.</summary>
internal static class WijkbeeldCijfers
{
    private static readonly TableColumn[] Kolommen =
        [new("Cijfer", 2.8), new("Eenheid", 1.2), new("Wijk", 0.9, AlignRight: true), new("Gemeente", 0.9, AlignRight: true),
            new("Vorig jaar", 0.9, AlignRight: true), new("Jaar", 0.6, AlignRight: true)];

    public static void Write(DocumentBuilder document, CijferbeeldDto cijfers, int? nieuwerCijferjaar)
    {
        document.Heading("De wijk in cijfers");
        if (nieuwerCijferjaar is { } jaar)
            document.Notice("Nieuwere cijfers", $"Er zijn cijfers over {jaar} verschenen; dit wijkbeeld is gemaakt met oudere cijfers.");
        document.Paragraph("De cijfers door twee lenzen: wat de wijk sterk maakt staat altijd naast waar zij mee worstelt. Met de waarde van de gemeente in hetzelfde jaar en de waarde van de wijk in het jaar ervoor.");

        document.Heading("Wat de wijk sterk maakt", 2);
        if (cijfers.VitaliteitOntbreekt is { } ontbreekt)
            document.Notice("Nog geen cijfers over de kracht van de wijk", ontbreekt);
        else
            Tabel(document, cijfers.Vitaliteit);

        document.Heading("Waar de wijk mee worstelt", 2).WhenNone(cijfers.Problemen, "Er zijn geen cijfers over de problemen van de wijk.");
        Tabel(document, cijfers.Problemen);

        if (cijfers.Context.Count > 0)
            document.Heading("Context", 2);
        Tabel(document, cijfers.Context);
    }

    private static void Tabel(DocumentBuilder document, IReadOnlyList<CijferDto> cijfers) => document
        .Table(Kolommen, cijfers.Select(c => (IReadOnlyList<string>)
            [c.Titel, c.Eenheid, Number(c.Waarde), Number(c.Gemeente), Number(c.VorigJaar), c.Jaar.ToString(Nl)]))
        .Paragraph(cijfers.Count == 0 ? null : $"Bron: {string.Join(", ", cijfers.Select(c => c.Bron).Distinct())}.");
}
