using Gemeenschapskracht.Application.Common.Documents;
using Gemeenschapskracht.Application.Wijktoekomstagendas.Dtos;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Wijkbeelden;
using Gemeenschapskracht.Domain.Wijktoekomstagendas;
using static Gemeenschapskracht.Application.Common.Documents.DocumentText;

namespace Gemeenschapskracht.Application.Wijktoekomstagendas.Queries.GetWijktoekomstagendaDocument;

/// <summary>
/// The agenda's public page as a document to print and spread through the wijk: the ambitions grouped by the public
/// value they contribute to, then residents' own goals, each with its state in words and its working groups. In the
/// order of writing within each group: no rank (G-1).
/// </summary>
internal static class AgendaDocument
{
    public static Document Compose(WijktoekomstagendaDto agenda, string gemeente)
    {
        var document = new DocumentBuilder(TitlePage(agenda, gemeente));
        if (agenda.Intro is { } intro)
            document.Heading("Waar de wijk naartoe wil").Paragraph(intro);
        document.WhenNone(agenda.Ambities, "Er zijn nog geen ambities vastgelegd.");
        foreach (var groep in agenda.Ambities.Where(a => !a.EigenDoel).GroupBy(a => a.PubliekeWaardeNaam ?? "Publieke waarde"))
            Groep(document, $"Bijdrage aan {groep.Key}", groep.ToList());
        var eigen = agenda.Ambities.Where(a => a.EigenDoel).ToList();
        if (eigen.Count > 0)
            Groep(document, "Eigen doelen van bewoners", eigen);
        document.Notice("Doe mee", $"Wilt u meedoen aan een werkgroep of meer weten? Neem contact op met {string.Join(", ", agenda.Team.Select(t => t.Naam))}.");
        return document.Build();
    }

    private static TitlePage TitlePage(WijktoekomstagendaDto agenda, string gemeente) => new(
        agenda.Titel,
        $"Wijktoekomstagenda van {agenda.WijkNaam} · {agenda.StartJaar}–{agenda.StartJaar + agenda.HorizonJaren}",
        [
            new("Wijk", agenda.WijkNaam),
            new("Gemeente", gemeente),
            new("Horizon", $"{agenda.HorizonJaren} jaar, van {agenda.StartJaar} tot {agenda.StartJaar + agenda.HorizonJaren}"),
            new("Versie", agenda.Versie.ToString(Nl)),
            new("Status", Status(agenda.Status)),
            .. agenda.GepubliceerdOp is { } op ? new KeyValue[] { new("Gepubliceerd op", Date(Kalender.Dag(op))) } : [],
            new("Team", string.Join(", ", agenda.Team.Select(t => t.Naam))),
        ]);

    private static void Groep(DocumentBuilder document, string titel, IReadOnlyList<AmbitieDto> ambities)
    {
        document.Heading(titel);
        foreach (var ambitie in ambities)
        {
            document.Heading(ambitie.Titel, 2).Paragraph(ambitie.Tekst).KeyValues(
                new KeyValue("Stand van zaken", Status(ambitie.Status) + (ambitie.LosgelatenReden is { } reden ? $" ({reden})" : "")),
                new KeyValue("Geschreven door", Kant(ambitie.Herkomst.Kant)),
                ambitie.Werkgroepen.Count == 0 ? null : new KeyValue("Werkgroepen", string.Join('\n', ambitie.Werkgroepen.Select(Werkgroep))));
        }
    }

    private static string Werkgroep(WerkgroepDto w) =>
        $"{w.Naam}{(w.Leden.Count > 0 ? $": {string.Join(", ", w.Leden)}" : "")}{(w.ContactOrganisatieNaam is { } c ? $" (contact: {c})" : "")}";

    public static string Status(AmbitieStatus status) => status switch
    {
        AmbitieStatus.Gedroomd => "Gedroomd",
        AmbitieStatus.Geagendeerd => "Op de agenda",
        AmbitieStatus.Opgepakt => "Opgepakt",
        AmbitieStatus.Gerealiseerd => "Gerealiseerd",
        _ => "Losgelaten",
    };

    public static string Status(AgendaStatus status) => status switch
    {
        AgendaStatus.Concept => "Concept",
        AgendaStatus.Gepubliceerd => "Gepubliceerd",
        AgendaStatus.InUitvoering => "In uitvoering",
        AgendaStatus.Herijking => "Herijking",
        _ => "Gearchiveerd",
    };

    private static string Kant(Kant kant) => kant switch
    {
        Domain.Wijkbeelden.Kant.Bewoners => "bewoners",
        Domain.Wijkbeelden.Kant.Professionals => "professionals",
        _ => "de gemeente",
    };
}
