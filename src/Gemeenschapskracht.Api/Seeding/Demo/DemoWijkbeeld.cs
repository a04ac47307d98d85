using Gemeenschapskracht.Domain.Beleidskaders;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Gebieden;
using Gemeenschapskracht.Domain.Organisaties;
using Gemeenschapskracht.Domain.Wijkbeelden;

namespace Gemeenschapskracht.Api.Seeding.Demo;

/// <summary>
/// The pilotwijk's wijkbeeld, written by its residents with a professional and an ambtenaar: shared in the first demo
/// gemeente (worth reading: places, history, initiatives, deployments, two conversation rounds), a concept in the
/// second. Fictional people and places.
/// </summary>
internal static class DemoWijkbeeld
{
    public static Wijkbeeld Maak(Gebied pilotwijk, IReadOnlyList<Organisatie> organisaties, int? cijferjaar, bool uitgebreid, DateTimeOffset now)
    {
        var vandaag = Kalender.Dag(now);
        var bewoners = new Herkomst(Kant.Bewoners, "Fatima el Amrani", now);
        var professional = new Herkomst(Kant.Professionals, "Sanne Bakker (opbouwwerker)", now);
        var gemeente = new Herkomst(Kant.Gemeente, "Team sociale basis", now);
        var naam = pilotwijk.Naam ?? pilotwijk.Code;
        var team = organisaties.Where(o => o.Soort is OrganisatieSoort.Bewonersorganisatie or OrganisatieSoort.Welzijnsorganisatie).Select(o => o.Id).Take(2).ToList();
        var wijkbeeld = Wijkbeeld.Eerste(pilotwijk.Id, $"Wijkbeeld {naam}", team, trekkerIsBewonersorganisatie: true, now);
        wijkbeeld.BaseerOpCijfersVan(cijferjaar);
        IReadOnlyList<Opmerking> geen = [];
        if (!uitgebreid)
        {
            wijkbeeld.Wijzig(wijkbeeld.Titel, WijkbeeldInhoud.Leeg with
            {
                Geschiedenis = [new(Guid.CreateVersion7(now), bewoners, geen, "jaren 70", "Het dorp groeide met een nieuwbouwwijk aan de oostkant.", null, "Dorpsarchief")],
            }, bewoners);
            return wijkbeeld;
        }
        var inhoud = new WijkbeeldInhoud(
            $"De cijfers laten zien dat {naam} jong is en dat veel huishoudens weinig te besteden hebben. In de gesprekken bleek vooral hoeveel mensen elkaar al helpen: de buurtkamer, de moestuin en de app-groepen per straat. Die kracht zie je niet in de statistiek.",
            [
                new(Guid.CreateVersion7(now), bewoners, geen, "1965–1975", "De wijk wordt gebouwd voor gezinnen van de werknemers van de haven.", "Weinig voorzieningen: de eerste jaren geen buurthuis.", "Gesprekken met oudere bewoners"),
                new(Guid.CreateVersion7(now), bewoners, geen, "1995–2005", "Renovatie en sloop van een deel van de portiekflats; veel nieuwe bewoners.", "Oude en nieuwe bewoners vinden elkaar moeilijk.", null),
                new(Guid.CreateVersion7(now), professional, geen, "2021", "Het buurthuis sluit na een bezuiniging; de bewonersvereniging start de buurtkamer.", "Wantrouwen richting de gemeente.", "Verslag bewonersavond"),
            ],
            [
                new(Guid.CreateVersion7(now), bewoners, geen, "App-groepen per straat waarin buren boodschappen en klusjes regelen.", "Burennetwerk", Lokaliseerbaarheid.Deels),
                new(Guid.CreateVersion7(now), professional, geen, "De vrouwengroep van de moskee, die elke week samen kookt.", "Religieuze gemeenschap", Lokaliseerbaarheid.Ja),
            ],
            [
                new(Guid.CreateVersion7(now), bewoners, geen, "Buurtkamer", organisaties.FirstOrDefault(o => o.Soort == OrganisatieSoort.Bewonersgroep)?.Id, "Drie avonden per week open, koffie, huiswerkbegeleiding en een spreekuur.", "Een vaste ruimte en een coördinator voor acht uur per week."),
                new(Guid.CreateVersion7(now), bewoners, geen, "Moestuin achter de school", null, "Twintig gezinnen delen de oogst; de school doet mee.", null),
            ],
            [
                new(Guid.CreateVersion7(now), professional, geen, "Stichting Welzijn Voor Elkaar", "Opbouwwerker", 16, 8, 6, Financieringsinstrument.Aanbesteding),
                new(Guid.CreateVersion7(now), professional, geen, "Stichting Welzijn Voor Elkaar", "Jongerenwerker", 12, 20, 2, Financieringsinstrument.Aanbesteding),
                new(Guid.CreateVersion7(now), gemeente, geen, "Gemeente", "Wijkregisseur", 8, 28, 4, Financieringsinstrument.Subsidie),
            ],
            [new(Guid.CreateVersion7(now), bewoners, geen, "Buurtkamer en de basisschool", "Huiswerkbegeleiding door buurtbewoners in de buurtkamer", 2022, "De juf kent de vrijwilligers, de ouders kennen de buurtkamer.")],
            [
                new(Guid.CreateVersion7(now), bewoners, geen, vandaag.AddMonths(-4), new Deelnemers(23, 4, 2, 1),
                    "Waar ontmoet u andere bewoners? Wat mist u in de wijk?", "De buurtkamer is de enige plek na het sluiten van het buurthuis. Jongeren hebben geen plek.", "Sanne Bakker"),
                new(Guid.CreateVersion7(now), bewoners, geen, vandaag.AddMonths(-2), new Deelnemers(31, 3, 3, 2),
                    "Kloppen de cijfers met wat u ziet?", "Armoede is zichtbaar, maar ook de onderlinge hulp. Bewoners willen zelf over het wijkbudget meebeslissen.", "Fatima el Amrani"),
            ],
            [
                new(Guid.CreateVersion7(now), bewoners, geen, BehoefteSoort.Plekken, "Een ruimte voor jongeren, 's avonds open."),
                new(Guid.CreateVersion7(now), bewoners, geen, BehoefteSoort.Ondersteuning, "Een vaste opbouwwerker die blijft, niet elke paar jaar een ander."),
            ],
            new WijkopbouwpuntBesluit(WijkopbouwpuntKeuze.Ja, "De bewonersvereniging wil het wijkopbouwpunt dragen, met de buurtkamer als thuisbasis.", bewoners));
        wijkbeeld.Wijzig(wijkbeeld.Titel, inhoud, bewoners);
        wijkbeeld.StartGesprek(now);
        wijkbeeld.Duid(now);
        wijkbeeld.Deel(null, now);
        wijkbeeld.PlanBuurtTop(vandaag.AddDays(60), Wijkbeeld.StandaardHerinneringDagen, now);
        return wijkbeeld;
    }

