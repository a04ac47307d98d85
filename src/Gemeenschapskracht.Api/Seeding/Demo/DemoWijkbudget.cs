using Gemeenschapskracht.Domain.Beleidskaders;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Gebieden;
using Gemeenschapskracht.Domain.Organisaties;
using Gemeenschapskracht.Domain.Subsidies;
using Gemeenschapskracht.Domain.Wijkbudgetten;
using Gemeenschapskracht.Domain.Wijktoekomstagendas;

namespace Gemeenschapskracht.Api.Seeding.Demo;

/// <summary>
/// The money of the demo route (step 4): a budgetmethodiek the raad adopted two months ago, the begroting of this year
/// (and of next year once November has passed), a four-year wijkbudget for the pilotwijk that runs, with one change
/// on record, a proposal for a second wijk, and an open subsidieregeling on the pilot budget with applications of the
/// demo bewonersorganisatie in several states, the accountability of <see cref="DemoVerantwoording"/> and the drawing right of
/// <see cref="DemoTrekkingsrecht"/>. Fictional amounts.
/// </summary>
internal static class DemoWijkbudget
{
    public static IEnumerable<object> Maak(Beleidskader kader, IReadOnlyList<Gebied> wijken, Wijktoekomstagenda agenda, Organisatie? bewoners, Organisatie? welzijn, bool uitgebreid, DateTimeOffset now)
    {
        var vandaag = Kalender.Dag(now);
        var schaal = uitgebreid ? 1m : 0.4m;
        var bronnen = kader.Inhoud.Financieringsbronnen;
        var inhoud = new MethodiekInhoud(
            bronnen.Select((b, i) => new Envelopdeel(b.Id, b.Naam, i == bronnen.Count - 1 ? b.BedragPerJaar : Bedrag.FromEuro(decimal.Round(b.BedragPerJaar.Eurocent / 100m / 2, 0)))).ToList(),
            [
                new Criterium(Guid.CreateVersion7(now), "Basisbedrag per wijk", CriteriumSoort.Gelijk, null, Aandeel.FromProcent(30)),
                new Criterium(Guid.CreateVersion7(now), "Aantal inwoners", CriteriumSoort.Aantal, Criterium.Inwoners, Aandeel.FromProcent(70)),
            ],
            Aandeel.FromProcent(30), 6);
        var methodiek = new Budgetmethodiek(1, "Verdeling van de wijkbudgetten", inhoud, bronnen, now);
        methodiek.StelVast(new Raadsbesluit(vandaag.AddMonths(-2), "RB-WB-001", null), null, now);
        yield return methodiek;

        var begrotingen = new List<Begrotingsbesluit> { new(vandaag.Year, new Raadsbesluit(new DateOnly(vandaag.Year - 1, 11, 7), $"RB-BEGR-{vandaag.Year}", null), now) };
        if (vandaag >= new DateOnly(vandaag.Year, 11, 10))
            begrotingen.Add(new(vandaag.Year + 1, new Raadsbesluit(new DateOnly(vandaag.Year, 11, 10), $"RB-BEGR-{vandaag.Year + 1}", null), now));
        foreach (var begroting in begrotingen)
            yield return begroting;

        var waarden = kader.Inhoud.PubliekeWaarden;
        var verwijzingen = new Verwijzingen(agenda.Ambities.Select(a => a.AmbitieId).ToHashSet(), waarden.Select(w => w.Id).ToHashSet());
        var mix = bronnen.Select((b, i) => new Bronaandeel(b.Id, b.Naam, Aandeel.FromProcent(i switch { 0 => 60, 1 => 25, _ => 15 }))).ToList();
        var jongeren = agenda.Ambities.First(a => a.Titel.StartsWith("Een plek voor jongeren", StringComparison.Ordinal)).AmbitieId;
        var eenzaam = agenda.Ambities.First(a => a.Titel.StartsWith("Niemand eenzaam", StringComparison.Ordinal)).AmbitieId;

        var pilot = new Wijkbudget(agenda.GebiedId, methodiek, vandaag.Year, 4, Regels(vandaag.Year, 4, schaal, waarden, jongeren, eenzaam, now), mix, verwijzingen, now);
        pilot.KenToe(new Raadsbesluit(vandaag.AddMonths(-1), "RB-WB-014", null), inhoud.OndersteuningsVloer, now);
        pilot.GeefVrij(begrotingen.Select(b => b.Jaar).ToHashSet(), now);
        var verhoogd = pilot.Regels.Select(r => r.Categorie == BudgetCategorie.Activiteiten
            ? r with { Bedragen = r.Bedragen.Select(b => b.Jaar >= vandaag.Year + 2 ? b with { Bedrag = b.Bedrag + Bedrag.FromEuro(5_000m * schaal) } : b).ToList() }
            : r).ToList();
        pilot.PasAan(methodiek, verhoogd, mix, verwijzingen, "De jongerenplek krijgt vanaf het derde jaar een eigen activiteitenbudget, zoals de werkgroep vroeg.",
            null, inhoud.OpzegtermijnMaanden, now);
        yield return pilot;
        if (bewoners is not null)
        {
            foreach (var deel in Subsidies(pilot, bewoners, jongeren, schaal, now))
                yield return deel;
            foreach (var deel in DemoVerantwoording.Maak(pilot, bewoners, schaal, now))
                yield return deel;
            yield return DemoTrekkingsrecht.Maak(pilot, bewoners, welzijn, eenzaam, schaal, now);
        }

        if (wijken.FirstOrDefault(w => w.Id != agenda.GebiedId) is { } tweede)
        {
            var geen = new Verwijzingen(new HashSet<Guid>(), verwijzingen.PubliekeWaarden);
            yield return new Wijkbudget(tweede.Id, methodiek, vandaag.Year + 1, 4, Regels(vandaag.Year + 1, 4, schaal * 0.8m, waarden, null, null, now), mix, geen, now);
        }
    }

