using Gemeenschapskracht.Application.Common.Documents;
using Gemeenschapskracht.Application.Visitaties.Shared;
using Gemeenschapskracht.Domain.Visitaties;
using static Gemeenschapskracht.Application.Common.Documents.DocumentText;

namespace Gemeenschapskracht.Application.Visitaties.Queries.GetVisitatierapport;

/// <summary>
/// The visitatie report, generated from its parts: the panel, the self-reflection, what stakeholders brought in, per
/// perspective the mark with the narrative that carries it ("tellen én vertellen"), the reviewed party's response and
/// the follow-up actions. Before adoption it says plainly that it is a draft.
/// </summary>
internal static class VisitatierapportDocument
{
    public static Document Compose(Visitatie visitatie, string gemeente)
    {
        var concept = visitatie.Status < VisitatieStatus.Vastgesteld;
        var document = new DocumentBuilder(new TitlePage(
            $"Visitatierapport {visitatie.OnderwerpNaam}",
            concept ? "Conceptrapport" : "Vastgesteld rapport",
            [
                new("Gemeente", gemeente),
                new("Gepland op", Date(visitatie.GeplandOp)),
                new("Perspectieven", $"versie {visitatie.PerspectievenVersie}"),
                .. visitatie.ReactieUiterlijk is { } uiterlijk ? new KeyValue[] { new("Reactie uiterlijk", Date(uiterlijk)) } : [],
            ]));
        if (concept)
            document.Notice("Concept", "Dit is het conceptrapport. De gevisiteerde kan erop reageren; het rapport wordt daarna vastgesteld en met de reactie gepubliceerd.");
        document.Heading("Het panel")
            .Bullets(visitatie.Panel.Select(p => $"{p.Naam} ({VisitatieLabels.Panelrol(p.Rol)})"));
        document.Heading("Zelfreflectie").Paragraph(visitatie.Zelfreflectie ?? "Er is geen zelfreflectie vastgelegd.");
        document.Heading("Wat belanghebbenden inbrachten")
            .WhenNone(visitatie.Inbreng, "Er is geen inbreng van belanghebbenden vastgelegd.")
            .KeyValues(visitatie.Inbreng.Select(i => new KeyValue(i.Wie, i.Wat)));
        document.Heading("Oordeel per perspectief");
        foreach (var perspectief in visitatie.Perspectieven)
        {
            document.Heading(perspectief.Naam, 2).Paragraph(perspectief.Omschrijving);
            if (visitatie.Beoordelingen.FirstOrDefault(b => b.PerspectiefId == perspectief.Id) is { } beoordeling)
                document.KeyValues(new KeyValue("Oordeel", VisitatieLabels.Oordeel(beoordeling.Oordeel)), new KeyValue("Toelichting", beoordeling.Toelichting));
            else
                document.Paragraph("Het panel heeft dit perspectief nog niet beoordeeld.");
        }
        document.Heading("Reactie van de gevisiteerde").Paragraph(visitatie.Reactie ?? (concept
            ? "De gevisiteerde heeft nog niet gereageerd."
            : "De gevisiteerde heeft binnen de reactietermijn niet gereageerd."));
        document.Heading("Vervolgacties")
            .WhenNone(visitatie.Vervolgacties, "Er zijn nog geen vervolgacties afgesproken.")
            .Table(
                [new("Actie", 3), new("Wie", 2), new("Uiterlijk"), new("Gereed")],
                visitatie.Vervolgacties.Select(a => (IReadOnlyList<string>)[a.Omschrijving, a.Eigenaar, Date(a.Uiterlijk), a.GereedOp is { } op ? Date(Domain.Common.Kalender.Dag(op)) : "nog niet"]));
        return document.Build();
    }
}