    public static IEnumerable<PubliekePlek> Plekken(Gebied pilotwijk, string gemeenteSlug, DateTimeOffset now)
    {
        // Around the real centre for Amsterdam; around Utrecht for the fictional gemeenten (any point inside the Netherlands).
        var (lat, lon) = gemeenteSlug == "amsterdam" ? (52.3676, 4.9041) : (52.0907, 5.1214);
        (string Naam, PlekSoort Soort, Eigenaarsoort Eigenaar, bool Avond, int? Capaciteit, Huurregime Huur, PlekStatus Status, double Dlat, double Dlon)[] plekken =
        [
            ("Buurtkamer De Kade", PlekSoort.Buurthuis, Eigenaarsoort.Woningcorporatie, true, 25, Huurregime.Sociaal, PlekStatus.Actief, 0.002, 0.003),
            ("Voormalig buurthuis De Spil", PlekSoort.Buurthuis, Eigenaarsoort.Gemeente, false, 80, Huurregime.Marktconform, PlekStatus.Bedreigd, -0.003, 0.001),
            ("Bibliotheek Oost", PlekSoort.Bibliotheek, Eigenaarsoort.Gemeente, true, 40, Huurregime.Kosteloos, PlekStatus.Actief, 0.001, -0.004),
            ("Speeltuin Het Veldje", PlekSoort.Buitenruimte, Eigenaarsoort.Bewoners, false, null, Huurregime.Kosteloos, PlekStatus.Actief, -0.001, -0.002),
        ];
        foreach (var p in plekken)
        {
            var plek = new PubliekePlek(pilotwijk.Id, now);
            plek.Wijzig(p.Naam, p.Soort, new Coordinaten(lat + p.Dlat, lon + p.Dlon), null, p.Eigenaar, null, p.Avond, p.Capaciteit, p.Huur, p.Status,
                p.Status == PlekStatus.Bedreigd ? "De gemeente wil het pand verkopen; bewoners willen het overnemen (recht op gebouwen)." : null, now);
            yield return plek;
        }
    }
}