    /// <summary>
    /// An open regeling on the pilot budget's initiatives line with applications of the demo bewonersorganisatie in several
    /// states: two granted (one with its voorschot paid and set at once, without a report, as the lowest tier allows; the
    /// other's voorschot waiting for a payment batch), one submitted, one
    /// asked to complete, one concept.
    /// </summary>
    private static IEnumerable<object> Subsidies(Wijkbudget budget, Organisatie bewoners, Guid jongeren, decimal schaal, DateTimeOffset now)
    {
        var vandaag = Kalender.Dag(now);
        // Next year's regeling once its begroting is adopted (so a voorschot can be paid, Awb 4:34), else this year's.
        var jaar = budget.Tranches.Any(t => t.Jaar == vandaag.Year + 1 && t.Status == TrancheStatus.Vrijgegeven) ? vandaag.Year + 1 : vandaag.Year;
        var regel = budget.Regels.Single(r => r.Categorie == BudgetCategorie.Bewonersinitiatieven);
        var regeling = new Subsidieregeling("Bewonersinitiatieven in de wijk", "Subsidieverordening sociale basis, art. 4 lid 1", budget, [regel.Id],
            new Subsidieplafond(Bedrag.FromEuro(15_000m * schaal), new DateOnly(jaar, 1, 1), new DateOnly(jaar, 12, 31)),
            [
                new("Van bewoners", "Het initiatief komt van bewoners uit de wijk, die het zelf organiseren."),
                new("Open voor de buurt", "Iedereen uit de buurt kan meedoen; het is niet alleen voor leden."),
                new("Draagt bij aan de agenda", "Het draagt bij aan een ambitie van de wijktoekomstagenda of een publieke waarde."),
            ],
            "Op volgorde van binnenkomst, tot het plafond is bereikt.",
            "Bewonersorganisaties en bewonersgroepen in de wijk; een groep zonder rechtspersoon vraagt aan via een hostorganisatie.", 8,
            Bedrag.FromEuro(2_500m * schaal), now);
        regeling.Publiceer(now);
        regeling.LegMededingingsruimteVast(new Mededingingsruimte(MededingingsSoort.OpenOproep,
            "Oproep in de wijkkrant, op de website van de gemeente en in de buurtkamer; vier weken open voor iedereen in de wijk.", vandaag.AddDays(-30)), now);
        regeling.Open(now);

        Subsidieaanvraag Aanvraag(string? groep, string plan, decimal euro, int maandVan, int maandTot) =>
            new(regeling, bewoners.Id, groep, plan, Bedrag.FromEuro(euro * schaal), new DateOnly(jaar, maandVan, 1),
                new DateOnly(jaar, maandTot, 1).AddMonths(1).AddDays(-1), [jongeren], now);
        var verleend = Aanvraag(null, "Elke vrijdagavond een jongerenavond in de buurtkamer, door jongeren zelf georganiseerd.", 4_000m, 2, 12);
        verleend.DienIn(regeling, now);
        verleend.NeemInBehandeling(now);
        List<Criteriumoordeel> Oordelen(params Rubriekniveau[] niveaus) => regeling.Criteria.Zip(niveaus, (c, n) => new Criteriumoordeel(c.Naam, n)).ToList();
        verleend.Beoordeel(regeling, "demo-beoordelaar-1", "Demo beleidsmedewerker", null, true, Advies.Verlenen,
            Oordelen(Rubriekniveau.Voldoet, Rubriekniveau.Voldoet, Rubriekniveau.Voldoet), "Jongeren organiseren zelf; past bij de ambitie van de wijk.", now);
        verleend.Beoordeel(regeling, "demo-beoordelaar-2", "Demo gemeente-beheerder", null, true, Advies.Verlenen,
            Oordelen(Rubriekniveau.Voldoet, Rubriekniveau.VoldoetDeels, Rubriekniveau.Voldoet), "Eens; vraag wel hoe ook oudere buurtbewoners welkom zijn.", now);
        var beschikking = verleend.Verleen(regeling, verleend.Bedrag, "Draagt bij aan de ambitie 'Een plek voor jongeren'; de jongeren organiseren zelf.", now);
        // Below the lowest tier the subsidy may be set at once (USK): the paid voorschot is offset, nothing remains.
        Vaststelling? vaststelling = null;
        if (beschikking.IsBetaalbaar(beschikking.Voorschotten[0], budget, beschikking.Voorschotten[0].Datum))
        {
            beschikking.RegistreerBetaling(1, vandaag, $"DEMO-{beschikking.Kenmerk}-V1", budget, now);
            vaststelling = beschikking.StelVast(beschikking.Bedrag, null, null, ambtshalve: true, now);
        }
        var kookclub = Aanvraag(null, "Elke woensdag koken en eten met ouderen uit de portiekflats; jongeren uit de buurt koken mee.", 2_000m, 3, 12);
        kookclub.DienIn(regeling, now);
        kookclub.Beoordeel(regeling, "demo-beoordelaar-1", "Demo beleidsmedewerker", null, true, Advies.Verlenen,
            Oordelen(Rubriekniveau.Voldoet, Rubriekniveau.Voldoet, Rubriekniveau.VoldoetDeels), "Brengt ouderen samen; de kok is een buurtbewoner.", now);
        var kookclubBeschikking = kookclub.Verleen(regeling, kookclub.Bedrag, "Brengt ouderen en jongeren uit de portiekflats samen, zoals de wijktoekomstagenda vraagt.", now);
        var ingediend = Aanvraag("Buurtgroep Portiek 12", "Een buurtfeest op het binnenterrein, met de portiekburen.", 1_500m, 6, 6);
        ingediend.DienIn(regeling, now);
        var aanvulling = Aanvraag(null, "Een moestuin op het binnenterrein.", 2_500m, 3, 10);
        aanvulling.DienIn(regeling, now);
        aanvulling.VraagAanvulling("Wie onderhoudt de moestuin in de zomervakantie?", now);
        var concept = Aanvraag(null, "Een repair café, eens per maand.", 1_200m, 1, 12);
        return vaststelling is null
            ? [regeling, verleend, beschikking, kookclub, kookclubBeschikking, ingediend, aanvulling, concept]
            : [regeling, verleend, beschikking, vaststelling, kookclub, kookclubBeschikking, ingediend, aanvulling, concept];
    }

