using System.Net;
using System.Text.Json.Nodes;
using Gemeenschapskracht.Domain.Organisaties;
using Gemeenschapskracht.Domain.Regels;
using Gemeenschapskracht.IntegrationTests.Identity;
using Gemeenschapskracht.IntegrationTests.Infrastructure;

namespace Gemeenschapskracht.IntegrationTests;

/// <summary>
/// Dienstverleningsafspraken over HTTP with real tokens (R4.3, G-5), on the demo gemeente's granted wijkbudget: the
/// gemeente explores an agreement, the bewonersorganisatie signs as opdrachtgever and the provider signs, the gemeente
/// starts it, the bewonersorganisatie records this year's review, and the wijkbeeld shows the hours as coming from the
/// agreement. Production counts, a period outside the budget, a non-party's signature and a change after signing are
/// problems that change nothing; another organisation and another gemeente see nothing.
/// </summary>
public sealed class DienstverleningsafsprakenTests(DienstverleningsafsprakenTests.Fixture fixture) : IClassFixture<DienstverleningsafsprakenTests.Fixture>
{
    private const string Beleid = "amsterdam-dva-beleid";
    private const string Bewoners = "amsterdam-dva-bewoners";
    private const string Aanbieder = "amsterdam-dva-welzijn";
    private const string AndereBewoners = "amsterdam-dva-anderen";
    private const string Raadslid = "amsterdam-dva-raadslid";
    private static readonly Guid BewonersId = Guid.Parse("0192f000-0000-7000-8000-0000000000d1");
    private static readonly Guid WelzijnId = Guid.Parse("0192f000-0000-7000-8000-0000000000d2");
    private static readonly Guid AndereId = Guid.Parse("0192f000-0000-7000-8000-0000000000d3");

    public sealed class Fixture : IdentityFactory, IAsyncLifetime
    {
        public JsonNode Budget { get; private set; } = null!;

        protected override IEnumerable<KeyValuePair<string, string>> ExtraSettings
        {
            get
            {
                var settings = new Dictionary<string, string>();
                var i = FirstFreeClientIndex;
                AddClient(settings, i++, Beleid, "amsterdam", "beleidsmedewerker");
                AddClient(settings, i++, Bewoners, "amsterdam", "bewonersorganisatie", BewonersId);
                AddClient(settings, i++, Aanbieder, "amsterdam", "professional", WelzijnId);
                AddClient(settings, i++, AndereBewoners, "amsterdam", "bewonersorganisatie", AndereId);
                AddClient(settings, i, Raadslid, "amsterdam", "raadslid");
                return base.ExtraSettings.Concat(settings);
            }
        }

