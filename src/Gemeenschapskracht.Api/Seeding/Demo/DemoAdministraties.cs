using Gemeenschapskracht.Domain.Administraties;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Organisaties;
using Gemeenschapskracht.Domain.Subsidies;
using static Gemeenschapskracht.Domain.Administraties.Rekeningschema;

namespace Gemeenschapskracht.Api.Seeding.Demo;

/// <summary>
/// The demo's back office (route step 5): a host (the welzijnsorganisatie in the fuller demo, a foundation made for it
/// in the other) keeps the books of two resident groups without a legal entity of their own: the bewonersvereniging and
/// a small group. A year of bookings each: the opening balance, monthly rent, contributions and expenses in several
/// categories, a gift, one mistake reversed and booked again, and for the bewonersvereniging the subsidy received under
/// its demo beschikking whose full report is still to come, so that report's financial part comes from these books (G-4). Every month but the last two is closed; the monthly close has prepared those. Last month's bank statement is imported with every line matched.
/// </summary>
internal static class DemoAdministraties
{
    public static (Hostorganisatie? Host, IReadOnlyList<object> Delen) Maak(IReadOnlyList<Organisatie> organisaties, IEnumerable<Beschikking> beschikkingen,
        bool uitgebreid, DateTimeOffset now)
    {
        var bewoners = organisaties.FirstOrDefault(o => o.Soort == OrganisatieSoort.Bewonersorganisatie && o.Kvknummer is null);
        if (bewoners is null)
            return (null, []);
        var delen = new List<object>();
        var hostOrganisatie = uitgebreid ? organisaties.FirstOrDefault(o => o.Soort == OrganisatieSoort.Welzijnsorganisatie) : null;
        if (hostOrganisatie is null)
        {
            hostOrganisatie = new Organisatie("Stichting Buurtadministratie", OrganisatieSoort.Overig, Rechtsvorm.Stichting, "90000010", now);
            // Made up, with valid check digits: the groups' funds are on it and the declaraties are paid from it.
            hostOrganisatie.LegBankrekeningVast("NL06TRIO0390001234", hostOrganisatie.Naam, now);
            delen.Add(hostOrganisatie);
        }
        var tweede = uitgebreid ? organisaties.FirstOrDefault(o => o.Soort == OrganisatieSoort.Bewonersgroep && o.Kvknummer is null) : null;
        if (tweede is null)
        {
            tweede = new Organisatie("Buurtgroep Portiek 12", OrganisatieSoort.Bewonersgroep, Rechtsvorm.Informeel, null, now);
            delen.Add(tweede);
        }

        var jaar = Kalender.Dag(now).Year;
        var host = new Hostorganisatie(hostOrganisatie,
            "Wij beheren het geld van bewonersgroepen zonder eigen rechtspersoon: wij voeren de boeken, betalen de rekeningen, sluiten elke maand af en " +
            "maken de jaarcijfers, zodat de groep geen penningmeester hoeft te zoeken.", true,
            [
                new Hostkosten(jaar, Bedrag.FromEuro(uitgebreid ? 18_000m : 9_000m), "Een boekhouder (0,2 fte), het boekhoudpakket en de controle door de accountant."),
                new Hostkosten(jaar + 1, Bedrag.FromEuro(uitgebreid ? 18_500m : 9_250m), "Als dit jaar, met de loonindexatie."),
            ], now);
        delen.Add(host);

        // The subsidy whose full report is still to come, so the report form shows its financial part from these books (G-4).
        var subsidie = beschikkingen.Where(b => b.OrganisatieId == bewoners.Id && b.Soort == BesluitSoort.Verlening)
            .OrderByDescending(b => b.Niveau == Verantwoordingsniveau.VerslagEnJaarrekening && b.VaststellingId is null)
            .ThenByDescending(b => b.Betaald > Bedrag.Nul)
            .FirstOrDefault();
        delen.AddRange(Boeken(host, hostOrganisatie.Iban!, bewoners, subsidie, uitgebreid ? 1m : 0.6m, now));
        delen.AddRange(Boeken(host, hostOrganisatie.Iban!, tweede, null, uitgebreid ? 0.5m : 0.3m, now));
        return (host, delen);
    }

