using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Gemeenschapskracht.IntegrationTests.Infrastructure;

namespace Gemeenschapskracht.IntegrationTests;

/// <summary>
/// The gemeente's own figures over HTTP with real tokens: a CSV (text/csv, raw body) read beside the CBS figures under
/// <c>lokaal:</c>, shown as vitality in the wijkbeeld; one bad line refuses the whole file with its line numbers and
/// imports nothing. Each test uses wijken of its own.
/// </summary>
public sealed class LokaleCijfersTests(LokaleCijfersTests.Fixture fixture) : IClassFixture<LokaleCijfersTests.Fixture>
{
    private const string Url = "/api/v1/gebieden/lokale-cijfers";
    private const string Kop = "maatstaf;gebiedscode;waarde;bron;jaar\n";

    public sealed class Fixture : ApiFactory, IAsyncLifetime
    {
        /// <summary>Amsterdam's wijken: id and CBS code.</summary>
        public IReadOnlyList<(Guid Id, string Code)> Wijken { get; private set; } = [];

        public async Task InitializeAsync()
        {
            var platform = await this.AuthenticatedAsync(PlatformClient);
            await Provisioning.CreateAndWaitAsync(platform, "amsterdam", "Amsterdam", "GM0363");
            await Provisioning.CreateAndWaitAsync(platform, "aa-en-hunze", "Aa en Hunze", "GM1680");
            Wijken = (await (await this.ForTenant("amsterdam").GetAsync("/api/v1/gebieden?soort=wijk&pageSize=10")).ReadJsonAsync())["items"]!.AsArray()
                .Select(w => (w!["id"]!.GetValue<Guid>(), w["code"]!.GetValue<string>())).ToList();
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task A_good_file_is_imported_beside_the_cbs_figures_and_shown_as_vitality_in_the_wijkbeeld()
    {
        var beheer = await BeheerAsync();
        var (wijk, code) = fixture.Wijken[0];
        var (andere, andereCode) = fixture.Wijken[1];

        var import = await ReadAsync(await beheer.PostAsync(Url, Csv(
            $"{Kop}Vrijwilligers;{code};412;Buurtteams Amsterdam;2024\nTevredenheid;{code.ToLowerInvariant()};7,4;Wijkpeiling;2025\nVrijwilligers;{andereCode};;Buurtteams Amsterdam;2024\n")));

        Assert.Equal(3, import["regels"]!.GetValue<int>());
        Assert.Equal(2, import["gebieden"]!.GetValue<int>());
        Assert.Equal(["Tevredenheid", "Vrijwilligers"], import["maatstaven"]!.AsArray().Select(m => m!.GetValue<string>()));
        var cijfers = (await ReadAsync(beheer, $"/api/v1/gebieden/{wijk}"))["kerncijfers"]!.AsArray();
        var vrijwilligers = cijfers.Single(k => k!["maatstaf"]!.GetValue<string>() == "lokaal:Vrijwilligers")!;
        Assert.Equal(412m, vrijwilligers["waarde"]!.GetValue<decimal>());
        Assert.Equal("Buurtteams Amsterdam", vrijwilligers["bron"]!.GetValue<string>());
        Assert.Equal(2024, vrijwilligers["jaar"]!.GetValue<int>());
        Assert.Equal(7.4m, cijfers.Single(k => k!["maatstaf"]!.GetValue<string>() == "lokaal:Tevredenheid")!["waarde"]!.GetValue<decimal>());
        var onbekend = (await ReadAsync(beheer, $"/api/v1/gebieden/{andere}"))["kerncijfers"]!.AsArray().Single(k => k!["maatstaf"]!.GetValue<string>() == "lokaal:Vrijwilligers")!;
        Assert.Null(onbekend["waarde"]);

        var wijkbeeld = await WijkbeeldAsync(beheer, wijk);
        var vitaliteit = wijkbeeld["cijfers"]!["vitaliteit"]!.AsArray().Select(c => c!["maatstaf"]!.GetValue<string>());
        Assert.Contains("lokaal:Vrijwilligers", vitaliteit);
        Assert.Contains("lokaal:Tevredenheid", vitaliteit);
        Assert.Null(wijkbeeld["cijfers"]!["vitaliteitOntbreekt"]);
    }

    [Fact]
    public async Task A_file_with_bad_lines_is_refused_with_their_line_numbers_and_nothing_is_imported()
    {
        var beheer = await BeheerAsync();
        var (wijk, code) = fixture.Wijken[2];

        var problem = await (await beheer.PostAsync(Url, Csv(
            $"{Kop}Buurthuizen;{code};3;Gemeente;2024\nBuurthuizen;WK999999;2;Gemeente;2024\nSpeeltuinen;{code};5;Gemeente;2024\nSpeeltuinen;{code};veel;Gemeente;2024\n")))
            .AssertProblemAsync(400);

        var fouten = problem["errors"]!.AsObject();
        Assert.Equal(["regel 3", "regel 5"], fouten.Select(f => f.Key).Order());
        Assert.Contains("WK999999", fouten["regel 3"]!.ToJsonString());
        Assert.Contains("veel", fouten["regel 5"]!.ToJsonString());
        Assert.DoesNotContain("lokaal:", (await ReadAsync(beheer, $"/api/v1/gebieden/{wijk}")).ToJsonString());
    }

    [Theory]
    [InlineData("")]
    [InlineData(Kop)]
    [InlineData("maatstaf;gebiedscode;waarde;jaar\nBuurthuizen;WK036300;3;2024\n")]
    public async Task A_file_without_figures_or_with_a_bad_header_is_refused(string csv)
    {
        var beheer = await BeheerAsync();

        await (await beheer.PostAsync(Url, Csv(csv))).AssertProblemAsync(400);
    }

    [Fact]
    public async Task A_file_of_another_gemeentes_areas_is_refused()
    {
        var anderen = await fixture.AuthenticatedAsync(ApiFactory.AaEnHunzeBeheerClient, "aa-en-hunze");
        var (wijk, code) = fixture.Wijken[3];

        var problem = await (await anderen.PostAsync(Url, Csv($"{Kop}Buurthuizen;{code};3;Gemeente;2024\n"))).AssertProblemAsync(400);

        Assert.NotNull(problem["errors"]!["regel 2"]);
        Assert.DoesNotContain("lokaal:", (await ReadAsync(await BeheerAsync(), $"/api/v1/gebieden/{wijk}")).ToJsonString());
    }

    [Fact]
    public async Task A_json_body_is_a_415()
    {
        var beheer = await BeheerAsync();
        var (wijk, code) = fixture.Wijken[4];

        using var json = new StringContent($$"""{"csv":"{{Kop.Trim()}}\nBuurthuizen;{{code}};3;Gemeente;2024"}""", Encoding.UTF8, "application/json");
        await (await beheer.PostAsync(Url, json)).AssertProblemAsync(415);

        Assert.DoesNotContain("lokaal:", (await ReadAsync(beheer, $"/api/v1/gebieden/{wijk}")).ToJsonString());
    }

    [Fact]
    public async Task An_anonymous_caller_is_a_401()
    {
        var (wijk, code) = fixture.Wijken[4];

        await (await fixture.ForTenant("amsterdam").PostAsync(Url, Csv($"{Kop}Buurthuizen;{code};3;Gemeente;2024\n"))).AssertProblemAsync(401);

        Assert.DoesNotContain("lokaal:", (await ReadAsync(await BeheerAsync(), $"/api/v1/gebieden/{wijk}")).ToJsonString());
    }

    private Task<HttpClient> BeheerAsync() => fixture.AuthenticatedAsync(ApiFactory.AmsterdamBeheerClient, "amsterdam");

    private static StringContent Csv(string csv) => new(csv, Encoding.UTF8, "text/csv");

    /// <summary>A wijkbeeld of <paramref name="wijk"/>, led by a bewonersorganisatie the gemeente registers for it.</summary>
    private static async Task<JsonNode> WijkbeeldAsync(HttpClient beheer, Guid wijk)
    {
        Guid trekker;
        using (var organisatie = await beheer.PostJsonAsync("/api/v1/organisaties", new
        {
            naam = "Bewonersraad", soort = "bewonersorganisatie", rechtsvorm = "vereniging", kvknummer = (string?)null, omschrijving = (string?)null,
            wijkIds = new[] { wijk }, publiekeWaardeIds = Array.Empty<Guid>(), contactpersoon = (string?)null, email = (string?)null,
            telefoon = (string?)null, website = (string?)null,
        }))
        {
            Assert.True(organisatie.StatusCode == HttpStatusCode.Created, await organisatie.Content.ReadAsStringAsync());
            trekker = (await organisatie.ReadJsonAsync())["id"]!.GetValue<Guid>();
        }
        using var response = await beheer.PostJsonAsync("/api/v1/wijkbeelden", new { wijkId = wijk, titel = "Wijkbeeld", team = new[] { trekker } });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    private static async Task<JsonNode> ReadAsync(HttpClient client, string url) => await ReadAsync(await client.GetAsync(url));

    private static async Task<JsonNode> ReadAsync(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            return await response.ReadJsonAsync();
        }
    }
}
