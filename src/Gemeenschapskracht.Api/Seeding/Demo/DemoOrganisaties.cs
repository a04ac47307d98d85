using Gemeenschapskracht.Domain.Beleidskaders;
using Gemeenschapskracht.Domain.Gebieden;
using Gemeenschapskracht.Domain.Organisaties;

namespace Gemeenschapskracht.Api.Seeding.Demo;

/// <summary>Organisations of the first wijken, tagged with the kader's publieke waarden. Fictional names and numbers.</summary>
internal static class DemoOrganisaties
{
    public static IEnumerable<Organisatie> Maak(IReadOnlyList<Gebied> wijken, IReadOnlyList<PubliekeWaarde> waarden, bool uitgebreid, DateTimeOffset now)
    {
        var pilot = wijken[0];
        var bewoners = Organisatie(pilot.Naam is null ? "Bewonersvereniging" : $"Bewonersvereniging {pilot.Naam}", OrganisatieSoort.Bewonersorganisatie,
            Rechtsvorm.Vereniging, null, "Bewoners die samen de wijk leefbaar houden: buurtfeesten, de moestuin en het wijkbeeld.",
            [pilot.Id], [waarden[2].Id, waarden[4].Id], "Fatima el Amrani", "bestuur@bewoners.example.org", now);
        // A made-up account number with valid check digits: the demo's subsidies are paid to it.
        bewoners.LegBankrekeningVast("NL20INGB0001234567", bewoners.Naam, now);
        yield return bewoners;
        if (!uitgebreid)
            yield break;
        yield return Organisatie("Buurtkamer De Kade", OrganisatieSoort.Bewonersgroep, Rechtsvorm.Informeel, null,
            "Een huiskamer voor de buurt, drie avonden per week open, gerund door vrijwilligers.",
            [pilot.Id], [waarden[4].Id], "Joop de Vries", null, now);
        var welzijn = Organisatie("Stichting Welzijn Voor Elkaar", OrganisatieSoort.Welzijnsorganisatie, Rechtsvorm.Stichting, "90000001",
            "Opbouwwerk, jongerenwerk en ouderenwerk in de wijken.", wijken.Select(w => w.Id).ToList(), [waarden[2].Id, waarden[3].Id],
            "Sanne Bakker", "info@welzijnvoorelkaar.example.org", now);
        welzijn.LegBankrekeningVast("NL46RABO0307654321", welzijn.Naam, now);
        yield return welzijn;
        yield return Organisatie("Energiecoöperatie Zonnedak", OrganisatieSoort.Bewonersorganisatie, Rechtsvorm.Cooperatie, "90000002",
            "Zonnepanelen op schooldaken, met de opbrengst voor de buurt.", wijken.Take(2).Select(w => w.Id).ToList(), [waarden[0].Id],
            null, "zonnedak@example.org", now);
        yield return Organisatie("Woonstichting Thuis", OrganisatieSoort.Woningcorporatie, Rechtsvorm.Stichting, "90000003",
            null, wijken.Select(w => w.Id).ToList(), [waarden[1].Id], null, null, now);
    }

    private static Organisatie Organisatie(string naam, OrganisatieSoort soort, Rechtsvorm rechtsvorm, string? kvk, string? omschrijving,
        List<Guid> wijken, List<Guid> waarden, string? contactpersoon, string? email, DateTimeOffset now)
    {
        var organisatie = new Organisatie(naam, soort, rechtsvorm, kvk, now);
        organisatie.Wijzig(naam, soort, rechtsvorm, kvk, omschrijving, wijken, waarden, new Contactgegevens(contactpersoon, email, null, null), now);
        return organisatie;
    }
}
