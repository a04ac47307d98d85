using Gemeenschapskracht.Domain.Administraties;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Declaraties;
using Gemeenschapskracht.Domain.Organisaties;
using static Gemeenschapskracht.Domain.Administraties.Rekeningschema;

namespace Gemeenschapskracht.Api.Seeding.Demo;

/// <summary>
/// The demo's contracts and coordinator (route step 5, R5.5): the bewonersvereniging hires a local sports coach for a
/// weekly children's class; two of the coach's invoices were checked against the contract, one approved and waiting for
/// the next batch, one just submitted for the back office to approve. The host employs a buurtcoördinator for both groups.
/// </summary>
internal static class DemoOpdrachten
{
    public static (IReadOnlyList<object> Delen, IReadOnlyDictionary<string, byte[]> Facturen) Maak(Hostorganisatie host, IReadOnlyList<Organisatie> organisaties,
        IReadOnlyList<Administratie> administraties, IReadOnlyList<Declaratie> declaraties, DemoDeclaranten mensen, DateTimeOffset now)
    {
        var vereniging = administraties.First(a => organisaties.First(o => o.Id == a.GroepId).Soort == OrganisatieSoort.Bewonersorganisatie);
        var vandaag = Kalender.Dag(now);
        var begin = new DateOnly(vandaag.Year, vandaag.Month, 1).AddMonths(-2);
        var coordinator = new Coordinator(host, new Coordinatorgegevens("Sanne de Vries", "Buurtcoördinator", 24m, vandaag.AddYears(-2).AddMonths(-3), null,
            [.. administraties.Select(a => a.Id)], "Helpt de groepen met hun jaarplan en hun aanvragen; in dienst van de host, betaald uit haar begrote kosten."),
            administraties, now.AddDays(-60));
        var opdracht = new Opdrachtovereenkomst(vereniging, new Opdrachtvoorwaarden("Sportcoach Yusuf Demir", "81234567", "NL63TRIO0212345678",
            "Elke woensdagmiddag een uur sport en spel voor kinderen van 6 tot 12 jaar op het Balkonplein, met de spullen van de vereniging.",
            40m, new Bedrag(40_00), 21, begin, begin.AddMonths(6).AddDays(-1), Activiteiten), [coordinator.Naam], now.AddDays(-50));

        var facturen = new Dictionary<string, byte[]>();
        var nummer = declaraties.Where(d => d.AdministratieId == vereniging.Id).Max(d => d.Nummer);
        var eerdere = new List<Declaratie>();
        Declaratie Factuur(string factuurnummer, int dagenGeleden, DateOnly van, DateOnly tot, decimal uren)
        {
            var exclusief = new Bedrag((long)(uren * opdracht.Uurtarief.Eurocent));
            var factuur = new Zzpfactuur(factuurnummer, vandaag.AddDays(-dagenGeleden), van, tot, uren, exclusief,
                new Bedrag((long)decimal.Round(exclusief.Eurocent * 0.21m, MidpointRounding.AwayFromZero)));
            var op = now.AddDays(-dagenGeleden);
            var declaratie = Declaratie.VoorFactuur(vereniging, ++nummer, opdracht, factuur, [.. eerdere.Select(d => d.Factuur!)],
                [.. eerdere.Select(d => d.Factuur!.Factuurnummer)], mensen.Tweede.Id, mensen.Tweede.Naam, op);
            var inhoud = DemoBonnetje.Pdf(opdracht.Opdrachtnemer, factuur.Factuurdatum, declaratie.Omschrijving, declaratie.Bedrag,
                $"Graag binnen 14 dagen op {Iban.Leesbaar(opdracht.Iban)}");
            var bestand = Bonnetje.Van(declaratie.Id, $"factuur-{factuurnummer}.pdf", inhoud, op);
            declaratie.VervangBonnetje(bestand, op);
            declaratie.DienIn(host.VierOgenDrempel, mensen.Tweede.Naam, op);
            facturen[bestand.Sleutel] = inhoud;
            eerdere.Add(declaratie);
            return declaratie;
        }
        var vorigeMaand = begin.AddMonths(1);
        Factuur($"{vandaag.Year}-031", 5, vorigeMaand, vorigeMaand.AddMonths(1).AddDays(-1), 4m)
            .KeurGoed(mensen.Backoffice.Id, mensen.Backoffice.Naam, now.AddDays(-1));
        Factuur($"{vandaag.Year}-036", 1, vandaag.AddDays(-8), vandaag.AddDays(-1), 1m);
        return ([coordinator, opdracht, .. eerdere], facturen);
    }
}
