using Gemeenschapskracht.Domain.BuurtTops;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Gebieden;
using Gemeenschapskracht.Domain.Wijkbeelden;

namespace Gemeenschapskracht.Api.Seeding.Demo;

/// <summary>
/// Demo data of route step 3: the pilotwijk held a BuurtTop two months ago, organised by the residents' organisation
/// that leads the wijkbeeld (a plan with themes and working groups, attendance by category, dreams and ambitions of the
/// tables), and the next one is announced for the coming BuurtTop-dag. The first gemeente's is the fuller story
/// (about 150 people, as in the OHG example).
/// </summary>
public static class DemoBuurtTops
{
    public static IEnumerable<BuurtTop> Maak(Gebied pilotwijk, Wijkbeeld wijkbeeld, bool uitgebreid, DateTimeOffset now)
    {
        var vandaag = Kalender.Dag(now);
        var naam = pilotwijk.Naam ?? pilotwijk.Code;
        var organisator = new Organisator(OrganisatorSoort.Bewonersorganisatie, wijkbeeld.Team, [], "Subsidie wijkbudget en bijdrage woningcorporatie",
            new Bedrag(uitgebreid ? 1_850_000 : 650_000));
        var bewoners = new Herkomst(Kant.Bewoners, "Fatima el Amrani", now);
        IReadOnlyList<Opmerking> geen = [];

        var datum = vandaag.AddDays(-60);
        var begonnen = now.AddMonths(-8);
        var gehouden = new BuurtTop(pilotwijk.Id, $"BuurtTop {naam} {datum.Year}", datum, "Buurtkamer De Kade", uitgebreid ? 160 : 80, begonnen);
        gehouden.KiesOrganisator(organisator, leidtBewoners: true, begonnen);
        var gedeeld = wijkbeeld.Status == WijkbeeldStatus.Gedeeld ? wijkbeeld.Id : (Guid?)null;
        gehouden.BouwVoortOp(gedeeld, wijkbeeld.Versie, begonnen);
        Mijlpaal Mijlpaal(string omschrijving, int dagenVooraf) => new(Guid.CreateVersion7(begonnen), omschrijving, datum.AddDays(-dagenVooraf), true);
        gehouden.WijzigPlan(new Voorbereidingsplan(
            uitgebreid ? ["Wonen", "Leefbaarheid", "Verduurzaming", "Ruimtelijke inrichting", "Cultuur"] : ["Wonen", "Leefbaarheid"],
            [
                new Werkgroep(Guid.CreateVersion7(begonnen), "Werkgroep wonen", "Wonen", [new Werkgroeplid("Fatima el Amrani", "bewoner, voorzitter"), new Werkgroeplid("Kees Visser", "woningcorporatie")]),
                new Werkgroep(Guid.CreateVersion7(begonnen), "Werkgroep leefbaarheid", "Leefbaarheid", [new Werkgroeplid("Mehmet Yilmaz", "bewoner"), new Werkgroeplid("Sanne Bakker", "opbouwwerker")]),
            ],
            [
                Mijlpaal("Werkgroepen gevormd", 180),
                Mijlpaal("Informatie over de wijk verzameld (wijkbeeld, cijfers)", 120),
                Mijlpaal("Uitnodigingen verstuurd en sleutelfiguren persoonlijk benaderd", 45),
                Mijlpaal("Tafelleiders getraind", 14),
            ],
            ["Plannen van de corporatie voor de flats aan de Kade", "Cijfers over eenzaamheid onder ouderen"],
            [new Begrotingspost("Zaalhuur en catering", new Bedrag(uitgebreid ? 450_000 : 200_000)), new Begrotingspost("Drukwerk en uitnodigingen", new Bedrag(80_000))],
            new Projectleider("Joost de Wit", uitgebreid ? 200 : 80, new Bedrag(uitgebreid ? 1_200_000 : 370_000))), begonnen);
        gehouden.StartVoorbereiding(begonnen);
        gehouden.Houd(uitgebreid ? new Aanwezigheid(112, 9, 8, 4, 11, 5, 3) : new Aanwezigheid(48, 3, 2, 1, 5, 2, 1), now);
        Opbrengst Opbrengst(string tafel, OpbrengstSoort soort, string tekst) => new(Guid.CreateVersion7(now), bewoners, geen, tafel, soort, tekst);
        gehouden.WijzigOpbrengsten(uitgebreid
            ?
            [
                Opbrengst("Tafel wonen", OpbrengstSoort.Droom, "Jong en oud wonen door elkaar; ouderen kunnen in de wijk blijven als ze kleiner willen wonen."),
                Opbrengst("Tafel wonen", OpbrengstSoort.Ambitie, "Binnen vijf jaar een woongroep voor ouderen in de flats aan de Kade."),
                Opbrengst("Tafel leefbaarheid", OpbrengstSoort.Droom, "Een plein waar kinderen veilig spelen en buren elkaar tegenkomen."),
                Opbrengst("Tafel verduurzaming", OpbrengstSoort.Ambitie, "Samen zonnepanelen op de daken van de school en de buurtkamer."),
                Opbrengst("Tafel cultuur", OpbrengstSoort.Droom, "Een jaarlijks wijkfeest dat de bewoners zelf organiseren."),
            ]
            :
            [
                Opbrengst("Tafel wonen", OpbrengstSoort.Droom, "Betaalbare woningen voor de jongeren van het dorp."),
                Opbrengst("Tafel leefbaarheid", OpbrengstSoort.Ambitie, "Het dorpshuis blijft open, gedragen door vrijwilligers."),
            ], bewoners);
        yield return gehouden;

        var volgendeDag = BuurtTopCyclus.Standaard(now).VolgendeBuurtTopDag(vandaag.AddDays(1));
        var volgende = new BuurtTop(pilotwijk.Id, $"BuurtTop-dag {naam} {volgendeDag.Year}", volgendeDag, "Buurtkamer De Kade", uitgebreid ? 160 : 80, now);
        volgende.KiesOrganisator(organisator, leidtBewoners: true, now);
        volgende.BouwVoortOp(gedeeld, wijkbeeld.Versie, now);
        yield return volgende;
    }
}
