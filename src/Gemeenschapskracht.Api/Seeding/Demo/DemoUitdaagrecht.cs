using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Gebieden;
using Gemeenschapskracht.Domain.Organisaties;
using Gemeenschapskracht.Domain.Uitdagingen;

namespace Gemeenschapskracht.Api.Seeding.Demo;

/// <summary>
/// The uitdaagrecht in the demo: the gemeente's participatieverordening (terms, criteria, excluded tasks) and a challenge
/// by the pilotwijk's bewonersorganisatie that is in assessment; the first demo gemeente also has one decided (refused),
/// so its public list shows an outcome.
/// </summary>
internal static class DemoUitdaagrecht
{
    public static IEnumerable<object> Maak(Gebied pilotwijk, Organisatie? bewoners, bool uitgebreid, DateTimeOffset now)
    {
        var verordening = new Participatieverordening(1, "Participatieverordening, hoofdstuk Uitdaagrecht", Kalender.Dag(now).AddMonths(-6), 8, 12,
        [
            ("Maatschappelijke meerwaarde", "Het voorstel laat zien dat de bewoners de taak beter, goedkoper of dichter bij de buurt uitvoeren."),
            ("Draagvlak in de buurt", "Bewoners van de buurt steunen het voorstel; het is met hen besproken."),
            ("Uitvoerbaarheid", "De uitdagers hebben de mensen, kennis en organisatie om de taak de hele periode uit te voeren."),
            ("Financiële haalbaarheid", "De begroting past binnen wat de gemeente nu aan de taak besteedt."),
        ],
        ["Handhaving", "Vergunningverlening", "Belastingen", "Wettelijke taken die de gemeente niet mag overdragen"], now.AddMonths(-6));
        yield return verordening;
        if (bewoners is null)
            yield break;

        var groen = new Uitdaging(verordening, bewoners.Id, null, null, null, $"Onderhoud van het openbaar groen in {pilotwijk.Naam ?? pilotwijk.Code}",
            pilotwijk.Id, "Wij onderhouden de plantsoenen al jaren als vrijwilligers naast de aannemer. Met het budget doen wij het hele jaar, " +
            "met bewoners uit de buurt en een vaste hovenier, en houden wij geld over voor meer bloemen.",
            new Bedrag(uitgebreid ? 48_000_00 : 22_000_00), Kalender.Dag(now).AddMonths(4), Kalender.Dag(now).AddMonths(28), now.AddDays(-30));
        groen.BeslisOntvankelijkheid(true, null, "Demo beleidsmedewerker", now.AddDays(-20));
        groen.StartBeoordeling(now.AddDays(-19));
        yield return groen;
        if (!uitgebreid)
            yield break;

        var buurthuis = new Uitdaging(verordening, bewoners.Id, null, null, null, "Beheer van het buurthuis", pilotwijk.Id,
            "Wij willen het buurthuis zelf beheren, met vrijwilligers, zodat het ook 's avonds open is.", new Bedrag(65_000_00),
            Kalender.Dag(now).AddMonths(2), Kalender.Dag(now).AddMonths(14), now.AddDays(-90));
        buurthuis.BeslisOntvankelijkheid(true, null, "Demo beleidsmedewerker", now.AddDays(-80));
        buurthuis.StartBeoordeling(now.AddDays(-79));
        buurthuis.Besluit(false,
        [
            new(1, true, "Langere openingstijden zijn een duidelijke meerwaarde."),
            new(2, true, "Het voorstel is op twee buurtavonden besproken."),
            new(3, false, "Er zijn nog geen vrijwilligers voor de avonden en het weekend gevonden."),
            new(4, true, "De begroting blijft binnen het huidige budget."),
        ], "De uitvoering is nog niet zeker genoeg. Wij nodigen de bewoners uit opnieuw uit te dagen zodra het rooster rond is.", "Demo beleidsmedewerker",
            now.AddDays(-40));
        yield return buurthuis;
    }
}