    /// <summary>A year of one group's bookings, from the first day of the month a year ago up to today.</summary>
    private static IEnumerable<object> Boeken(Hostorganisatie host, string hostrekening, Organisatie groep, Beschikking? subsidie, decimal schaal, DateTimeOffset now)
    {
        var vandaag = Kalender.Dag(now);
        var start = new DateOnly(vandaag.Year, vandaag.Month, 1).AddMonths(-12);
        var administratie = new Administratie(host, groep, start, now);
        yield return administratie;
        const string door = "Demo backoffice";
        long Euro(decimal euro) => (long)Math.Round(euro * schaal * 100);
        Journaalregel D(string rekening, long cent) => new(rekening, new Bedrag(cent), Bedrag.Nul);
        Journaalregel C(string rekening, long cent) => new(rekening, Bedrag.Nul, new Bedrag(cent));
        var posten = new List<Journaalpost>
        {
            administratie.BoekOpening([D(Bank, Euro(1_200m)), D(Kas, Euro(60m)), C(AlgemeneReserve, Euro(1_260m))], door, now),
        };
        Journaalpost Boek(DateOnly datum, string omschrijving, string debet, string credit, long cent, Guid? beschikking = null)
        {
            var post = administratie.Boek(datum, omschrijving, [D(debet, cent), C(credit, cent)], beschikking, door, now);
            posten.Add(post);
            return post;
        }

        for (var maand = start; maand <= vandaag; maand = maand.AddMonths(1))
        {
            var naam = maand.ToString("MMMM", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"));
            if (maand.AddDays(1) <= vandaag)
                Boek(maand.AddDays(1), $"Huur buurtruimte {naam}", Huisvesting, Bank, Euro(150m));
            if (maand.AddDays(9) > vandaag)
                continue;
            Boek(maand.AddDays(9), $"Bijdragen van deelnemers {naam}", Kas, Bijdragen, Euro(180m));
            Boek(maand.AddDays(9), $"Kas naar de bank {naam}", Bank, Kas, Euro(160m));
            Boek(maand.AddDays(9), maand.Month % 2 == 0 ? "Koffie, thee en boodschappen" : "Materialen voor de activiteiten", Activiteiten, Bank, Euro(40m + maand.Month * 3));
            if (maand.Month % 3 == 0)
                Boek(maand.AddDays(9), "Bankkosten kwartaal", Administratiekosten, Bank, Euro(24m));
            if (maand.Month is 5 or 11)
                Boek(maand.AddDays(9), "Gift van de buurtwinkel", Bank, Giften, Euro(250m));
        }

        // A mistake in the third month, reversed and booked again on the right account.
        var derde = start.AddMonths(2).AddDays(14);
        var fout = Boek(derde, "Bus naar de stadsboerderij", Activiteiten, Bank, Euro(65m));
        posten.Add(administratie.BoekTegen(fout, false, derde.AddDays(1), "Vervoer, geen activiteit", door, now));
        Boek(derde.AddDays(1), "Bus naar de stadsboerderij", Vervoer, Bank, Euro(65m));

        if (subsidie is not null)
        {
            var ontvangen = subsidie.Betaald > Bedrag.Nul ? subsidie.Betaald : subsidie.Voorschotten.FirstOrDefault()?.Bedrag ?? subsidie.Bedrag;
            Boek(vandaag, $"Subsidie ontvangen ({subsidie.Kenmerk})", Bank, Subsidies, ontvangen.Eurocent, subsidie.Id);
        }

        // Every month but the last two is closed; the monthly close prepared the rest.
        for (var maand = start; maand.AddMonths(3) <= vandaag; maand = maand.AddMonths(1))
            administratie.SluitAf(maand.Year, maand.Month, posten, door, now);
        administratie.BereidAfsluitingenVoor(posten, now);
        yield return DemoBankafschrift.Maak(administratie, hostrekening, posten, now);
        foreach (var post in posten)
            yield return post;
    }
}
