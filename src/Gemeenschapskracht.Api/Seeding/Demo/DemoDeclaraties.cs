using Gemeenschapskracht.Domain.Administraties;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Declaraties;
using Gemeenschapskracht.Domain.Organisaties;
using static Gemeenschapskracht.Domain.Administraties.Rekeningschema;

namespace Gemeenschapskracht.Api.Seeding.Demo;

/// <summary>Who acts on a demo declaratie: a demo user (their id and name) or, without one in the gemeente, someone without an account.</summary>
internal sealed record DemoPersoon(Guid Id, string Naam);

/// <summary>The bewonersvereniging's member and the host's two back-office people.</summary>
internal sealed record DemoDeclaranten(DemoPersoon Lid, DemoPersoon Backoffice, DemoPersoon Tweede);

/// <summary>
/// The demo's declaraties (route step 5, R5.4): one in every state, each with its receipt. The bewonersvereniging's
/// member declares the vereniging's expenses; the other group's volunteers hand theirs in at the host, where the second
/// back-office person enters them. The first back-office person approves and assesses, so the second can give the
/// declaratie above the four-eyes threshold its second approval. Two were paid in a batch the bank executed three days
/// ago, booked in the groups' open month; one approved yesterday waits for the next batch.
/// </summary>
internal static class DemoDeclaraties
{
    public static (IReadOnlyList<object> Delen, IReadOnlyDictionary<string, byte[]> Bonnetjes) Maak(Hostorganisatie host,
        IReadOnlyList<Organisatie> organisaties, IReadOnlyList<Administratie> administraties, IReadOnlyList<Journaalpost> posten, DemoDeclaranten mensen,
        DateTimeOffset now)
    {
        Organisatie Organisatie(Guid id) => organisaties.First(o => o.Id == id);
        var vereniging = administraties.First(a => Organisatie(a.GroepId).Soort == OrganisatieSoort.Bewonersorganisatie);
        var groep = administraties.First(a => a != vereniging);
        var vandaag = Kalender.Dag(now);
        DateTimeOffset Op(int dagenGeleden) => now.AddDays(-dagenGeleden);
        var bonnetjes = new Dictionary<string, byte[]>();
        var declaraties = new List<Declaratie>();

        // Spent that many days ago and entered the next day, with the receipt; submitted at once unless kept as a concept.
        Declaratie Nieuw(Administratie administratie, DemoPersoon indiener, int dagenGeleden, string winkel, string omschrijving, decimal euro, string rekening,
            string begunstigde, string iban, bool indienen = true)
        {
            var uitgave = vandaag.AddDays(-dagenGeleden);
            var declaratie = new Declaratie(administratie, declaraties.Count(d => d.AdministratieId == administratie.Id) + 1,
                new Declaratiegegevens(Bedrag.FromEuro(euro), uitgave, rekening, omschrijving, begunstigde, iban), indiener.Id, indiener.Naam, Op(dagenGeleden - 1));
            var inhoud = DemoBonnetje.Pdf(winkel, uitgave, omschrijving, declaratie.Bedrag);
            var bonnetje = Bonnetje.Van(declaratie.Id, $"kassabon-{declaratie.Nummer}.pdf", inhoud, Op(dagenGeleden - 1));
            declaratie.VervangBonnetje(bonnetje, Op(dagenGeleden - 1));
            bonnetjes[bonnetje.Sleutel] = inhoud;
            if (indienen)
                declaratie.DienIn(host.VierOgenDrempel, indiener.Naam, Op(dagenGeleden - 1));
            declaraties.Add(declaratie);
            return declaratie;
        }
        void KeurGoed(Declaratie declaratie, int dagenGeleden) => declaratie.KeurGoed(mensen.Backoffice.Id, mensen.Backoffice.Naam, Op(dagenGeleden));
        void Beoordeel(Declaratie declaratie, DeclaratieUitkomst uitkomst, string reden, int dagenGeleden) =>
            declaratie.Beoordeel(uitkomst, reden, mensen.Backoffice.Naam, Op(dagenGeleden));

        const string Fatima = "F. el Amrani", FatimaIban = "NL76ASNB0712345678";
        Nieuw(vereniging, mensen.Lid, 2, "Supermarkt Het Hoekje", "Koffie en koekjes buurtkoffie", 18.45m, Activiteiten, Fatima, FatimaIban, indienen: false);
        Nieuw(vereniging, mensen.Lid, 4, "Bouwmarkt De Spijker", "Verf voor de moestuinbakken", 42.80m, Activiteiten, Fatima, FatimaIban);
        KeurGoed(Nieuw(vereniging, mensen.Lid, 6, "Partyverhuur Feest & Co", "Springkussen en geluid voor de burendag", 312.50m, Activiteiten, Fatima, FatimaIban), 4);
        Beoordeel(Nieuw(vereniging, mensen.Lid, 8, "Parkeerautomaat Marktplein", "Parkeren bij het ophalen van de statafels", 7.50m, Vervoer, Fatima, FatimaIban),
            DeclaratieUitkomst.Onvolledig, "Op de foto is het bedrag niet te lezen; maak een nieuwe foto van de hele bon.", 6);
        KeurGoed(Nieuw(vereniging, mensen.Lid, 5, "Tuincentrum Groenrijk", "Bloembollen voor de boomspiegels", 36.20m, Activiteiten, Fatima, FatimaIban), 1);
        var nieuwsbrief = Nieuw(vereniging, mensen.Lid, 14, "Drukkerij Het Blad", "Kopieën en enveloppen voor de nieuwsbrief", 14.60m, Administratiekosten,
            Fatima, FatimaIban);
        KeurGoed(nieuwsbrief, 11);
        Beoordeel(Nieuw(groep, mensen.Tweede, 5, "Verhuurbedrijf De Tent", "Huur partytent straatfeest", 95.00m, Activiteiten, "J. de Vries", "NL72INGB0004815162"),
            DeclaratieUitkomst.Aangehouden, "We vragen de gemeente eerst of de tent uit het wijkbudget betaald wordt; tot dan houden we haar aan.", 2);
        Beoordeel(Nieuw(groep, mensen.Tweede, 7, "Taxicentrale Stad", "Taxi naar huis na de buurtavond", 23.00m, Vervoer, "A. Verbeek", "NL04RABO0112233445"),
            DeclaratieUitkomst.Afgewezen, "De reis naar huis betaalt de groep niet; zo staat het in de afspraken van de groep.", 4);
        var schoonmaak = Nieuw(groep, mensen.Tweede, 12, "Drogisterij De Kruidenier", "Schoonmaakmiddelen voor de buurtruimte", 12.95m, Huisvesting,
            "J. de Vries", "NL72INGB0004815162");
        KeurGoed(schoonmaak, 9);

        var hostOrganisatie = Organisatie(host.OrganisatieId);
        Groepssaldo Saldo(Administratie a) => new(a.Id, Organisatie(a.GroepId).Naam,
            Grootboek.PerRekening(posten.Where(p => p.AdministratieId == a.Id))[Bank].Saldo(a.Rekening(Bank)!));
        var betaling = new Declaratiebetaling(host, hostOrganisatie.Tenaamstelling ?? hostOrganisatie.Naam, hostOrganisatie.Iban, Kalender.Dag(Op(3)),
            [nieuwsbrief, schoonmaak], [Saldo(vereniging), Saldo(groep)], Op(3));
        var geboekt = betaling.MarkeerUitgevoerd(betaling.Uitvoerdatum, [nieuwsbrief, schoonmaak], [vereniging, groep], mensen.Backoffice.Naam, now);
        return ([.. declaraties, betaling, .. geboekt], bonnetjes);
    }
}
