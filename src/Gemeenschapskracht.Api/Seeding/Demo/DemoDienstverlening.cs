using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Dienstverleningsafspraken;
using Gemeenschapskracht.Domain.Organisaties;
using Gemeenschapskracht.Domain.Wijkbudgetten;

namespace Gemeenschapskracht.Api.Seeding.Demo;

/// <summary>
/// The demo's dienstverleningsafspraak (R4.3): the pilotwijk's bewonersorganisatie commissions opbouwwerk from the
/// welzijnsorganisatie (in the smaller demo gemeente from a provider made here), paid from the support line of the
/// running wijkbudget for this year and the next; both signed, it runs, and this year's review is recorded. The
/// wijkbeeld shows its hours.
/// </summary>
internal static class DemoDienstverlening
{
    public static IEnumerable<object> Maak(Wijkbudget budget, IReadOnlyList<Organisatie> organisaties, DateTimeOffset now)
    {
        var bewoners = organisaties.FirstOrDefault(o => o.Soort == OrganisatieSoort.Bewonersorganisatie);
        if (bewoners is null)
            yield break;
        var aanbieder = organisaties.FirstOrDefault(o => o.Soort == OrganisatieSoort.Welzijnsorganisatie);
        if (aanbieder is null)
        {
            aanbieder = new Organisatie("Stichting Opbouwwerk in de Buurt", OrganisatieSoort.Welzijnsorganisatie, Rechtsvorm.Stichting, "90000009", now);
            yield return aanbieder;
        }
        var jaar = Kalender.Dag(now).Year;
        var regel = budget.Regels.Where(r => r.Categorie is BudgetCategorie.OrganisatorischeOndersteuning or BudgetCategorie.ProfessioneleOndersteuning)
            .DefaultIfEmpty(budget.Regels[0]).MaxBy(r => Math.Min(r.In(jaar).Eurocent, r.In(jaar + 1).Eurocent))!;
        var ruimte = Math.Min(regel.In(jaar).Eurocent, regel.In(jaar + 1).Eurocent);
        var afspraak = new Dienstverleningsafspraak(budget, regel.Id, new Afspraakinhoud(
            bewoners.Id, aanbieder.Id, Opdrachtgeverschap.Opdrachtgever, SoortWerk.Opbouwwerk,
            "Bewoners die nu aan de kant staan, doen mee met de buurtavonden en de moestuin; de bewonersvereniging draagt de buurtavonden " +
            "over twee jaar zelf, en nieuwe bewoners weten haar te vinden.",
            "De opbouwwerker werkt vanuit de buurtkamer, gaat mee naar wat bewoners al doen, zoekt wie nog niet meedoet en trekt zich " +
            "terug waar bewoners het overnemen. De bewonersvereniging en de opbouwwerker bespreken elke maand wat er speelt.",
            12, new Bedrag(Math.Max(1_00, ruimte / 4 / 100 * 100)), new DateOnly(jaar, 1, 1), new DateOnly(jaar + 1, 12, 31),
            new Zeggenschap(
                "Twee bestuursleden van de bewonersvereniging voeren de gesprekken met kandidaten mee en kiezen mee; zonder hun instemming komt er geen opbouwwerker.",
                "De bewonersvereniging stelt elk kwartaal met de opbouwwerker de prioriteiten; de aanbieder volgt die binnen de afspraak.",
                "De bewonersvereniging legt elk jaar haar oordeel over het werk vast; dat oordeel telt bij een verlenging."),
            []), now);
        afspraak.Onderteken(bewoners.Id, "Fatima el Amrani (voorzitter)", now);
        afspraak.Onderteken(aanbieder.Id, "Sanne Bakker (directeur)", now);
        afspraak.Activeer(budget, now);
        afspraak.Evalueer(jaar, bewoners.Id,
            "De buurtavonden trekken nieuwe gezichten; de opbouwwerker is bekend in de buurt. Volgend jaar wil de vereniging de moestuin zelf trekken.",
            "Fatima el Amrani (voorzitter)", now);
        yield return afspraak;
    }
}
