using Gemeenschapskracht.Domain.Beleidskaders;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Gebieden;
using Gemeenschapskracht.Domain.Organisaties;
using Gemeenschapskracht.Domain.Verzoeken;
using Gemeenschapskracht.Domain.Wijkbeelden;
using Gemeenschapskracht.Domain.Wijktoekomstagendas;

namespace Gemeenschapskracht.Api.Seeding.Demo;

/// <summary>
/// The pilotwijk's wijktoekomstagenda, published and being carried out in both demo gemeenten: ambitions in several
/// states tagged to the kader's public values, one residents' own goal, working groups and a distribution log.
/// Dates relative to today. Fictional people.
/// </summary>
internal static class DemoAgenda
{
    /// <returns>What to add: the agenda (and what hangs off it).</returns>
    public static IEnumerable<object> Maak(Gebied pilotwijk, IReadOnlyList<Organisatie> organisaties, Beleidskader kader, DateTimeOffset now)
    {
        var agenda = Agenda(pilotwijk, organisaties, kader, now);
        yield return agenda;
        foreach (var item in Verzoeken(agenda, now))
            yield return item;
    }

    /// <summary>
    /// Requests to two institutions: the zorgorganisatie answered on time with a toezegging, the school did not answer
    /// and its deadline passed two weeks ago. The answer links' secrets are random and mailed to nobody.
    /// </summary>
    private static IEnumerable<object> Verzoeken(Wijktoekomstagenda agenda, DateTimeOffset now)
    {
        var zorg = Instelling("Zorggroep De Linde", OrganisatieSoort.Zorgorganisatie, "90000101", "wijkteam@zorggroepdelinde.example.org", now);
        var school = Instelling("Basisschool De Regenboog", OrganisatieSoort.School, "90000102", "directie@deregenboog.example.org", now);
        yield return zorg;
        yield return school;
        var team = new Herkomst(Kant.Bewoners, "Fatima el Amrani", now.AddDays(-49));
        var zorgAmbitie = agenda.Ambities.First(a => a.Titel.StartsWith("Niemand eenzaam", StringComparison.Ordinal));
        var beantwoord = new Verzoek(agenda, zorgAmbitie.AmbitieId, zorg.Id, zorg.Contact.Email,
            "Wilt u met de portiekburen samenwerken, zodat ouderen die alleen wonen op tijd hulp krijgen?", Reactietermijn.StandaardWeken,
            Verzoek.Hash(Verzoek.NieuweSleutel()), team);
        beantwoord.Beantwoord("Ja. Onze wijkverpleegkundige schuift elke maand aan bij de portiekburen.", null,
            [("Een vaste wijkverpleegkundige als aanspreekpunt voor de portiekburen", Kalender.Dag(now).AddMonths(3))],
            "Zorggroep De Linde, wijkteam", agenda.Status, now.AddDays(-28));
        yield return beantwoord;
        var jongerenAmbitie = agenda.Ambities.First(a => a.Titel.StartsWith("Een plek voor jongeren", StringComparison.Ordinal));
        yield return new Verzoek(agenda, jongerenAmbitie.AmbitieId, school.Id, school.Contact.Email,
            "Mag de jongerenplek twee avonden per week het speellokaal van de school gebruiken?", Reactietermijn.StandaardWeken,
            Verzoek.Hash(Verzoek.NieuweSleutel()), team with { Op = now.AddDays(-56) });
    }

    private static Organisatie Instelling(string naam, OrganisatieSoort soort, string kvk, string email, DateTimeOffset now)
    {
        var organisatie = new Organisatie(naam, soort, Rechtsvorm.Stichting, kvk, now);
        organisatie.Wijzig(naam, soort, Rechtsvorm.Stichting, kvk, null, [], [], new Contactgegevens(null, email, null, null), now);
        return organisatie;
    }

