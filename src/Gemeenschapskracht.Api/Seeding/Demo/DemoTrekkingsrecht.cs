using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Organisaties;
using Gemeenschapskracht.Domain.Trekkingsrechten;
using Gemeenschapskracht.Domain.Wijkbudgetten;

namespace Gemeenschapskracht.Api.Seeding.Demo;

/// <summary>
/// A drawing right partly used (R4.5): the demo bewonersorganisatie may draw hours of opbouwwerk for a year from the demo
/// welzijnsorganisatie (in the smaller demo, which has none, ambtelijke ondersteuning from the gemeente), paid from the
/// pilot budget's line for professional support. Two draws are recorded, the first confirmed by the organisation, the
/// second waiting for its confirmation. Fictional numbers.
/// </summary>
internal static class DemoTrekkingsrecht
{
    public static Trekkingsrecht Maak(Wijkbudget budget, Organisatie bewoners, Organisatie? welzijn, Guid? ambitie, decimal schaal, DateTimeOffset now)
    {
        var vandaag = Kalender.Dag(now);
        var van = vandaag.AddDays(-60).Year < vandaag.Year ? new DateOnly(vandaag.Year, 1, 1) : vandaag.AddDays(-60);
        var regel = budget.Regels.Single(r => r.Categorie == BudgetCategorie.ProfessioneleOndersteuning);
        var recht = new Trekkingsrecht(bewoners.Id, null, budget, regel.Id, TrekkingsEenheid.Uren, (long)(40 * schaal), Bedrag.FromEuro(62m),
            welzijn is null ? [] : [welzijn.Id], welzijn is null, van, van.AddYears(1).AddDays(-1), "Opbouwwerk bij het opzetten van de portiekgesprekken: de eerste bijeenkomsten begeleiden en vrijwilligers inwerken.",
            Bedrag.Nul, now);
        var door = welzijn is null ? "Demo beleidsmedewerker" : "Demo professional";
        DateOnly Dag(int dagenGeleden) => vandaag.AddDays(-dagenGeleden) < van ? van : vandaag.AddDays(-dagenGeleden);
        recht.Trek(Dag(30), 6, "De eerste portiekbijeenkomst voorbereid en begeleid, met twee vrijwilligers.", ambitie, welzijn?.Id, door, now);
        recht.Bevestig(1, bewoners.Id, "Demo bewonersorganisatie", now);
        recht.Trek(Dag(7), 4, "Vrijwilligers ingewerkt in het voeren van een portiekgesprek.", ambitie, welzijn?.Id, door, now);
        return recht;
    }
}
