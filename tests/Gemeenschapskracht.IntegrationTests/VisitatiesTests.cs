using System.Net;
using System.Text.Json.Nodes;
using Gemeenschapskracht.Domain.Lidmaatschappen;
using Gemeenschapskracht.Domain.Regels;
using Gemeenschapskracht.Infrastructure.Jobs;
using Gemeenschapskracht.IntegrationTests.Identity;
using Gemeenschapskracht.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Gemeenschapskracht.IntegrationTests;

/// <summary>
/// A whole visitatie over HTTP with real tokens (R6.3), on Amsterdam's demo route: job J9 opens it for the pilot
/// wijk's programme, the gemeente composes and confirms the panel (a resident of another wijk and a raadslid), the
/// reviewed bewonersorganisatie writes its self-reflection, the panel hears a stakeholder and scores every perspective
/// with a narrative, the draft report goes out, the response comes in, the report is adopted and public, and after the
/// follow-up the panel member's access ends. Every refusal on the way is a Dutch problem that changes nothing.
/// </summary>
public sealed class VisitatiesTests(IdentityFactory factory) : IClassFixture<IdentityFactory>
{
    private const string Toelichting = "Het panel zag dat bewoners zelf de koers bepalen en dat de buurtkamer elke week vol zit met nieuwe gezichten.";

