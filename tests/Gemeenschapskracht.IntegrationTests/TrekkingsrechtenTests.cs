using System.Net;
using System.Text.Json.Nodes;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Organisaties;
using Gemeenschapskracht.IntegrationTests.Identity;
using Gemeenschapskracht.IntegrationTests.Infrastructure;

namespace Gemeenschapskracht.IntegrationTests;

/// <summary>
/// Trekkingsrechten over HTTP with real tokens (R4.5), on the demo gemeente's granted wijkbudget: the gemeente grants a
/// bewonersorganisatie hours of a welzijnsorganisatie; a professional of that organisation records a draw, the holder
/// is mailed and confirms it; a draw above the balance is a problem and changes nothing; another organisation and
/// another gemeente see nothing.
/// </summary>
public sealed class TrekkingsrechtenTests(TrekkingsrechtenTests.Fixture fixture) : IClassFixture<TrekkingsrechtenTests.Fixture>
{
    private const string Beleid = "amsterdam-trek-beleid";
    private const string Houder = "amsterdam-trek-houder";
    private const string Leverancier = "amsterdam-trek-welzijn";
    private const string AndereBewoners = "amsterdam-trek-anderen";
    private const string AndereProfessional = "amsterdam-trek-andere-professional";
    private const string HouderEmail = "moestuin@voorbeeld.nl";
    private static readonly Guid HouderId = Guid.Parse("0192f000-0000-7000-8000-0000000000a1");
    private static readonly Guid WelzijnId = Guid.Parse("0192f000-0000-7000-8000-0000000000a2");
    private static readonly Guid AndereId = Guid.Parse("0192f000-0000-7000-8000-0000000000a3");

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
                AddClient(settings, i++, Houder, "amsterdam", "bewonersorganisatie", HouderId);
                AddClient(settings, i++, Leverancier, "amsterdam", "professional", WelzijnId);
                AddClient(settings, i++, AndereBewoners, "amsterdam", "bewonersorganisatie", AndereId);
                AddClient(settings, i, AndereProfessional, "amsterdam", "professional", AndereId);
                return base.ExtraSettings.Concat(settings);
            }
        }

        async Task IAsyncLifetime.InitializeAsync()
        {
            await InitializeAsync();
            await this.AddAsync("amsterdam", (HouderId, "Moestuin Oost", OrganisatieSoort.Bewonersorganisatie, HouderEmail),
                (WelzijnId, "Welzijn Oost", OrganisatieSoort.Welzijnsorganisatie, "info@welzijn-oost.nl"),
                (AndereId, "Buurtvereniging West", OrganisatieSoort.Bewonersorganisatie, "west@voorbeeld.nl"));
            var beheer = await this.AuthenticatedAsync(AmsterdamBeheerClient, "amsterdam");
            var budgetten = await (await beheer.GetAsync("/api/v1/wijkbudgetten?pageSize=100")).ReadJsonAsync();
            var budgetId = budgetten["items"]!.AsArray().First(b => b!["status"]!.GetValue<string>() is "toegekend" or "lopend")!["id"]!.GetValue<Guid>();
            Budget = await (await beheer.GetAsync($"/api/v1/wijkbudgetten/{budgetId}")).ReadJsonAsync();
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task R4_5_the_gemeente_grants_hours_a_supplier_draws_the_holder_confirms_and_the_budget_shows_what_is_committed()
    {
        var beleid = await fixture.AuthenticatedAsync(Beleid, "amsterdam");
        var houder = await fixture.AuthenticatedAsync(Houder, "amsterdam");
        var welzijn = await fixture.AuthenticatedAsync(Leverancier, "amsterdam");
        var budgetId = fixture.Budget["id"]!.GetValue<Guid>();
        var verleendVoor = await VerleendAsync(beleid, budgetId);

        var recht = await LeesAsync(await beleid.PostJsonAsync("/api/v1/trekkingsrechten", Recht(20)), HttpStatusCode.Created);
        var id = recht["id"]!.GetValue<Guid>();
        Assert.Equal(("toegekend", 20L, 20 * 55_00L), (recht["status"]!.GetValue<string>(), recht["saldo"]!.GetValue<long>(), recht["waardeEurocent"]!.GetValue<long>()));
        Assert.Equal(verleendVoor + 20 * 55_00L, await VerleendAsync(beleid, budgetId));

        // The holder sees it among its own; a bewonersorganisatie may not record a draw.
        Assert.Contains((await LeesAsync(await houder.GetAsync("/api/v1/trekkingsrechten")))["items"]!.AsArray(), t => t!["id"]!.GetValue<Guid>() == id);
        await (await houder.PostJsonAsync($"/api/v1/trekkingsrechten/{id}/trekkingen", Trekking(2))).AssertProblemAsync(403);

        var getrokken = await LeesAsync(await welzijn.PostJsonAsync($"/api/v1/trekkingsrechten/{id}/trekkingen", Trekking(6)));
        Assert.Equal(("deelsGetrokken", 14L), (getrokken["status"]!.GetValue<string>(), getrokken["saldo"]!.GetValue<long>()));
        var trekking = getrokken["trekkingen"]![0]!;
        Assert.Equal((1, WelzijnId, false), (trekking["nummer"]!.GetValue<int>(), trekking["leverancierId"]!.GetValue<Guid>(), trekking["bevestigd"]!.GetValue<bool>()));
        var mail = Assert.Single(Mails("Bevestig trekking 1"), m => m.Contains("Opbouwwerk voor de moestuin", StringComparison.Ordinal));
        Assert.Contains(HouderEmail, mail);

        // The supplier cannot confirm its own draw; the holder can, once.
        await (await welzijn.PostAsync($"/api/v1/trekkingsrechten/{id}/trekkingen/1/bevestigingen", null)).AssertProblemAsync(403);
        var bevestigd = await LeesAsync(await houder.PostAsync($"/api/v1/trekkingsrechten/{id}/trekkingen/1/bevestigingen", null));
        Assert.True(bevestigd["trekkingen"]![0]!["bevestigd"]!.GetValue<bool>());
        await (await houder.PostAsync($"/api/v1/trekkingsrechten/{id}/trekkingen/1/bevestigingen", null)).AssertProblemAsync(400);

        var gelezen = await LeesAsync(await houder.GetAsync($"/api/v1/trekkingsrechten/{id}"));
        Assert.Equal((6L, 14L), (gelezen["getrokken"]!.GetValue<long>(), gelezen["saldo"]!.GetValue<long>()));
    }

    [Fact]
    public async Task R4_5_a_draw_above_the_balance_is_a_problem_and_changes_nothing()
    {
        var beleid = await fixture.AuthenticatedAsync(Beleid, "amsterdam");
        var welzijn = await fixture.AuthenticatedAsync(Leverancier, "amsterdam");
        var id = (await LeesAsync(await beleid.PostJsonAsync("/api/v1/trekkingsrechten", Recht(5)), HttpStatusCode.Created))["id"]!.GetValue<Guid>();
        await LeesAsync(await welzijn.PostJsonAsync($"/api/v1/trekkingsrechten/{id}/trekkingen", Trekking(3)));

        var fout = await (await welzijn.PostJsonAsync($"/api/v1/trekkingsrechten/{id}/trekkingen", Trekking(3))).AssertProblemAsync(400);
        Assert.Contains("saldo", fout["detail"]!.GetValue<string>());
        var morgen = await (await welzijn.PostJsonAsync($"/api/v1/trekkingsrechten/{id}/trekkingen",
            new { datum = Dag(1), omvang = 1, doel = "Vooruit geboekt" })).AssertProblemAsync(400);
        Assert.Contains("toekomst", morgen["detail"]!.GetValue<string>());
        // The gemeente does not supply this one, so it cannot record a draw on it either.
        await (await beleid.PostJsonAsync($"/api/v1/trekkingsrechten/{id}/trekkingen", Trekking(1))).AssertProblemAsync(400);

        var recht = await LeesAsync(await beleid.GetAsync($"/api/v1/trekkingsrechten/{id}"));
        Assert.Equal((2L, 1), (recht["saldo"]!.GetValue<long>(), recht["trekkingen"]!.AsArray().Count));
        await (await beleid.PostJsonAsync("/api/v1/trekkingsrechten", Recht(5) with { BudgetregelId = Guid.NewGuid() })).AssertProblemAsync(400);
        await (await beleid.PostJsonAsync("/api/v1/trekkingsrechten", Recht(5) with { Tot = Van() })).AssertProblemAsync(400);
    }

    [Fact]
    public async Task R4_5_another_organisation_and_another_gemeente_see_nothing_and_change_nothing()
    {
        var beleid = await fixture.AuthenticatedAsync(Beleid, "amsterdam");
        var anderen = await fixture.AuthenticatedAsync(AndereBewoners, "amsterdam");
        var andereProfessional = await fixture.AuthenticatedAsync(AndereProfessional, "amsterdam");
        var aaEnHunze = await fixture.AuthenticatedAsync(ApiFactory.AaEnHunzeBeheerClient, "aa-en-hunze");
        var id = (await LeesAsync(await beleid.PostJsonAsync("/api/v1/trekkingsrechten", Recht(8)), HttpStatusCode.Created))["id"]!.GetValue<Guid>();

        foreach (var client in new[] { anderen, andereProfessional, aaEnHunze })
        {
            await (await client.GetAsync($"/api/v1/trekkingsrechten/{id}")).AssertProblemAsync(404);
            var lijst = await LeesAsync(await client.GetAsync($"/api/v1/trekkingsrechten?organisatieId={HouderId}"));
            Assert.Equal(0, lijst["totalCount"]!.GetValue<int>());
        }
        await (await andereProfessional.PostJsonAsync($"/api/v1/trekkingsrechten/{id}/trekkingen", Trekking(1))).AssertProblemAsync(404);
        await (await anderen.PostAsync($"/api/v1/trekkingsrechten/{id}/trekkingen/1/bevestigingen", null)).AssertProblemAsync(404);
        await (await aaEnHunze.PostJsonAsync($"/api/v1/trekkingsrechten/{id}/trekkingen", Trekking(1))).AssertProblemAsync(404);

        var recht = await LeesAsync(await beleid.GetAsync($"/api/v1/trekkingsrechten/{id}"));
        Assert.Equal((8L, 0), (recht["saldo"]!.GetValue<long>(), recht["trekkingen"]!.AsArray().Count));
    }

    private sealed record RechtBody(Guid OrganisatieId, string? Groepsnaam, Guid WijkbudgetId, Guid BudgetregelId, string Eenheid, long Omvang,
        long? TariefEurocent, Guid[] Leveranciers, bool GemeenteLevert, string Van, string Tot, string Doel);

    private RechtBody Recht(long uren) => new(HouderId, "Moestuingroep", fixture.Budget["id"]!.GetValue<Guid>(),
        fixture.Budget["regels"]![0]!["id"]!.GetValue<Guid>(), "uren", uren, 55_00, [WelzijnId], false, Van(), Dag(60), "Opbouwwerk voor de moestuin");

    /// <summary>A month ago, but not before the demo budget's first year (this year).</summary>
    private static string Van()
    {
        var vandaag = Kalender.Dag(DateTimeOffset.UtcNow);
        var van = vandaag.AddDays(-30);
        return (van.Year < vandaag.Year ? new DateOnly(vandaag.Year, 1, 1) : van).ToString("yyyy-MM-dd");
    }

    private static object Trekking(long uren) => new { datum = Dag(0), omvang = uren, doel = "Begeleiding van de eerste bijeenkomst" };

    private static string Dag(int dagen) => Kalender.Dag(DateTimeOffset.UtcNow).AddDays(dagen).ToString("yyyy-MM-dd");

    private static async Task<long> VerleendAsync(HttpClient client, Guid budgetId) =>
        (await LeesAsync(await client.GetAsync($"/api/v1/wijkbudgetten/{budgetId}")))["verleendEurocent"]!.GetValue<long>();

    private List<string> Mails(string onderwerp) =>
        new DirectoryInfo(fixture.MailFolder).GetFiles("*.eml").Select(f => MimeKit.MimeMessage.Load(f.FullName))
            .Where(m => m.Subject?.Contains(onderwerp, StringComparison.Ordinal) == true).Select(m => $"{m.To}: {m.Subject}\n{m.TextBody}").ToList();

    private static async Task<JsonNode> LeesAsync(HttpResponseMessage response, HttpStatusCode verwacht = HttpStatusCode.OK)
    {
        using (response)
        {
            Assert.True(response.StatusCode == verwacht, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            return await response.ReadJsonAsync();
        }
    }
}