        async Task IAsyncLifetime.InitializeAsync()
        {
            await InitializeAsync();
            await this.AddOrganisatiesAsync("amsterdam",
                (BewonersId, "Bewonersraad Oost", OrganisatieSoort.Bewonersorganisatie, null),
                (WelzijnId, "Opbouwwerk Oost", OrganisatieSoort.Welzijnsorganisatie, null),
                (AndereId, "Buurtvereniging Zuid", OrganisatieSoort.Bewonersorganisatie, null));
            Budget = await this.GrantedWijkbudgetAsync();
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task R4_3_explored_signed_by_both_parties_started_reviewed_and_shown_in_the_wijkbeeld()
    {
        var beleid = await fixture.AuthenticatedAsync(Beleid, "amsterdam");
        var bewoners = await fixture.AuthenticatedAsync(Bewoners, "amsterdam");
        var welzijn = await fixture.AuthenticatedAsync(Aanbieder, "amsterdam");
        var raadslid = await fixture.AuthenticatedAsync(Raadslid, "amsterdam");

        var afspraak = await LeesAsync(await beleid.PostJsonAsync("/api/v1/dienstverleningsafspraken", Afspraak()), HttpStatusCode.Created);
        var id = afspraak["id"]!.GetValue<Guid>();
        Assert.Equal(("verkend", "Bewonersraad Oost", "Opbouwwerk Oost"),
            (afspraak["status"]!.GetValue<string>(), afspraak["bewonersorganisatieNaam"]!.GetValue<string>(), afspraak["aanbiederNaam"]!.GetValue<string>()));
        Assert.Equal([StartJaar, StartJaar + 1], afspraak["evaluatiemomenten"]!.AsArray().Select(m => m!["jaar"]!.GetValue<int>()));

        var budgetId = afspraak["wijkbudgetId"]!.GetValue<Guid>();
        var verleendVoor = await VerleendAsync(beleid, budgetId);

        // The gemeente is no party: it cannot sign. The parties can, once each.
        var fout = await (await beleid.PostAsync($"/api/v1/dienstverleningsafspraken/{id}/ondertekeningen", null)).AssertProblemAsync(403);
        Assert.NotNull(fout);
        var getekend = await LeesAsync(await bewoners.PostAsync($"/api/v1/dienstverleningsafspraken/{id}/ondertekeningen", null));
        Assert.Equal("bewonersorganisatie", getekend["ondertekeningen"]![0]!["partij"]!.GetValue<string>());
        await (await bewoners.PostAsync($"/api/v1/dienstverleningsafspraken/{id}/ondertekeningen", null)).AssertProblemAsync(400);
        var afgesproken = await LeesAsync(await welzijn.PostAsync($"/api/v1/dienstverleningsafspraken/{id}/ondertekeningen", null));
        Assert.Equal("afgesproken", afgesproken["status"]!.GetValue<string>());
        // Signed by both, the agreement takes its price for the whole period from the wijkbudget (R4.3).
        Assert.Equal(verleendVoor + afgesproken["totaalprijsEurocent"]!.GetValue<long>(), await VerleendAsync(beleid, budgetId));

        // Signed: no change any more.
        var wijziging = await (await beleid.PutJsonAsync($"/api/v1/dienstverleningsafspraken/{id}", Afspraak() with { UrenPerWeek = 20 })).AssertProblemAsync(400);
        Assert.Contains("ondertekend", wijziging["detail"]!.GetValue<string>());

        var actief = await LeesAsync(await beleid.PostAsync($"/api/v1/dienstverleningsafspraken/{id}/activeringen", null));
        Assert.Equal("actief", actief["status"]!.GetValue<string>());
        await (await welzijn.PostJsonAsync($"/api/v1/dienstverleningsafspraken/{id}/evaluatiemomenten/{StartJaar}", new { samenvatting = "Goed" })).AssertProblemAsync(403);
        var geevalueerd = await LeesAsync(await bewoners.PostJsonAsync($"/api/v1/dienstverleningsafspraken/{id}/evaluatiemomenten/{StartJaar}",
            new { samenvatting = "Bewoners voelen zich gehoord; de buurtavonden lopen." }));
        Assert.True(geevalueerd["evaluatiemomenten"]![0]!["vastgelegd"]!.GetValue<bool>());
        Assert.Equal(16m, geevalueerd["urenPerWeek"]!.GetValue<decimal>());

        // The raad reads it without the names of the professionals.
        var gelezen = await LeesAsync(await raadslid.GetAsync($"/api/v1/dienstverleningsafspraken/{id}"));
        Assert.Empty(gelezen["professionals"]!.AsArray());
        Assert.Single((await LeesAsync(await bewoners.GetAsync($"/api/v1/dienstverleningsafspraken/{id}")))["professionals"]!.AsArray());

        // The wijkbeeld of the wijk shows the hours as coming from the agreement.
        var wijkId = fixture.Budget["wijkId"]!.GetValue<Guid>();
        var wijkbeelden = await LeesAsync(await beleid.GetAsync("/api/v1/wijkbeelden?pageSize=100"));
        var wijkbeeldId = wijkbeelden["items"]!.AsArray().First(w => w!["wijkId"]!.GetValue<Guid>() == wijkId)!["id"]!.GetValue<Guid>();
        var wijkbeeld = await LeesAsync(await beleid.GetAsync($"/api/v1/wijkbeelden/{wijkbeeldId}"));
        var inzet = Assert.Single(wijkbeeld["afgesprokenInzet"]!.AsArray(), i => i!["aanbiederId"]!.GetValue<Guid>() == WelzijnId)!;
        Assert.Equal((16m, 0m, 1m), (inzet["urenInWijk"]!.GetValue<decimal>(), inzet["urenElders"]!.GetValue<decimal>(), inzet["wijkgebondenheid"]!.GetValue<decimal>()));
        Assert.Equal(id, inzet["dienstverleningsafspraken"]![0]!.GetValue<Guid>());

        var geeindigd = await LeesAsync(await beleid.PostJsonAsync($"/api/v1/dienstverleningsafspraken/{id}/beeindigingen", new { reden = "De aanbieder stopt." }));
        Assert.Equal("beeindigd", geeindigd["status"]!.GetValue<string>());
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.G5)]
    public async Task G5_production_counts_a_period_outside_the_wijkbudget_and_missing_fields_are_problems_that_change_nothing()
    {
        var beleid = await fixture.AuthenticatedAsync(Beleid, "amsterdam");
        var voor = (await LeesAsync(await beleid.GetAsync("/api/v1/dienstverleningsafspraken")))["totalCount"]!.GetValue<int>();

        var g5 = await (await beleid.PostJsonAsync("/api/v1/dienstverleningsafspraken", Afspraak() with { Resultaten = "De opbouwwerker legt 30 huisbezoeken per week af." }))
            .AssertProblemAsync(400);
        Assert.Contains("G-5", g5["errors"]!["resultaten"]![0]!.GetValue<string>());

        var periode = await (await beleid.PostJsonAsync("/api/v1/dienstverleningsafspraken", Afspraak() with { Tot = $"{EindJaar + 1}-06-30" })).AssertProblemAsync(400);
        Assert.Contains("periode van het wijkbudget", periode["detail"]!.GetValue<string>());

        var body = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(Afspraak(), new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web)))!.AsObject();
        body.Remove("werkwijze");
        var ontbreekt = await (await beleid.PostAsync("/api/v1/dienstverleningsafspraken",
            new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"))).AssertProblemAsync(400);
        Assert.Contains("werkwijze", ontbreekt.ToJsonString(), StringComparison.OrdinalIgnoreCase);

        Assert.Equal(voor, (await LeesAsync(await beleid.GetAsync("/api/v1/dienstverleningsafspraken")))["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task R4_3_another_organisation_and_another_gemeente_see_nothing_and_change_nothing()
    {
        var beleid = await fixture.AuthenticatedAsync(Beleid, "amsterdam");
        var anderen = await fixture.AuthenticatedAsync(AndereBewoners, "amsterdam");
        var aaEnHunze = await fixture.AuthenticatedAsync(ApiFactory.AaEnHunzeBeheerClient, "aa-en-hunze");
        var id = (await LeesAsync(await beleid.PostJsonAsync("/api/v1/dienstverleningsafspraken", Afspraak()), HttpStatusCode.Created))["id"]!.GetValue<Guid>();

        foreach (var client in new[] { anderen, aaEnHunze })
        {
            await (await client.GetAsync($"/api/v1/dienstverleningsafspraken/{id}")).AssertProblemAsync(404);
            Assert.Equal(0, (await LeesAsync(await client.GetAsync($"/api/v1/dienstverleningsafspraken?organisatieId={BewonersId}")))["totalCount"]!.GetValue<int>());
        }
        // A non-party signing: another organisation does not find it.
        await (await anderen.PostAsync($"/api/v1/dienstverleningsafspraken/{id}/ondertekeningen", null)).AssertProblemAsync(404);
        await (await aaEnHunze.PutJsonAsync($"/api/v1/dienstverleningsafspraken/{id}", Afspraak())).AssertProblemAsync(404);
        await (await aaEnHunze.PostJsonAsync($"/api/v1/dienstverleningsafspraken/{id}/beeindigingen", new { reden = "Weg" })).AssertProblemAsync(404);

        var afspraak = await LeesAsync(await beleid.GetAsync($"/api/v1/dienstverleningsafspraken/{id}"));
        Assert.Equal(("verkend", 0), (afspraak["status"]!.GetValue<string>(), afspraak["ondertekeningen"]!.AsArray().Count));
    }

    private int StartJaar => fixture.Budget["startJaar"]!.GetValue<int>();

    private int EindJaar => fixture.Budget["eindJaar"]!.GetValue<int>();

    private sealed record AfspraakBody(Guid WijkbudgetId, Guid BudgetregelId, Guid BewonersorganisatieId, Guid AanbiederId, string Vorm, string SoortWerk,
        string Resultaten, string Werkwijze, decimal UrenPerWeek, long JaarprijsEurocent, string Van, string Tot, string SelectieRecht, string SturingRecht,
        string EvaluatieRecht, string[] Professionals);

    private AfspraakBody Afspraak() => new(fixture.Budget["id"]!.GetValue<Guid>(), fixture.Budget["regels"]![0]!["id"]!.GetValue<Guid>(), BewonersId, WelzijnId,
        "opdrachtgever", "opbouwwerk", "Bewoners organiseren zelf hun buurtavonden en weten elkaar te vinden.",
        "De opbouwwerker werkt vanuit het buurthuis en sluit aan bij wat bewoners al doen.", 16, 1_000_00, $"{StartJaar}-01-01", $"{StartJaar + 1}-12-31",
        "Bewoners zitten in de selectiecommissie.", "De bewonersorganisatie stelt elk kwartaal de prioriteiten.", "De bewonersorganisatie evalueert elk jaar.",
        ["Sanne de Boer"]);

    private static async Task<long> VerleendAsync(HttpClient client, Guid budgetId) =>
        (await LeesAsync(await client.GetAsync($"/api/v1/wijkbudgetten/{budgetId}")))["verleendEurocent"]!.GetValue<long>();

    private static Task<JsonNode> LeesAsync(HttpResponseMessage response, HttpStatusCode verwacht = HttpStatusCode.OK) => response.ReadExpectedAsync(verwacht);
}