    [Fact]
    [Trait("Regel", Regelcatalogus.G5)]
    public async Task R6_3_a_visitatie_runs_from_opening_to_a_public_report_and_the_panel_loses_access_when_it_ends()
    {
        var beheer = await factory.AuthenticatedAsync(ApiFactory.AmsterdamBeheerClient, "amsterdam");
        var cyclus = await (await beheer.PostJsonAsync("/api/v1/visitatiecycli",
            new { naam = "Wijkprogramma's", soort = "wijkprogramma", cadansMaanden = 24, reactietermijnDagen = 28, perspectieven = (object[]?)null }))
            .ReadExpectedAsync(HttpStatusCode.Created);
        await RunJobAsync();
        await RunJobAsync();
        var geopend = (await (await beheer.GetAsync("/api/v1/visitaties?pageSize=100")).ReadExpectedAsync())["items"]!.AsArray()
            .Where(v => v!["cyclusId"]!.GetValue<Guid>() == cyclus["id"]!.GetValue<Guid>()).ToList();
        var visitatie = Assert.Single(geopend)!;
        var url = $"/api/v1/visitaties/{visitatie["id"]}";
        var wijkId = visitatie["wijkId"]!.GetValue<Guid>();
        var andereWijk = (await (await beheer.GetAsync("/api/v1/gebieden?soort=wijk&pageSize=10")).ReadExpectedAsync())["items"]!.AsArray()
            .Select(w => w!["id"]!.GetValue<Guid>()).First(id => id != wijkId);
        var bewoner = await GebruikerIdAsync(beheer, RolCatalogus.VisitatiepanelLid);
        var raadslid = await GebruikerIdAsync(beheer, RolCatalogus.Raadslid);

        // The composition rules: not from the reviewed wijk, no declared interest, and a raadslid before confirming.
        var eigenWijk = await (await beheer.PostJsonAsync($"{url}/panelleden", Lid(bewoner, "bewoner", wijkId))).AssertProblemAsync(400);
        Assert.Contains("woont in de wijk die gevisiteerd wordt", eigenWijk["detail"]!.GetValue<string>());
        var belang = await (await beheer.PostJsonAsync($"{url}/panelleden", Lid(bewoner, "bewoner", andereWijk, "Mijn zus is penningmeester"))).AssertProblemAsync(400);
        Assert.Contains("heeft een belang gemeld", belang["detail"]!.GetValue<string>());
        await (await beheer.PostJsonAsync($"{url}/panelleden", Lid(bewoner, "raadslid", andereWijk))).AssertProblemAsync(400);
        (await beheer.PostJsonAsync($"{url}/panelleden", Lid(bewoner, "bewoner", andereWijk))).EnsureSuccessStatusCode();
        var zonderRaadslid = await (await beheer.PostAsync($"{url}/panelbevestigingen", null)).AssertProblemAsync(400);
        Assert.Contains("minstens één raadslid", zonderRaadslid["detail"]!.GetValue<string>());
        (await beheer.PostJsonAsync($"{url}/panelleden", Lid(raadslid, "raadslid", null))).EnsureSuccessStatusCode();

        var panellid = await SignedInAsync(RolCatalogus.VisitatiepanelLid);
        await (await panellid.GetAsync(url)).AssertProblemAsync(404);
        var bevestigd = await (await beheer.PostAsync($"{url}/panelbevestigingen", null)).ReadExpectedAsync();
        Assert.Equal("zelfreflectie", bevestigd["status"]!.GetValue<string>());
        Assert.Contains(Mails(), m => m.Contains(IdentityFactory.Email(RolCatalogus.Bewonersorganisatie)) && m.Contains("Schrijf als eerste stap een zelfreflectie"));

        // The reviewed party writes; the panel reads only now, and hears a stakeholder.
        var gevisiteerde = await SignedInAsync(RolCatalogus.Bewonersorganisatie);
        await (await gevisiteerde.PutJsonAsync($"{url}/zelfreflectie", new { tekst = "Kort." })).AssertProblemAsync(400);
        (await gevisiteerde.PutJsonAsync($"{url}/zelfreflectie", new
        {
            tekst = "Wat goed gaat: de buurtkamer draait op vrijwilligers. Wat niet: jongeren bereiken we nauwelijks. Wat we willen leren: hoe we hen erbij betrekken.",
        })).EnsureSuccessStatusCode();
        Assert.Equal("panel", (await (await panellid.GetAsync(url)).ReadExpectedAsync())["kant"]!.GetValue<string>());
        (await panellid.PostJsonAsync($"{url}/inbreng", new { wie = "De huisartsenpraktijk", wat = "Eenzame ouderen vinden via de buurtkamer hun weg terug." }))
            .EnsureSuccessStatusCode();

        // Tellen én vertellen: a mark alone or a production count is refused (G-5).
        var perspectieven = PerspectievenVan(await (await panellid.GetAsync(url)).ReadExpectedAsync());
        var zonder = await (await panellid.PutJsonAsync($"{url}/beoordelingen/{perspectieven[0]}", new { oordeel = "sterk", toelichting = "" })).AssertProblemAsync(400);
        Assert.Contains("Een oordeel zonder verhaal telt niet", zonder["detail"]!.GetValue<string>());
        var telling = await (await panellid.PutJsonAsync($"{url}/beoordelingen/{perspectieven[0]}",
            new { oordeel = "sterk", toelichting = "De opbouwwerker voerde 40 huisbezoeken per maand uit en dat is veel meer dan vorig jaar." })).AssertProblemAsync(400);
        Assert.Contains("G-5", telling["detail"]!.GetValue<string>());
        await (await beheer.PostAsync($"{url}/conceptrapporten", null)).AssertProblemAsync(400);
        foreach (var perspectief in perspectieven)
            (await panellid.PutJsonAsync($"{url}/beoordelingen/{perspectief}", new { oordeel = "inOntwikkeling", toelichting = Toelichting })).EnsureSuccessStatusCode();
        var voorRapport = await (await gevisiteerde.GetAsync(url)).ReadExpectedAsync();
        Assert.Empty(voorRapport["beoordelingen"]!.AsArray());
        Assert.Empty(voorRapport["inbreng"]!.AsArray());

        // The draft report: for those who take part, not yet for the public; adoption waits for the response.
        (await panellid.PostAsync($"{url}/conceptrapporten", null)).EnsureSuccessStatusCode();
        await (await factory.ForTenant("amsterdam").GetAsync($"{url}/rapport")).AssertProblemAsync(404);
        var concept = PdfFiles.Text(await (await gevisiteerde.GetAsync($"{url}/rapport")).Content.ReadAsByteArrayAsync());
        Assert.Contains("Conceptrapport", concept);
        var teVroeg = await (await beheer.PostAsync($"{url}/vaststellingen", null)).AssertProblemAsync(400);
        Assert.Contains("kan tot en met", teVroeg["detail"]!.GetValue<string>());
        (await gevisiteerde.PutJsonAsync($"{url}/reactie", new { tekst = "Wij herkennen het beeld en gaan met jongeren zelf om tafel." })).EnsureSuccessStatusCode();
        (await beheer.PostAsync($"{url}/vaststellingen", null)).EnsureSuccessStatusCode();

        var rapport = await (await factory.ForTenant("amsterdam").GetAsync($"{url}/rapport")).Content.ReadAsByteArrayAsync();
        PdfFiles.Keep(rapport, "visitatierapport.pdf");
        var tekst = PdfFiles.Text(rapport);
        Assert.Contains("Vastgesteld rapport", tekst);
        Assert.Contains("Presteren naar opgaven", tekst);
        Assert.Contains("in ontwikkeling", tekst);
        Assert.Contains("buurtkamer elke week vol", tekst);
        Assert.Contains("met jongeren zelf om tafel", tekst);
        Assert.Contains("De huisartsenpraktijk", tekst);
        var publiek = (await (await factory.ForTenant("amsterdam").GetAsync("/api/v1/visitaties/rapporten")).ReadExpectedAsync())["items"]!.AsArray();
        Assert.Contains(publiek, r => r!["id"]!.GetValue<Guid>() == visitatie["id"]!.GetValue<Guid>() && r["reactie"] is not null);

        // Follow-up, then the end: the panel member is told the visitatie is over.
        var gevolgd = await (await beheer.PostJsonAsync($"{url}/vervolgacties",
            new { omschrijving = "Jongerenraad opzetten", eigenaar = "Bewonersorganisatie en jongerenwerk", uiterlijk = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(3) }))
            .ReadExpectedAsync();
        await (await beheer.PostAsync($"{url}/afrondingen", null)).AssertProblemAsync(400);
        var actie = gevolgd["vervolgacties"]![0]!["id"]!.GetValue<Guid>();
        await (await beheer.PostJsonAsync($"{url}/vervolgacties/{actie}/gereedmeldingen", new { bewijs = " " })).AssertProblemAsync(400);
        var gereed = await (await beheer.PostJsonAsync($"{url}/vervolgacties/{actie}/gereedmeldingen", new { bewijs = "De jongerenraad vergaderde op 3 maart voor het eerst." }))
            .ReadExpectedAsync();
        Assert.Equal("De jongerenraad vergaderde op 3 maart voor het eerst.", gereed["vervolgacties"]![0]!["bewijs"]!.GetValue<string>());
        var opTracker = (await (await factory.ForTenant("amsterdam").GetAsync("/api/v1/verzoeken/tracker")).ReadExpectedAsync())["toezeggingen"]!.AsArray()
            .Single(t => t!["omschrijving"]!.GetValue<string>().StartsWith("Jongerenraad opzetten", StringComparison.Ordinal))!;
        Assert.Equal(("nagekomen", "De jongerenraad vergaderde op 3 maart voor het eerst."), (opTracker["stand"]!.GetValue<string>(), opTracker["bewijs"]!.GetValue<string>()));
        (await beheer.PostAsync($"{url}/afrondingen", null)).EnsureSuccessStatusCode();
        var afgerond = await (await panellid.GetAsync(url)).AssertProblemAsync(403);
        Assert.Contains("afgerond", afgerond["detail"]!.GetValue<string>());
        await (await panellid.PutJsonAsync($"{url}/beoordelingen/{perspectieven[0]}", new { oordeel = "sterk", toelichting = Toelichting })).AssertProblemAsync(403);
        Assert.DoesNotContain((await (await panellid.GetAsync("/api/v1/visitaties")).ReadExpectedAsync())["items"]!.AsArray(),
            v => v!["id"]!.GetValue<Guid>() == visitatie["id"]!.GetValue<Guid>());
    }

