using Gemeenschapskracht.Domain.Beleidskaders;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Gebieden;

namespace Gemeenschapskracht.Api.Seeding.Demo;

/// <summary>A beleidskader the raad adopted a year ago, in the words a gemeente might use. Fictional.</summary>
internal static class DemoBeleidskader
{
    public static Beleidskader Maak(Gebied pilotwijk, bool uitgebreid, DateTimeOffset now)
    {
        var vandaag = Kalender.Dag(now);
        var kader = Beleidskader.Eerste("Sociale basis: van aanbesteden naar subsidiëren", now);
        var waarden = kader.Inhoud.PubliekeWaarden.Select((w, i) => w with
        {
            Prioriteit = i switch { 2 => 1, 4 => 2, _ => 3 },
            VerordeningArtikel = $"Subsidieverordening sociale basis, art. 3 lid 1 onder {(char)('a' + i)}",
        }).ToList();
        var inhoud = kader.Inhoud with
        {
            Aanbestedingsbesluit = new(
                "De gemeente besteedt het welzijnswerk en het opbouwwerk in de wijken niet meer aan. Vanaf de afloop van de huidige contracten worden deze taken gefinancierd met meerjarige wijkbudgetten, verdeeld via subsidies aan bewonersorganisaties en partners in de wijk.",
                "Welzijnswerk, opbouwwerk, jongerenwerk en de ondersteuning van bewonersinitiatieven in alle wijken.",
                "Sinds 2015 is het welzijnswerk drie keer aanbesteed. Bij elke ronde wisselden in een deel van de wijken de aanbieders; opbouwwerkers vertrokken, contacten met bewoners gingen verloren en de aanbestedingen kostten jaarlijks tienduizenden euro's aan advies en beoordeling.",
                "De sociale basis is geen markt: bewoners zijn geen klanten die tussen aanbieders kiezen, en wat in een wijk groeit vraagt duurzame relaties over vele jaren. Concurrentie om een contract breekt die relaties juist af."),
            PubliekeWaarden = waarden,
            Financieringsbronnen =
            [
                new(Guid.CreateVersion7(now), "Welzijnswerk en opbouwwerk", "Wmo 2015", Bedrag.FromEuro(uitgebreid ? 2_450_000m : 640_000m),
                    Financieringsinstrument.Aanbesteding, vandaag.AddMonths(9), vandaag.AddMonths(8)),
                new(Guid.CreateVersion7(now), "Jongerenwerk", "Jeugdwet (preventief)", Bedrag.FromEuro(uitgebreid ? 780_000m : 190_000m),
                    Financieringsinstrument.Aanbesteding, vandaag.AddMonths(7), null),
                new(Guid.CreateVersion7(now), "Bewonersinitiatieven", "Subsidieverordening sociale basis", Bedrag.FromEuro(uitgebreid ? 350_000m : 60_000m),
                    Financieringsinstrument.Subsidie, null, vandaag.AddMonths(3)),
            ],
            Delegaties = uitgebreid
                ?
                [
                    new("Besteding van het wijkbudget", Bestuursniveau.Gemeente, Zeggenschap.Beslist),
                    new("Besteding van het wijkbudget", Bestuursniveau.Wijk, Zeggenschap.BeslistMee),
                    new("Besteding van het wijkbudget", Bestuursniveau.Buurt, Zeggenschap.Adviseert),
                    new("Bewonersinitiatieven tot € 5.000", Bestuursniveau.Wijk, Zeggenschap.Beslist),
                    new("Inrichting openbare ruimte", Bestuursniveau.Buurt, Zeggenschap.BeslistMee),
                    new("Inzet van professionals", Bestuursniveau.Wijk, Zeggenschap.Adviseert),
                ]
                : [new("Besteding van het wijkbudget", Bestuursniveau.Wijk, Zeggenschap.Adviseert)],
            Buurtrechten = uitgebreid
                ? [new(BuurtrechtSoort.RechtOmUitTeDagen, "Verordening uitdaagrecht, art. 2"), new(BuurtrechtSoort.OpenOverheid, null),
                   new(BuurtrechtSoort.ToegangTotGeld, "Subsidieverordening sociale basis, art. 5")]
                : [new(BuurtrechtSoort.OpenOverheid, null)],
            Fasen =
            [
                new("Wijken in beeld", ["Wijkgesprekken", "Cijfers van CBS en eigen onderzoek"], "Team sociale basis", vandaag.AddMonths(-10), vandaag.AddMonths(2)),
                new("BuurtTop en wijktoekomstagenda", ["BuurtTop", "Werkgroepen van bewoners"], "Bewonersorganisaties", vandaag.AddMonths(2), vandaag.AddMonths(8)),
                new("Wijkbudgetten", ["Budgetmethodiek", "Subsidieregeling"], "Raad en college", vandaag.AddMonths(6), vandaag.AddMonths(14)),
            ],
            Tijdspanne = new(vandaag.AddMonths(-12), vandaag.AddYears(uitgebreid ? 8 : 4),
                [new DateOnly(2026, 3, 18), new DateOnly(2030, 3, 20), new DateOnly(2034, 3, 15)]),
            Pilots = uitgebreid
                ? [new(Guid.CreateVersion7(now), pilotwijk.Id, "Wijkbudget met bewonersbesluit", vandaag.AddMonths(-6), vandaag.AddMonths(18),
                    "Besluiten bewoners zelf over de besteding? Blijven de professionals in de wijk? Zijn de uitvoeringslasten lager dan bij aanbesteden?", PilotStatus.Lopend)]
                : [],
            Overgangsperiodes = uitgebreid
                ? [new(Guid.CreateVersion7(now), "Perceel welzijn Noord (2021–2027)", "Stichting Welzijn Voor Elkaar", vandaag.AddMonths(-3), vandaag.AddMonths(9),
                    "Subsidie uit het wijkbudget aan dezelfde opbouwwerkers")]
                : [],
            Partijen = uitgebreid
                ?
                [
                    new("Bewonersorganisaties", PartijSoort.Bewonersorganisatie, "Wijkbeeld en wijktoekomstagenda trekken", "Werkgroepen en BuurtTop", Commitmentstatus.Actief),
                    new("Stichting Welzijn Voor Elkaar", PartijSoort.Welzijnsorganisatie, "Opbouwwerkers blijven in hun wijk", "Subsidie in plaats van contract", Commitmentstatus.Toegezegd),
                    new("Woonstichting Thuis", PartijSoort.Woningcorporatie, "Ruimtes beschikbaar voor bewoners", "Huur tegen sociaal tarief", Commitmentstatus.Uitgenodigd),
                ]
                : [new("Dorpsraden", PartijSoort.Bewonersorganisatie, "Meedenken over de dorpsbudgetten", null, Commitmentstatus.Toegezegd)],
            RolVanDePolitiek = new(
                "De raad stelt de kaders en de budgetten vast en legt die voor meerdere jaren vast; raadsleden nemen deel aan visitatiepanels.",
                "Het college voert uit en rapporteert jaarlijks aan de raad over de voortgang per wijk."),
            Toezeggingen = uitgebreid
                ? [new("Jaarlijkse voortgangsrapportage per wijk aan de raad", "Wethouder sociaal domein", vandaag.AddMonths(4), ToezeggingStatus.Toegezegd),
                   new("Geen bezuiniging op wijkbudgetten zonder raadsbesluit en opzegtermijn", "College", vandaag.AddMonths(-2), ToezeggingStatus.Uitgevoerd)]
                : [],
            WijkindelingToelichting = "De wijkindeling van het CBS; buurten vallen onder hun wijk.",
        };
        kader.Wijzig(kader.Titel, inhoud, new HashSet<Guid>(), now);
        kader.LegVoorAanRaad(now);
        kader.StelVast(new Raadsbesluit(vandaag.AddMonths(-1), uitgebreid ? "RB-2026-041" : "RB 2026/12", "https://example.org/raadsbesluiten/sociale-basis"), null, now);
        return kader;
    }
}