    private static List<Budgetregel> Regels(int start, int jaren, decimal schaal, IReadOnlyList<PubliekeWaarde> waarden, Guid? jongeren, Guid? eenzaam, DateTimeOffset now)
    {
        List<Jaarbedrag> Elk(decimal euro) => Enumerable.Range(start, jaren).Select(j => new Jaarbedrag(j, Bedrag.FromEuro(decimal.Round(euro * schaal, 0)))).ToList();
        return
        [
            new(Guid.CreateVersion7(now), "Buurtkamer, coördinator en administratie van de bewonersorganisatie", BudgetCategorie.OrganisatorischeOndersteuning,
                null, waarden[1].Id, Elk(45_000m)),
            new(Guid.CreateVersion7(now), "Activiteiten voor en door jongeren", BudgetCategorie.Activiteiten, jongeren, jongeren is null ? waarden[2].Id : null, Elk(40_000m)),
            new(Guid.CreateVersion7(now), "Bewonersinitiatieven", BudgetCategorie.Bewonersinitiatieven, null, waarden[3].Id, Elk(20_000m)),
            new(Guid.CreateVersion7(now), "Opbouwwerk voor de portiekburen", BudgetCategorie.ProfessioneleOndersteuning, eenzaam, eenzaam is null ? waarden[4].Id : null, Elk(35_000m)),
        ];
    }
}