    [Fact]
    public async Task R6_3_another_gemeente_and_a_member_of_no_panel_reach_no_visitatie()
    {
        var beheer = await factory.AuthenticatedAsync(ApiFactory.AmsterdamBeheerClient, "amsterdam");
        (await beheer.PostJsonAsync("/api/v1/visitatiecycli",
            new { naam = "Professionele inzet", soort = "professioneleInzet", cadansMaanden = 24, reactietermijnDagen = 28, perspectieven = (object[]?)null }))
            .EnsureSuccessStatusCode();
        await RunJobAsync();
        var visitatie = (await (await beheer.GetAsync("/api/v1/visitaties?pageSize=100")).ReadExpectedAsync())["items"]!.AsArray()
            .First(v => v!["soort"]!.GetValue<string>() == "professioneleInzet")!;
        var url = $"/api/v1/visitaties/{visitatie["id"]}";

        var aaEnHunze = await factory.AuthenticatedAsync(ApiFactory.AaEnHunzeBeheerClient, "aa-en-hunze");
        await (await aaEnHunze.GetAsync(url)).AssertProblemAsync(404);
        await (await aaEnHunze.PostAsync($"{url}/panelbevestigingen", null)).AssertProblemAsync(404);
        var panellid = await SignedInAsync(RolCatalogus.VisitatiepanelLid);
        await (await panellid.GetAsync(url)).AssertProblemAsync(404);
        await (await panellid.PutJsonAsync($"{url}/beoordelingen/{Guid.NewGuid()}", new { oordeel = "sterk", toelichting = Toelichting })).AssertProblemAsync(404);
        Assert.Equal("gepland", (await (await beheer.GetAsync(url)).ReadExpectedAsync())["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_list_filters_by_stand_as_the_api_writes_it_and_refuses_an_unknown_one()
    {
        var beheer = await factory.AuthenticatedAsync(ApiFactory.AmsterdamBeheerClient, "amsterdam");

        var opvolging = (await (await beheer.GetAsync("/api/v1/visitaties?status=opvolging")).ReadExpectedAsync())["items"]!.AsArray();
        Assert.NotEmpty(opvolging);
        Assert.All(opvolging, v => Assert.Equal("opvolging", v!["status"]!.GetValue<string>()));
        var onbekend = await (await beheer.GetAsync("/api/v1/visitaties?status=gewonnen")).AssertProblemAsync(400);
        Assert.Contains("Deze status bestaat niet voor een visitatie.", onbekend.ToJsonString());
        await (await beheer.GetAsync("/api/v1/visitaties?status=7")).AssertProblemAsync(400);
    }

    private static object Lid(Guid gebruikerId, string rol, Guid? woonwijk, string? belang = null) =>
        new { gebruikerId, rol, woonwijkId = woonwijk, organisatieIds = Array.Empty<Guid>(), belang };

    private static List<Guid> PerspectievenVan(JsonNode visitatie) =>
        [.. visitatie["perspectieven"]!.AsArray().Select(p => p!["id"]!.GetValue<Guid>())];

    private async Task RunJobAsync()
    {
        var report = await ActivatorUtilities.CreateInstance<VisitatiecyclusJob>(factory.Services).RunAsync(CancellationToken.None);
        Assert.Empty(report.Failed);
    }

    private static async Task<Guid> GebruikerIdAsync(HttpClient beheer, string rol) =>
        (await (await beheer.GetAsync("/api/v1/leden?pageSize=100")).ReadExpectedAsync())["items"]!.AsArray()
        .First(l => l!["email"]!.GetValue<string>() == IdentityFactory.Email(rol))!["gebruikerId"]!.GetValue<Guid>();

    private Task<HttpClient> SignedInAsync(string rol) => factory.SignedInAsync(rol);

    private IEnumerable<string> Mails() =>
        Directory.Exists(factory.MailFolder) ? Directory.GetFiles(factory.MailFolder, "*.eml").Select(File.ReadAllText) : [];
}
