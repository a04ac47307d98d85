using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Dienstverleningsafspraken;
using Gemeenschapskracht.Domain.Gebieden;
using Gemeenschapskracht.Domain.Organisaties;
using Gemeenschapskracht.Domain.Visitaties;
using Gemeenschapskracht.Domain.Wijkbeelden;

namespace Gemeenschapskracht.Api.Seeding.Demo;

/// <summary>The people on the demo's running visitatiepanel: the demo panel member and raadslid where they have an account here.</summary>
internal sealed record DemoPanel(DemoPersoon Bewoner, DemoPersoon Raadslid);

/// <summary>
/// The demo's lerend vermogen (R6.3): a two-yearly cycle of the wijk programmes whose visitatie of the pilotwijk was
/// adopted with the reviewed party's response and is now in follow-up, one action done and one overdue; and a cycle of
/// the professional work whose visitatie of the running dienstverleningsafspraak is in its conversations, with the demo
/// panel member and raadslid on the panel, the self-reflection written, a stakeholder heard and a first score given.
/// Both are dated so that the cycle job finds nothing due until their next round.
/// </summary>
internal static class DemoVisitaties
{
    public static IEnumerable<object> Maak(Gebied pilotwijk, IReadOnlyList<Gebied> wijken, Wijkbeeld wijkbeeld, Dienstverleningsafspraak? afspraak,
        IReadOnlyList<Organisatie> organisaties, DemoPanel panel, DateTimeOffset now)
    {
        var elders = wijken.FirstOrDefault(w => w.Id != pilotwijk.Id)?.Id;
        var wijkprogrammas = new Visitatiecyclus("Visitatie van de wijkprogramma's", Onderwerpsoort.Wijkprogramma, 24, 28, null, now.AddMonths(-24));
        yield return wijkprogrammas;
        yield return Afgeronde(wijkprogrammas, pilotwijk, wijkbeeld, elders, now);

        if (afspraak is null || organisaties.FirstOrDefault(o => o.Id == afspraak.AanbiederId) is not { } aanbieder)
            yield break;
        var professioneel = new Visitatiecyclus("Visitatie van het professionele werk", Onderwerpsoort.ProfessioneleInzet, 24, 28, null, now.AddMonths(-3));
        yield return professioneel;
        yield return Lopende(professioneel, new Visitatieonderwerp(Onderwerpsoort.ProfessioneleInzet, afspraak.Id,
            $"{afspraak.SoortWerk} van {aanbieder.Naam} in {Naam(pilotwijk)}", afspraak.WijkId, aanbieder.Id), elders, panel, now);
    }

