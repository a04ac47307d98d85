using System.Net;
using System.Text.RegularExpressions;
using Gemeenschapskracht.IntegrationTests.Identity;
using Gemeenschapskracht.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Gemeenschapskracht.IntegrationTests;

/// <summary>
/// An ervaringsconferentie over HTTP (R6.5): the gemeente plans one on a theme across two wijken, residents register on
/// the public page with consent (the same address once, none beyond the capacity), one unsubscribes by the link in the
/// mail and their name and address are gone; once held, the lessons are recorded and public. Every refusal is a Dutch
/// problem that changes nothing.
/// </summary>
public sealed partial class ErvaringsconferentiesTests(ErvaringsconferentiesTests.Factory factory) : IClassFixture<ErvaringsconferentiesTests.Factory>
{
    private const string Versie = "conferentie-aanmelding-2026-1";

    [Fact]
    public async Task R6_5_a_conference_takes_public_registrations_with_consent_and_publishes_its_lessons_once_held()
    {
        var beheer = await factory.AuthenticatedAsync(ApiFactory.AmsterdamBeheerClient, "amsterdam");
        var publiek = factory.ForTenant("amsterdam");
        var wijken = (await (await publiek.GetAsync("/api/v1/gebieden?soort=wijk&pageSize=2")).ReadExpectedAsync())["items"]!.AsArray()
            .Select(w => w!["id"]!.GetValue<Guid>()).ToArray();
        var dag = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14);

        var verleden = await (await beheer.PostJsonAsync("/api/v1/ervaringsconferenties", Conferentie(dag.AddDays(-30), wijken))).AssertProblemAsync(400);
        Assert.Contains("niet in het verleden", verleden["detail"]!.GetValue<string>());
        var onbekend = await (await beheer.PostJsonAsync("/api/v1/ervaringsconferenties", Conferentie(dag, [Guid.NewGuid()]))).AssertProblemAsync(400);
        Assert.Contains("Een van de wijken bestaat niet in deze gemeente.", onbekend.ToJsonString());
        var conferentie = await (await beheer.PostJsonAsync("/api/v1/ervaringsconferenties", Conferentie(dag, wijken))).ReadExpectedAsync(HttpStatusCode.Created);
        var url = $"/api/v1/ervaringsconferenties/{conferentie["id"]}";
        Assert.Equal(2, conferentie["wijken"]!.AsArray().Count);

        var zonder = await (await publiek.PostJsonAsync($"{url}/aanmeldingen", new { naam = "Joop", email = "joop@example.org", toestemming = false, toestemmingVersie = Versie }))
            .AssertProblemAsync(400);
        Assert.Contains("zonder toestemming", zonder.ToJsonString());
        await Aanmelden(publiek, url, "Joop de Vries", "joop@example.org");
        var tweede = await Aanmelden(publiek, url, "Joop de Vries", " JOOP@example.org ");
        Assert.Contains("al aangemeld", tweede["melding"]!.GetValue<string>());
        await Aanmelden(publiek, url, "Sanne", "sanne@example.org");
        var vol = await (await publiek.PostJsonAsync($"{url}/aanmeldingen", new { naam = "Ali", email = "ali@example.org", toestemming = true, toestemmingVersie = Versie }))
            .AssertProblemAsync(400);
        Assert.Contains("De conferentie is vol.", vol["detail"]!.GetValue<string>());

        var gelezen = await (await publiek.GetAsync(url)).ReadExpectedAsync();
        Assert.Equal(2, gelezen["aangemeld"]!.GetValue<int>());
        Assert.DoesNotContain("Joop", gelezen.ToJsonString());
        await (await publiek.GetAsync($"{url}/aanmeldingen")).AssertProblemAsync(401);

        // The unsubscribe link from the mail removes the name and address at once.
        var mail = Directory.GetFiles(factory.MailFolder, "*.eml").Select(File.ReadAllText).Single(m => m.Contains("sanne@example.org"));
        var sleutel = Uri.UnescapeDataString(Sleutel().Match(mail.Replace("=\r\n", "", StringComparison.Ordinal)).Groups[1].Value);
        await (await publiek.PostJsonAsync($"{url}/afmeldingen", new { sleutel = "verkeerd" })).AssertProblemAsync(404);
        (await publiek.PostJsonAsync($"{url}/afmeldingen", new { sleutel })).EnsureSuccessStatusCode();
        var aanmeldingen = (await (await beheer.GetAsync($"{url}/aanmeldingen")).ReadExpectedAsync()).AsArray();
        Assert.Equal(["(afgemeld)", "Joop de Vries"], aanmeldingen.Select(a => a!["naam"]!.GetValue<string>()).Order());
        Assert.DoesNotContain("sanne@example.org", aanmeldingen.ToJsonString());

        // The lessons wait until it was held, which waits for its day.
        var teVroeg = await (await beheer.PutJsonAsync($"{url}/oogst", new { lessen = new[] { "Bewoners willen elkaar vaker zien." } })).AssertProblemAsync(400);
        Assert.Contains("nadat de conferentie is gehouden", teVroeg["detail"]!.GetValue<string>());
        await (await beheer.PostAsync($"{url}/afsluitingen", null)).AssertProblemAsync(400);
        factory.Tijd.Zet(new DateTimeOffset(dag.AddDays(1).ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero));
        beheer = await factory.AuthenticatedAsync(ApiFactory.AmsterdamBeheerClient, "amsterdam");
        (await beheer.PostAsync($"{url}/afsluitingen", null)).EnsureSuccessStatusCode();
        await (await publiek.PostJsonAsync($"{url}/aanmeldingen", new { naam = "Ali", email = "ali@example.org", toestemming = true, toestemmingVersie = Versie }))
            .AssertProblemAsync(400);
        await (await beheer.PutJsonAsync($"{url}/oogst", new { lessen = new[] { " " } })).AssertProblemAsync(400);
        var oogst = await (await beheer.PutJsonAsync($"{url}/oogst",
            new { lessen = new[] { "Een vaste tafel in de buurtkamer werkt beter dan een nieuw project.", "Vraag ouderen zelf wat ze missen." } })).ReadExpectedAsync();
        Assert.Equal("oogstGepubliceerd", oogst["status"]!.GetValue<string>());
        Assert.Equal(2, (await (await publiek.GetAsync(url)).ReadExpectedAsync())["lessen"]!.AsArray().Count);
        await (await factory.ForTenant("aa-en-hunze").GetAsync(url)).AssertProblemAsync(404);
    }

    private static object Conferentie(DateOnly datum, Guid[] wijken) => new
    {
        titel = "Niemand eenzaam", thema = "Ontmoeting", datum, plek = "De buurtkamer", omschrijving = "Wat werkt tegen eenzaamheid in de portieken?",
        capaciteit = 2, programma = new[] { new { tijd = "19:30", onderdeel = "Verhalen uit drie wijken", door = (string?)null } }, wijkIds = wijken,
    };

    private static async Task<System.Text.Json.Nodes.JsonNode> Aanmelden(HttpClient publiek, string url, string naam, string email) =>
        await (await publiek.PostJsonAsync($"{url}/aanmeldingen", new { naam, email, toestemming = true, toestemmingVersie = Versie })).ReadExpectedAsync();

    [GeneratedRegex(@"afmelden\?sleutel=([A-Za-z0-9%_\-]+)")]
    private static partial Regex Sleutel();

    public sealed class Factory : IdentityFactory
    {
        public VerzetbareTijd Tijd { get; } = new();

        protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Tijd);
    }
}
