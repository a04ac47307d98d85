using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Gemeenschapskracht.IntegrationTests.Infrastructure;

namespace Gemeenschapskracht.IntegrationTests;

/// <summary>
/// The public places of the wijken over HTTP with real tokens: mapped by the gemeente, read by anyone, inside the
/// Netherlands and located by coordinates or an address; bad input is a problem+json 400 that changes nothing; another
/// gemeente sees nothing. Each test that lists a wijk's places uses a wijk of its own.
/// </summary>
public sealed class PubliekePlekkenTests(PubliekePlekkenTests.Fixture fixture) : IClassFixture<PubliekePlekkenTests.Fixture>
{
    private const string Url = "/api/v1/publieke-plekken";

    public sealed class Fixture : ApiFactory, IAsyncLifetime
    {
        public IReadOnlyList<Guid> Wijken { get; private set; } = [];

        public Guid WijkVanAaEnHunze { get; private set; }

        /// <summary>A place in Amsterdam's first wijk that the tests only read.</summary>
        public Guid Boei { get; private set; }

        public async Task InitializeAsync()
        {
            var platform = await this.AuthenticatedAsync(PlatformClient);
            await Provisioning.CreateAndWaitAsync(platform, "amsterdam", "Amsterdam", "GM0363");
            await Provisioning.CreateAndWaitAsync(platform, "aa-en-hunze", "Aa en Hunze", "GM1680");
            Wijken = (await (await this.ForTenant("amsterdam").GetAsync("/api/v1/gebieden?soort=wijk&pageSize=10")).ReadJsonAsync())["items"]!.AsArray()
                .Select(w => w!["id"]!.GetValue<Guid>()).ToList();
            WijkVanAaEnHunze = (await (await this.ForTenant("aa-en-hunze").GetAsync("/api/v1/gebieden?soort=wijk&pageSize=1")).ReadJsonAsync())["items"]![0]!["id"]!.GetValue<Guid>();
            Boei = (await CreateAsync(await this.AuthenticatedAsync(AmsterdamBeheerClient, "amsterdam"), Plek(Wijken[0], "Buurthuis De Boei")))["id"]!.GetValue<Guid>();
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task A_place_is_added_read_changed_and_listed_per_wijk()
    {
        var beheer = await BeheerAsync();
        var publiek = fixture.ForTenant("amsterdam");
        var wijk = fixture.Wijken[1];

        var plek = await CreateAsync(beheer, Plek(wijk, " Bibliotheek Javaplein "));
        var id = plek["id"]!.GetValue<Guid>();
        await CreateAsync(beheer, Plek(wijk, "Moskee Al Fatih", locatie: null, adres: "Ringweg 1, Amsterdam"));
        await CreateAsync(beheer, Plek(fixture.Wijken[2], "Sporthal Elders"));

        var gelezen = await ReadAsync(publiek, $"{Url}/{id}");
        Assert.Equal("Bibliotheek Javaplein", gelezen["naam"]!.GetValue<string>());
        Assert.Equal(wijk, gelezen["wijkId"]!.GetValue<Guid>());
        Assert.Equal(52.3631, gelezen["locatie"]!["breedtegraad"]!.GetValue<double>());
        Assert.Equal(40, gelezen["vergadercapaciteit"]!.GetValue<int>());

        var wijziging = Plek(wijk, "Bibliotheek Javaplein", adres: "Javaplein 21, Amsterdam");
        wijziging.Remove("wijkId");
        wijziging["status"] = "bedreigd";
        wijziging["toelichting"] = "De huur loopt in 2027 af.";
        var gewijzigd = await ReadAsync(await beheer.PutJsonAsync($"{Url}/{id}", wijziging));
        Assert.Equal("bedreigd", gewijzigd["status"]!.GetValue<string>());
        Assert.Equal("Javaplein 21, Amsterdam", (await ReadAsync(publiek, $"{Url}/{id}"))["adres"]!.GetValue<string>());

        var lijst = await ReadAsync(publiek, $"{Url}?wijkId={wijk}");
        Assert.Equal(["Bibliotheek Javaplein", "Moskee Al Fatih"], lijst["items"]!.AsArray().Select(p => p!["naam"]!.GetValue<string>()));
    }

    public static TheoryData<string, string> OngeldigeGegevens => new()
    {
        { "coordinates in Paris", "" },
        { "latitude and longitude swapped", "" },
        { "neither location nor address", "" },
        { "a blank address and no location", "" },
        { "a negative capacity", "vergadercapaciteit" },
        { "an unknown kind of place", "soort" },
        { "a control character in the name", "naam" },
        { "no name", "naam" },
        { "a field left out", "huurregime" },
    };

    [Theory]
    [MemberData(nameof(OngeldigeGegevens))]
    public async Task Adding_with_bad_data_is_a_400_that_adds_nothing(string geval, string veld)
    {
        var beheer = await BeheerAsync();
        var wijk = fixture.Wijken[3];

        var problem = await (await beheer.PostJsonAsync(Url, Ongeldig(Plek(wijk, "Ongeldig"), geval))).AssertProblemAsync(400);

        AssertVeld(problem, geval, veld);
        Assert.Equal(0, (await ReadAsync(beheer, $"{Url}?wijkId={wijk}"))["totalCount"]!.GetValue<int>());
    }

    [Theory]
    [MemberData(nameof(OngeldigeGegevens))]
    public async Task Changing_with_bad_data_is_a_400_that_changes_nothing(string geval, string veld)
    {
        var beheer = await BeheerAsync();
        var voor = await ReadAsync(beheer, $"{Url}/{fixture.Boei}");
        var body = Plek(fixture.Wijken[0], "Overgenomen");
        body.Remove("wijkId");

        var problem = await (await beheer.PutJsonAsync($"{Url}/{fixture.Boei}", Ongeldig(body, geval))).AssertProblemAsync(400);

        AssertVeld(problem, geval, veld);
        Assert.Equal(voor.ToJsonString(), (await ReadAsync(beheer, $"{Url}/{fixture.Boei}")).ToJsonString());
    }

    [Fact]
    public async Task A_place_is_added_to_a_wijk_of_the_gemeente_only()
    {
        var beheer = await BeheerAsync();

        await (await beheer.PostJsonAsync(Url, Plek(fixture.WijkVanAaEnHunze, "Dorpshuis"))).AssertProblemAsync(404);
        await (await beheer.PostJsonAsync(Url, Plek(Guid.NewGuid(), "Nergens"))).AssertProblemAsync(404);

        Assert.Equal(0, (await ReadAsync(await fixture.AuthenticatedAsync(ApiFactory.AaEnHunzeBeheerClient, "aa-en-hunze"), Url))["totalCount"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    public async Task Another_gemeente_cannot_read_or_change_amsterdams_places(string method)
    {
        var beheer = await BeheerAsync();
        var anderen = await fixture.AuthenticatedAsync(ApiFactory.AaEnHunzeBeheerClient, "aa-en-hunze");
        var voor = await ReadAsync(beheer, $"{Url}/{fixture.Boei}");
        var body = Plek(fixture.WijkVanAaEnHunze, "Overgenomen");
        body.Remove("wijkId");

        using var request = new HttpRequestMessage(new HttpMethod(method), $"{Url}/{fixture.Boei}");
        if (method == "PUT")
            request.Content = JsonContent.Create(body);
        var problem = await (await anderen.SendAsync(request)).AssertProblemAsync(404);

        Assert.DoesNotContain("Boei", problem.ToJsonString());
        Assert.Equal(voor.ToJsonString(), (await ReadAsync(beheer, $"{Url}/{fixture.Boei}")).ToJsonString());
        Assert.DoesNotContain(fixture.Boei.ToString(), (await ReadAsync(anderen, $"{Url}?pageSize=100")).ToJsonString());
    }

    private Task<HttpClient> BeheerAsync() => fixture.AuthenticatedAsync(ApiFactory.AmsterdamBeheerClient, "amsterdam");

    private static async Task<JsonNode> CreateAsync(HttpClient client, JsonObject body)
    {
        using var response = await client.PostJsonAsync(Url, body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var plek = await response.ReadJsonAsync();
        Assert.EndsWith($"/publieke-plekken/{plek["id"]}", response.Headers.Location!.ToString());
        return plek;
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

    private static readonly JsonObject Javaplein = new() { ["breedtegraad"] = 52.3631, ["lengtegraad"] = 4.9402 };

    private static JsonObject Plek(Guid wijk, string naam, JsonObject? locatie = null, string? adres = null) => new()
    {
        ["wijkId"] = wijk, ["naam"] = naam, ["soort"] = "buurthuis",
        ["locatie"] = locatie?.DeepClone() ?? (adres is null ? Javaplein.DeepClone() : null), ["adres"] = adres,
        ["eigenaar"] = "woningcorporatie", ["beheerdDoor"] = "Stichting De Boei", ["avondsOpen"] = true, ["vergadercapaciteit"] = 40,
        ["huurregime"] = "sociaal", ["status"] = "actief", ["toelichting"] = null,
    };

    private static JsonObject Ongeldig(JsonObject body, string geval)
    {
        switch (geval)
        {
            case "coordinates in Paris": body["locatie"] = new JsonObject { ["breedtegraad"] = 48.8566, ["lengtegraad"] = 2.3522 }; break;
            case "latitude and longitude swapped": body["locatie"] = new JsonObject { ["breedtegraad"] = 4.9402, ["lengtegraad"] = 52.3631 }; break;
            case "neither location nor address": body["locatie"] = null; body["adres"] = null; break;
            case "a blank address and no location": body["locatie"] = null; body["adres"] = "   "; break;
            case "a negative capacity": body["vergadercapaciteit"] = -1; break;
            case "an unknown kind of place": body["soort"] = "kasteel"; break;
            case "a control character in the name": body["naam"] = "Buurthuis\u0000"; break;
            case "no name": body["naam"] = " "; break;
            case "a field left out": body.Remove("huurregime"); break;
        }
        return body;
    }

    private static void AssertVeld(JsonNode problem, string geval, string veld)
    {
        if (veld.Length > 0)
            Assert.True(problem["errors"]?.AsObject().Any(e => e.Key.Equals(veld, StringComparison.OrdinalIgnoreCase)) == true,
                $"{geval}: expected an error for '{veld}', got {problem}");
    }
}
