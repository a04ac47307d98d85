using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Organisaties;
using Gemeenschapskracht.Domain.Subsidies;
using Gemeenschapskracht.Domain.Wijkbudgetten;

namespace Gemeenschapskracht.Api.Seeding.Demo;

/// <summary>
/// Accountability in the demo (issue 11): the gemeente's own tiers (version 1, scaled to the demo's budgets; the grants
/// made before keep the Uniform Subsidiekader), and a regeling for organisational support of this year with a grant in
/// each reporting tier at another stage: an activity report in, waiting for the vaststelling; the full report still to
/// come; and one set lower than granted, with its paid voorschot offset into a terugvordering. Fictional amounts.
/// </summary>
internal static class DemoVerantwoording
{
    public static IEnumerable<object> Maak(Wijkbudget budget, Organisatie bewoners, decimal schaal, DateTimeOffset now)
    {
        var vandaag = Kalender.Dag(now);
        var kader = new Verantwoordingskader(1, Bedrag.FromEuro(2_500m * schaal), Bedrag.FromEuro(10_000m * schaal), 10, now);
        yield return kader;

        // Created earlier than the open regeling for initiatives, so that one stays first in the list.
        var eerder = now.AddDays(-60);
        var regel = budget.Regels.Single(r => r.Categorie == BudgetCategorie.OrganisatorischeOndersteuning);
        var regeling = new Subsidieregeling("Organisatorische ondersteuning van bewonersorganisaties", "Subsidieverordening sociale basis, art. 6", budget, [regel.Id],
            new Subsidieplafond(Bedrag.FromEuro(40_000m * schaal), new DateOnly(vandaag.Year, 1, 1), new DateOnly(vandaag.Year, 12, 31)),
            [
                new("Draagt de buurt", "De organisatie wordt gedragen door bewoners en is open voor iedereen in de wijk."),
                new("Publieke waarde", "De ondersteuning helpt een publieke waarde van het beleidskader te realiseren."),
            ],
            "Naar de behoefte van de bewonersorganisaties, binnen het plafond.", "Bewonersorganisaties in de pilotwijk.", 8,
            Bedrag.FromEuro(10_000m * schaal), eerder);
        regeling.Publiceer(eerder);
        regeling.LegMededingingsruimteVast(new Mededingingsruimte(MededingingsSoort.OpenOproep,
            "Oproep aan alle bewonersorganisaties in de wijk, in de wijkkrant en op de website; zes weken open.", vandaag.AddDays(-90)), eerder);
        regeling.Open(eerder);
        yield return regeling;

        var tot = new DateOnly(vandaag.Year, 1, 31) > vandaag.AddDays(-7) ? new DateOnly(vandaag.Year, 1, 31) : vandaag.AddDays(-7);
        (Subsidieaanvraag Aanvraag, Beschikking Beschikking) Verleend(string plan, decimal euro)
        {
            var aanvraag = new Subsidieaanvraag(regeling, bewoners.Id, null, plan, Bedrag.FromEuro(euro * schaal), new DateOnly(vandaag.Year, 1, 1), tot, [], now);
            aanvraag.DienIn(regeling, now);
            var oordelen = regeling.Criteria.Select(c => new Criteriumoordeel(c.Naam, Rubriekniveau.Voldoet)).ToList();
            aanvraag.Beoordeel(regeling, "demo-beoordelaar-1", "Demo beleidsmedewerker", null, true, Advies.Verlenen, oordelen, "Voldoet.", now);
            aanvraag.Beoordeel(regeling, "demo-beoordelaar-2", "Demo gemeente-beheerder", null, true, Advies.Verlenen, oordelen, "Eens.", now);
            var beschikking = aanvraag.Verleen(regeling, aanvraag.Bedrag, "Ondersteunt de bewonersorganisatie, zoals het beleidskader vraagt.", now, kader: kader);
            if (beschikking.IsBetaalbaar(beschikking.Voorschotten[0], budget, beschikking.Voorschotten[0].Datum))
                beschikking.RegistreerBetaling(1, vandaag, $"DEMO-{beschikking.Kenmerk}-V1", budget, now);
            return (aanvraag, beschikking);
        }

        var buurtkamer = Verleend("De buurtkamer vijf dagen per week open, met een vrijwilliger achter de bar.", 6_000m);
        yield return buurtkamer.Aanvraag;
        yield return buurtkamer.Beschikking;
        yield return Verantwoording.DienIn(buurtkamer.Beschikking,
            "De buurtkamer was elke werkdag open; gemiddeld kwamen er veertig buren per dag, vooral voor de koffieochtend en het spreekuur.", null, null, false, now);

        var coordinatie = Verleend("Een coördinator voor twintig uur per week en de administratie van de vereniging.", 14_000m);
        yield return coordinatie.Aanvraag;
        yield return coordinatie.Beschikking;

        var taalcafe = Verleend("Een taalcafé op dinsdagavond voor nieuwe buren.", 4_000m);
        yield return taalcafe.Aanvraag;
        yield return taalcafe.Beschikking;
        var verslag = Verantwoording.DienIn(taalcafe.Beschikking,
            "Het taalcafé draaide tot de zomer; na de zomer vond de vrijwilliger geen opvolger en stopte het.", null, null, false, now);
        yield return verslag;
        yield return taalcafe.Beschikking.StelVast(Bedrag.FromEuro(3_000m * schaal), "Het taalcafé is na de zomer niet meer gehouden.", verslag, false, now);
    }
}