    private static Wijktoekomstagenda Agenda(Gebied pilotwijk, IReadOnlyList<Organisatie> organisaties, Beleidskader kader, DateTimeOffset now)
    {
        // The wijkbeeld's team: the residents' organisation first, then the welfare organisation.
        var team = organisaties.Where(o => o.Soort == OrganisatieSoort.Bewonersorganisatie).Take(1)
            .Concat(organisaties.Where(o => o.Soort == OrganisatieSoort.Welzijnsorganisatie).Take(1)).Select(o => o.Id).ToList();
        var vandaag = Kalender.Dag(now);
        var bewoners = new Herkomst(Kant.Bewoners, "Fatima el Amrani", now);
        var professional = new Herkomst(Kant.Professionals, "Sanne Bakker (opbouwwerker)", now);
        var naam = pilotwijk.Naam ?? pilotwijk.Code;
        var waarden = kader.Inhoud.PubliekeWaarden;
        var inKader = waarden.Select(w => w.Id).ToHashSet();
        var agenda = Wijktoekomstagenda.Eerste(pilotwijk.Id, $"{naam} in {vandaag.Year + 10}",
            $"Op de BuurtTop spraken bewoners, professionals en ambtenaren uit waar {naam} over tien jaar wil staan. Dit is wat we samen willen bereiken.",
            10, vandaag.Year, null, team, trekkerIsBewonersorganisatie: true, now);
        Guid Waarde(int i) => waarden[i % waarden.Count].Id;

        var jongeren = agenda.VoegAmbitieToe("Een plek voor jongeren", "Een ruimte die 's avonds open is, door jongeren zelf gerund.", Waarde(1), inKader, bewoners);
        var zorg = agenda.VoegAmbitieToe("Niemand eenzaam in de portiekflats", "Elke portiek een buur die omkijkt naar de ouderen.", Waarde(2), inKader, bewoners);
        var energie = agenda.VoegAmbitieToe("Zonnepanelen op de scholen", "Een energiecoöperatie van bewoners met panelen op de daken van de scholen.", Waarde(0), inKader, professional);
        var delen = agenda.VoegAmbitieToe("Een weggeefwinkel", "Spullen die over zijn, gaan naar wie ze nodig heeft.", Waarde(3), inKader, bewoners);
        var feest = agenda.VoegAmbitieToe("Een jaarlijks straatfeest", "Eén dag per jaar is de hele wijk één tafel.", null, inKader, bewoners);

        agenda.VoegWerkgroepToe(jongeren.AmbitieId, "Werkgroep Jongerenplek", ["Youssef", "Lotte", "Sanne Bakker"], team.Count > 1 ? team[1] : null, now);
        agenda.VoegWerkgroepToe(zorg.AmbitieId, "Portiekburen", ["Joop de Vries", "Annie"], null, now);
        agenda.VoegWerkgroepToe(feest.AmbitieId, "Feestcommissie", ["Fatima el Amrani", "Henk"], team[0], now);
        agenda.Publiceer(null, now);
        agenda.StartUitvoering(now);
        agenda.ZetAmbitieStatus(jongeren.AmbitieId, AmbitieStatus.Geagendeerd, null, bewoners);
        agenda.ZetAmbitieStatus(jongeren.AmbitieId, AmbitieStatus.Opgepakt, null, bewoners);
        agenda.ZetAmbitieStatus(zorg.AmbitieId, AmbitieStatus.Geagendeerd, null, bewoners);
        agenda.ZetAmbitieStatus(feest.AmbitieId, AmbitieStatus.Geagendeerd, null, bewoners);
        agenda.ZetAmbitieStatus(feest.AmbitieId, AmbitieStatus.Opgepakt, null, bewoners);
        agenda.ZetAmbitieStatus(feest.AmbitieId, AmbitieStatus.Gerealiseerd, null, bewoners);
        agenda.ZetAmbitieStatus(delen.AmbitieId, AmbitieStatus.Losgelaten, "Er is al een weggeefwinkel in de wijk ernaast; we sluiten daar bij aan.", bewoners);
        _ = energie;
        agenda.Verspreid(Verspreidingswijze.HuisAanHuis, $"Alle brievenbussen van {naam}", vandaag, 1800, now);
        agenda.Verspreid(Verspreidingswijze.Plekken, "Buurtkamer, bibliotheek en de basisschool", vandaag, 150, now);
        agenda.Verspreid(Verspreidingswijze.Online, "Wijkwebsite en de app-groepen per straat", vandaag, null, now);
        return agenda;
    }
}
