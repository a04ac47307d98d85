using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Ervaringsconferenties;
using Gemeenschapskracht.Domain.Gebieden;

namespace Gemeenschapskracht.Api.Seeding.Demo;

/// <summary>
/// The demo's ervaringsconferenties (R6.5): one held two months ago on loneliness across the demo wijken, with its
/// lessons published, and one ahead on the wijkbudgetten, open for registration.
/// </summary>
internal static class DemoErvaringsconferenties
{
    public static IEnumerable<object> Maak(IReadOnlyList<Gebied> wijken, DateTimeOffset now)
    {
        var wijkIds = wijken.Select(w => w.Id).ToList();
        var gepland = now.AddMonths(-3);
        var gehouden = new Ervaringsconferentie(new Conferentieinhoud("Niemand eenzaam in de portiekflat", "Ontmoeting",
            Kalender.Dag(now.AddMonths(-2)), "De buurtkamer", "Bewoners, vrijwilligers en professionals uit de wijken vertellen wat werkt tegen eenzaamheid, en wat niet.",
            60, [new("19:30", "Drie verhalen uit drie wijken", "Bewoners"), new("20:15", "Tafelgesprekken", null), new("21:15", "Wat nemen we mee?", "De wijkcoördinator")],
            wijkIds), gepland);
        gehouden.MarkeerGehouden(Kalender.Dag(now), now);
        gehouden.PubliceerOogst(
        [
            "Een vaste tafel op een vaste dag werkt beter dan een nieuw project.",
            "Vraag ouderen zelf wat ze missen; ze willen vaak iets doen, niet iets krijgen.",
            "De portiekbuur is de eerste die merkt dat iemand niet meer buiten komt: geef die een telefoonnummer.",
        ], now);
        yield return gehouden;
        yield return new Ervaringsconferentie(new Conferentieinhoud("Wat doen we samen met het wijkbudget?", "Zeggenschap",
            Kalender.Dag(now.AddMonths(1)), "Het wijkcentrum", "Bewonersorganisaties uit alle wijken delen hoe zij het wijkbudget besteden en wie erover meebeslist.",
            80, [new("14:00", "Opening", "De wethouder"), new("14:15", "Werkplaatsen per thema", null)], wijkIds), now);
    }
}
