using Gemeenschapskracht.Application.Common.Documents;
using Gemeenschapskracht.Application.Persoonsgegevens.Dtos;
using Gemeenschapskracht.Domain.Common;
using static Gemeenschapskracht.Application.Common.Documents.DocumentText;

namespace Gemeenschapskracht.Application.Persoonsgegevens.Queries.GetInzageDocument;

/// <summary>
/// The access report for the person: per processing activity why the gemeente holds the data, on what ground and how
/// long, and then the data itself. It ends with the person's rights, as art. 15 lid 1 asks.
/// </summary>
internal static class InzageDocument
{
    public static Document Compose(InzageDto inzage)
    {
        var document = new DocumentBuilder(new TitlePage("Inzage in persoonsgegevens", $"Gemeente {inzage.Gemeente}",
            [new("Opgesteld op", Date(Kalender.Dag(inzage.GegenereerdOp))), new("Aantal vastleggingen", inzage.AantalGegevens.ToString())]));
        document.Paragraph("Dit overzicht noemt alles wat de gemeente in Gemeenschapskracht over u vastlegt (AVG artikel 15): per verwerking het doel, "
            + "de grondslag en de bewaartermijn, en daarna de gegevens zelf.");
        if (inzage.Account is { } account)
            document.Heading("Uw account")
                .KeyValues(new KeyValue("E-mailadres", account.Email), new KeyValue("Naam", account.Naam),
                    new KeyValue("Inloggen in twee stappen", account.TweeStapsAan ? "aan" : "uit"),
                    new KeyValue("Rollen in deze gemeente", account.Rollen.Count == 0 ? "geen" : string.Join(", ", account.Rollen)));
        document.Heading("Wat de gemeente over u vastlegt")
            .WhenNone(inzage.Verwerkingen, "De gemeente legt in Gemeenschapskracht buiten uw account niets over u vast.");
        foreach (var verwerking in inzage.Verwerkingen)
        {
            document.Heading(verwerking.Verwerking, 2)
                .KeyValues(new KeyValue("Doel", verwerking.Doel), new KeyValue("Grondslag", verwerking.Grondslag),
                    new KeyValue("Bewaartermijn", verwerking.Bewaartermijn));
            foreach (var record in verwerking.Records)
                document.KeyValues(record.Gegevens.Select(g => new KeyValue(g.Veld, g.Waarde)));
        }
        document.Heading("Uw rechten")
            .Bullets([
                "U kunt de gemeente vragen gegevens te verbeteren of aan te vullen (artikel 16).",
                "U kunt vragen uw gegevens te wissen (artikel 17). Wat de wet laat bewaren, zoals een beschikking of een boeking, blijft dan bewaard onder een pseudoniem in plaats van uw naam.",
                "U kunt een klacht indienen bij de Autoriteit Persoonsgegevens.",
            ]);
        return document.Build();
    }
}