    private static Visitatie Afgeronde(Visitatiecyclus cyclus, Gebied wijk, Wijkbeeld wijkbeeld, Guid? elders, DateTimeOffset now)
    {
        var start = now.AddMonths(-22);
        var trekker = wijkbeeld.Team.Count > 0 ? wijkbeeld.Team[0] : (Guid?)null;
        var visitatie = new Visitatie(cyclus, new Visitatieonderwerp(Onderwerpsoort.Wijkprogramma, wijk.Id, $"Wijkprogramma {Naam(wijk)}", wijk.Id, trekker),
            Kalender.Dag(start), start);
        visitatie.VoegPanellidToe(new Panellid(Guid.CreateVersion7(start), "Henk Jansen", Panelrol.Bewoner, elders, [], null), start.AddDays(5));
        visitatie.VoegPanellidToe(new Panellid(Guid.CreateVersion7(start), "Anouk Visser", Panelrol.Raadslid, null, [], null), start.AddDays(5));
        visitatie.VoegPanellidToe(new Panellid(Guid.CreateVersion7(start), "Ruud Bakker", Panelrol.Collega, null, [], null), start.AddDays(6));
        visitatie.BevestigPanel(start.AddDays(7));
        visitatie.VraagZelfreflectie(start.AddDays(7));
        visitatie.LegZelfreflectieVast(
            "De buurtkamer is het hart van de wijk geworden en de BuurtTop bracht nieuwe gezichten. Wat nog niet lukt: jongeren " +
            "praten wel mee, maar beslissen nog niet mee over het budget. Dat willen we leren.", start.AddDays(30));
        visitatie.LegInbrengVast("Bewoners van de buurtkamer", "Ze voelen zich gehoord, maar weten niet altijd wat er met hun ideeën gebeurt.", start.AddDays(40));
        visitatie.LegInbrengVast("De woningcorporatie", "Het wijkprogramma sluit aan op de renovatie; de afstemming kan eerder beginnen.", start.AddDays(42));
        var toelichtingen = new[]
        {
            (Oordeel.Sterk, "Het programma volgt de wijktoekomstagenda en de trekkers kennen de verbinders in de straten bij naam."),
            (Oordeel.InOntwikkeling, "Partners zijn positief, maar bewoners horen te laat wat er met hun inbreng gedaan is."),
            (Oordeel.InspirerendVoorbeeld, "De buurtkamer draait op vrijwilligers die al jaren blijven; kennis gaat niet verloren bij wisselingen."),
            (Oordeel.InOntwikkeling, "Bewoners hebben zeggenschap over de activiteiten, jongeren nog niet over het budget zelf."),
        };
        foreach (var (perspectief, (oordeel, toelichting)) in visitatie.Perspectieven.Zip(toelichtingen))
            visitatie.Beoordeel(perspectief.Id, oordeel, toelichting, "Het panel", start.AddDays(60));
        visitatie.MaakConceptrapport(start.AddDays(70));
        visitatie.GeefReactie(
            "We herkennen het beeld. We gaan bewoners na elke BuurtTop schriftelijk laten weten wat er met hun ideeën gebeurt, " +
            "en we geven jongeren een eigen deel van het activiteitenbudget.", start.AddDays(90));
        visitatie.StelVast(start.AddDays(100));
        var terugkoppeling = visitatie.VoegVervolgactieToe("Na elke BuurtTop een terugkoppeling aan alle deelnemers",
            "Trekker van het wijkprogramma", Kalender.Dag(start.AddDays(100)).AddMonths(3), start.AddDays(100));
        visitatie.VoegVervolgactieToe("Een jongerenbudget binnen het activiteitenbudget, met een eigen jongerenpanel",
            "Beleidsmedewerker wijkbudgetten", Kalender.Dag(now).AddMonths(-2), start.AddDays(100));
        visitatie.MeldVervolgactieGereed(terugkoppeling.Id, "Sinds de laatste BuurtTop krijgt elke deelnemer binnen twee weken een brief met wat er met de ideeën gebeurt.",
            start.AddDays(160));
        return visitatie;
    }

    private static Visitatie Lopende(Visitatiecyclus cyclus, Visitatieonderwerp onderwerp, Guid? elders, DemoPanel panel, DateTimeOffset now)
    {
        var start = now.AddDays(-40);
        var visitatie = new Visitatie(cyclus, onderwerp, Kalender.Dag(start), start);
        visitatie.VoegPanellidToe(new Panellid(panel.Bewoner.Id, panel.Bewoner.Naam, Panelrol.Bewoner, elders, [], null), start.AddDays(2));
        visitatie.VoegPanellidToe(new Panellid(panel.Raadslid.Id, panel.Raadslid.Naam, Panelrol.Raadslid, null, [], null), start.AddDays(2));
        visitatie.BevestigPanel(start.AddDays(3));
        visitatie.VraagZelfreflectie(start.AddDays(3));
        visitatie.LegZelfreflectieVast(
            "Het opbouwwerk is dichter bij de bewonersorganisatie gaan werken en ondersteunt nu vooral nieuwe initiatieven. " +
            "We merken dat we te weinig tijd hebben voor mensen die nog niet meedoen.", start.AddDays(20));
        visitatie.LegInbrengVast("Vrijwilligers van het buurtinitiatief", "De opbouwwerker is goed bereikbaar en helpt met aanvragen en contacten.", start.AddDays(30));
        visitatie.Beoordeel(visitatie.Perspectieven[0].Id, Oordeel.Sterk,
            "Het werk volgt wat de bewonersorganisatie vraagt en sluit aan op de ambities van de wijktoekomstagenda.", panel.Raadslid.Naam, start.AddDays(35));
        return visitatie;
    }

    private static string Naam(Gebied wijk) => wijk.Naam ?? wijk.Code;
}
