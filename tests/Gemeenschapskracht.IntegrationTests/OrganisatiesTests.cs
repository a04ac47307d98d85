using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Domain.Regels;
using Gemeenschapskracht.Infrastructure.Persistence;
using Gemeenschapskracht.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gemeenschapskracht.IntegrationTests;

/// <summary>
/// The register of organisations over HTTP with real tokens: kept by the gemeente, read by its members, changed by a
/// bewonersorganisatie for its own organisation only; bad input is a problem+json 400 that changes nothing; another
/// gemeente sees nothing. Organisations A and B are created by the fixture and only changed where a test restores
/// nothing it relies on; the other tests register organisations of their own.
/// </summary>
public sealed class OrganisatiesTests(OrganisatiesTests.Fixture fixture) : IClassFixture<OrganisatiesTests.Fixture>
{
    private const string Url = "/api/v1/organisaties";
    private const string AmsterdamBewoners = "amsterdam-bewoners";
    private const string AmsterdamBewonersVanA = "amsterdam-bewoners-a";

    public sealed class Fixture : ApiFactory, IAsyncLifetime
    {
        /// <summary>Amsterdam's wijken, of which each test that filters on a wijk uses its own.</summary>
        public IReadOnlyList<Guid> Wijken { get; private set; } = [];

        /// <summary>The area of the gemeente Amsterdam itself: an area, but no wijk.</summary>
        public Guid GemeenteGebied { get; private set; }

        public Guid WijkVanAaEnHunze { get; private set; }

        /// <summary>The publieke waarden of Amsterdam's (concept) beleidskader.</summary>
        public JsonArray Waarden { get; private set; } = null!;

        public Guid A { get; private set; }

        public Guid B { get; private set; }

        /// <summary>
        /// The same API on the same database, with one more machine client: a bewonersorganisatie acting for
        /// organisation A. Its id is known only once A is registered, so this host starts after that.
        /// </summary>
        public WebApplicationFactory<Program> MetClientVanA { get; private set; } = null!;

        protected override IEnumerable<KeyValuePair<string, string>> ExtraSettings
        {
            get
            {
                var settings = new Dictionary<string, string>();
                AddClient(settings, FirstFreeClientIndex, AmsterdamBewoners, "amsterdam", "bewonersorganisatie");
                return settings;
            }
        }

        public async Task InitializeAsync()
        {
            var platform = await this.AuthenticatedAsync(PlatformClient);
            await Provisioning.CreateAndWaitAsync(platform, "amsterdam", "Amsterdam", "GM0363");
            await Provisioning.CreateAndWaitAsync(platform, "aa-en-hunze", "Aa en Hunze", "GM1680");
            var amsterdam = this.ForTenant("amsterdam");
            Wijken = (await (await amsterdam.GetAsync("/api/v1/gebieden?soort=wijk&pageSize=10")).ReadJsonAsync())["items"]!.AsArray()
                .Select(w => w!["id"]!.GetValue<Guid>()).ToList();
            GemeenteGebied = (await (await amsterdam.GetAsync("/api/v1/gebieden?soort=gemeente")).ReadJsonAsync())["items"]![0]!["id"]!.GetValue<Guid>();
            WijkVanAaEnHunze = (await (await this.ForTenant("aa-en-hunze").GetAsync("/api/v1/gebieden?soort=wijk&pageSize=1")).ReadJsonAsync())["items"]![0]!["id"]!.GetValue<Guid>();

            var beheer = await this.AuthenticatedAsync(AmsterdamBeheerClient, "amsterdam");
            using (var kader = await beheer.PostJsonAsync("/api/v1/beleidskaders", new { titel = "Sociale basis Amsterdam" }))
                Waarden = (await kader.ReadJsonAsync())["inhoud"]!["publiekeWaarden"]!.AsArray();
            A = (await CreateAsync(beheer, Nieuw("Bewonersraad Noord", wijken: [Wijken[0]])))["id"]!.GetValue<Guid>();
            B = (await CreateAsync(beheer, Nieuw("Buurtvereniging Oost", wijken: [Wijken[1]])))["id"]!.GetValue<Guid>();

            var clientVanA = new Dictionary<string, string>();
            AddClient(clientVanA, FirstFreeClientIndex + 1, AmsterdamBewonersVanA, "amsterdam", "bewonersorganisatie", A);
            MetClientVanA = WithWebHostBuilder(builder =>
            {
                foreach (var (key, value) in clientVanA)
                    builder.UseSetting(key, value);
            });
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task An_organisation_is_registered_read_and_changed()
    {
        var beheer = await BeheerAsync();
        var waarde = fixture.Waarden[0]!;
        var body = Nieuw("Stichting Buurtkracht", soort: "welzijnsorganisatie", rechtsvorm: "stichting", kvknummer: " 12345678 ",
            wijken: [fixture.Wijken[2], fixture.Wijken[2]], waarden: [waarde["id"]!.GetValue<Guid>()]);
        body["email"] = "info@buurtkracht.example.nl";
        body["website"] = "https://buurtkracht.example.nl";

        var created = await CreateAsync(beheer, body);
        var id = created["id"]!.GetValue<Guid>();

        var organisatie = await ReadAsync(beheer, $"{Url}/{id}");
        Assert.Equal("Stichting Buurtkracht", organisatie["naam"]!.GetValue<string>());
        Assert.Equal("12345678", organisatie["kvknummer"]!.GetValue<string>());
        Assert.Equal("actief", organisatie["status"]!.GetValue<string>());
        Assert.Equal(fixture.Wijken[2], Assert.Single(organisatie["wijken"]!.AsArray())!["id"]!.GetValue<Guid>());
        var thema = Assert.Single(organisatie["publiekeWaarden"]!.AsArray())!;
        Assert.Equal(waarde["naam"]!.GetValue<string>(), thema["naam"]!.GetValue<string>());
        Assert.Equal("info@buurtkracht.example.nl", organisatie["contact"]!["email"]!.GetValue<string>());

        var wijziging = Gegevens(organisatie);
        wijziging["omschrijving"] = "Welzijn in Noord en Oost";
        wijziging["wijkIds"] = new JsonArray(fixture.Wijken[2], fixture.Wijken[3]);
        wijziging["email"] = "contact@buurtkracht.example.nl";
        var gewijzigd = await ReadAsync(await beheer.PutJsonAsync($"{Url}/{id}", wijziging));

        Assert.Equal("Welzijn in Noord en Oost", gewijzigd["omschrijving"]!.GetValue<string>());
        Assert.Equal(2, gewijzigd["wijken"]!.AsArray().Count);
        Assert.Equal("contact@buurtkracht.example.nl", (await ReadAsync(beheer, $"{Url}/{id}"))["contact"]!["email"]!.GetValue<string>());
    }

    [Fact]
    public async Task Registering_and_changing_an_organisation_is_audited()
    {
        var beheer = await BeheerAsync();
        var organisatie = await CreateAsync(beheer, Nieuw("Speeltuin De Wip"));
        var id = organisatie["id"]!.GetValue<Guid>();
        var wijziging = Gegevens(organisatie);
        wijziging["omschrijving"] = "Speeltuin met moestuin";
        wijziging["email"] = "wip@speeltuin.example.nl";
        await ReadAsync(await beheer.PutJsonAsync($"{Url}/{id}", wijziging));

        await using var scope = fixture.Services.CreateAsyncScope();
        var catalog = scope.ServiceProvider.GetRequiredService<TenantCatalogDbContext>();
        var amsterdam = await catalog.Tenants.SingleAsync(t => t.Identifier == "amsterdam");
        var records = await catalog.AuditRecords.IgnoreQueryFilters([QueryFilters.Tenant])
            .Where(a => a.ObjectType == "Organisatie" && a.ObjectId == id.ToString()).ToListAsync();

        Assert.All(records, r => Assert.Equal(amsterdam.Id, r.TenantId));
        Assert.Contains(records, r => r.Action == "aangemaakt" && r.Actor == ApiFactory.AmsterdamBeheerClient && r.Changes!.Contains("Speeltuin De Wip"));
        Assert.Contains(records, r => r.Action == "gewijzigd" && r.Actor == ApiFactory.AmsterdamBeheerClient && r.Changes!.Contains("Speeltuin met moestuin") && r.Changes.Contains("wip@speeltuin.example.nl"));
    }

    [Fact]
    public async Task The_register_is_filtered_on_soort_wijk_and_name_and_paged()
    {
        var beheer = await BeheerAsync();
        var wijk = fixture.Wijken[4];
        await CreateAsync(beheer, Nieuw("Filtertest Alfa", wijken: [wijk]));
        await CreateAsync(beheer, Nieuw("Filtertest Beta", soort: "school", wijken: [wijk]));
        await CreateAsync(beheer, Nieuw("Filtertest Gamma"));
        var lid = await fixture.AuthenticatedAsync(AmsterdamBewoners, "amsterdam");

        Assert.Equal(["Filtertest Alfa", "Filtertest Beta", "Filtertest Gamma"], await NamenAsync(lid, "zoek=FILTERTEST"));
        Assert.Equal(["Filtertest Alfa", "Filtertest Gamma"], await NamenAsync(lid, "zoek=filtertest&soort=Bewonersorganisatie"));
        Assert.Equal(["Filtertest Alfa", "Filtertest Beta"], await NamenAsync(lid, $"wijkId={wijk}"));
        Assert.Equal(["Filtertest Beta"], await NamenAsync(lid, $"wijkId={wijk}&soort=school"));

        var pagina = await ReadAsync(lid, $"{Url}?zoek=filtertest&pageSize=2&page=2");
        Assert.Equal(3, pagina["totalCount"]!.GetValue<int>());
        Assert.Equal(2, pagina["totalPages"]!.GetValue<int>());
        var gamma = Assert.Single(pagina["items"]!.AsArray())!;
        Assert.Equal("Filtertest Gamma", gamma["naam"]!.GetValue<string>());
        Assert.Equal(0, gamma["aantalWijken"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("soort=kasteel", "soort")]
    [InlineData("soort=0", "soort")]
    [InlineData("zoek=%07bel", "zoek")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("wijkId=geen-guid", "")]
    public async Task A_bad_filter_is_a_400(string query, string veld)
    {
        var beheer = await BeheerAsync();

        var problem = await (await beheer.GetAsync($"{Url}?{query}")).AssertProblemAsync(400);

        if (veld.Length > 0)
            Assert.NotNull(problem["errors"]![veld]);
    }

    public static TheoryData<string, string> OngeldigeGegevens => new()
    {
        { "a kvk number of seven digits", "kvknummer" },
        { "a kvk number with a letter", "kvknummer" },
        { "an informal group with a kvk number", "" },
        { "a stichting without kvk number", "" },
        { "a wijk of another gemeente", "" },
        { "the gemeente as wijk", "" },
        { "an unknown wijk", "" },
        { "a publieke waarde not in the kader", "" },
        { "a bad e-mail address", "email" },
        { "a website without scheme", "website" },
        { "a script as website", "website" },
        { "letters in the phone number", "telefoon" },
        { "a control character in the name", "naam" },
        { "an unknown soort", "soort" },
        { "a null wijk", "wijkIds" },
        { "no wijken at all", "wijkIds" },
        { "a field left out", "publiekeWaardeIds" },
    };

    [Theory]
    [MemberData(nameof(OngeldigeGegevens))]
    public async Task Registering_with_bad_data_is_a_400_that_registers_nothing(string geval, string veld)
    {
        var beheer = await BeheerAsync();
        var voor = await AantalAsync(beheer);

        var problem = await (await beheer.PostJsonAsync(Url, Ongeldig(Nieuw("Ongeldig"), geval))).AssertProblemAsync(400);

        AssertVeld(problem, geval, veld);
        Assert.Equal(voor, await AantalAsync(beheer));
    }

    [Theory]
    [MemberData(nameof(OngeldigeGegevens))]
    public async Task Changing_with_bad_data_is_a_400_that_changes_nothing(string geval, string veld)
    {
        var beheer = await BeheerAsync();
        var voor = await ReadAsync(beheer, $"{Url}/{fixture.B}");

        var problem = await (await beheer.PutJsonAsync($"{Url}/{fixture.B}", Ongeldig(Gegevens(voor), geval))).AssertProblemAsync(400);

        AssertVeld(problem, geval, veld);
        Assert.Equal(voor.ToJsonString(), (await ReadAsync(beheer, $"{Url}/{fixture.B}")).ToJsonString());
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.G7)]
    public async Task A_stopped_organisation_is_kept_and_cannot_be_changed()
    {
        var beheer = await BeheerAsync();
        var organisatie = await CreateAsync(beheer, Nieuw("Repair Café West", wijken: [fixture.Wijken[5]]));
        var id = organisatie["id"]!.GetValue<Guid>();

        var gestopt = await ReadAsync(await beheer.PostAsync($"{Url}/{id}/beeindigingen", null));
        Assert.Equal("gestopt", gestopt["status"]!.GetValue<string>());

        var bewaard = await ReadAsync(beheer, $"{Url}/{id}");
        Assert.Equal("Repair Café West", bewaard["naam"]!.GetValue<string>());
        Assert.Equal(fixture.Wijken[5], bewaard["wijken"]![0]!["id"]!.GetValue<Guid>());
        Assert.Equal("gestopt", Assert.Single((await ReadAsync(beheer, $"{Url}?wijkId={fixture.Wijken[5]}"))["items"]!.AsArray())!["status"]!.GetValue<string>());
        var wijziging = Gegevens(bewaard);
        wijziging["naam"] = "Repair Café West 2.0";
        var problem = await (await beheer.PutJsonAsync($"{Url}/{id}", wijziging)).AssertProblemAsync(400);
        Assert.Contains("gestopt", problem["detail"]!.GetValue<string>());
        await (await beheer.PostAsync($"{Url}/{id}/beeindigingen", null)).AssertProblemAsync(400);
        Assert.Equal(bewaard.ToJsonString(), (await ReadAsync(beheer, $"{Url}/{id}")).ToJsonString());
    }

    public static TheoryData<string, string> Verzoeken => new()
    {
        { "GET", "" },
        { "PUT", "" },
        { "POST", "/beeindigingen" },
    };

    [Theory]
    [MemberData(nameof(Verzoeken))]
    public async Task Another_gemeente_cannot_read_or_change_amsterdams_organisations(string method, string pad)
    {
        var beheer = await BeheerAsync();
        var anderen = await fixture.AuthenticatedAsync(ApiFactory.AaEnHunzeBeheerClient, "aa-en-hunze");
        var a = await ReadAsync(beheer, $"{Url}/{fixture.A}");

        using var request = new HttpRequestMessage(new HttpMethod(method), $"{Url}/{fixture.A}{pad}");
        if (method == "PUT")
            request.Content = System.Net.Http.Json.JsonContent.Create(Gegevens(a, naam: "Overgenomen"));
        var problem = await (await anderen.SendAsync(request)).AssertProblemAsync(404);

        Assert.DoesNotContain("Bewonersraad Noord", problem.ToJsonString());
        Assert.Equal(a.ToJsonString(), (await ReadAsync(beheer, $"{Url}/{fixture.A}")).ToJsonString());
        Assert.DoesNotContain(fixture.A.ToString(), (await ReadAsync(anderen, $"{Url}?pageSize=100")).ToJsonString());
    }

    [Fact]
    public async Task A_bewonersorganisatie_member_changes_its_own_organisation_and_no_other()
    {
        var lidVanA = await ClientVanAAsync();
        var beheer = await BeheerAsync();
        var a = await ReadAsync(beheer, $"{Url}/{fixture.A}");
        var b = await ReadAsync(beheer, $"{Url}/{fixture.B}");

        var eigen = Gegevens(a);
        eigen["omschrijving"] = "Wij zijn de bewoners van Noord.";
        var gewijzigd = await ReadAsync(await lidVanA.PutJsonAsync($"{Url}/{fixture.A}", eigen));
        Assert.Equal("Wij zijn de bewoners van Noord.", gewijzigd["omschrijving"]!.GetValue<string>());

        await (await lidVanA.PutJsonAsync($"{Url}/{fixture.B}", Gegevens(b, naam: "Overgenomen door A"))).AssertProblemAsync(403);
        Assert.Equal(b.ToJsonString(), (await ReadAsync(beheer, $"{Url}/{fixture.B}")).ToJsonString());
        await (await lidVanA.PostAsync($"{Url}/{fixture.A}/beeindigingen", null)).AssertProblemAsync(403);
        Assert.Equal("actief", (await ReadAsync(beheer, $"{Url}/{fixture.A}"))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_bewonersorganisatie_member_without_an_organisation_changes_none()
    {
        var lid = await fixture.AuthenticatedAsync(AmsterdamBewoners, "amsterdam");
        var beheer = await BeheerAsync();

        foreach (var id in new[] { fixture.A, fixture.B })
        {
            var voor = await ReadAsync(beheer, $"{Url}/{id}");
            await (await lid.PutJsonAsync($"{Url}/{id}", Gegevens(voor, naam: "Overgenomen"))).AssertProblemAsync(403);
            Assert.Equal(voor.ToJsonString(), (await ReadAsync(beheer, $"{Url}/{id}")).ToJsonString());
        }
    }

    private Task<HttpClient> BeheerAsync() => fixture.AuthenticatedAsync(ApiFactory.AmsterdamBeheerClient, "amsterdam");

    private async Task<HttpClient> ClientVanAAsync()
    {
        var client = fixture.MetClientVanA.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await client.GetTokenAsync(AmsterdamBewonersVanA));
        client.DefaultRequestHeaders.Add("Gemeente", "amsterdam");
        return client;
    }

    private static async Task<JsonNode> CreateAsync(HttpClient client, JsonObject body)
    {
        using var response = await client.PostJsonAsync(Url, body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var organisatie = await response.ReadJsonAsync();
        Assert.EndsWith($"/organisaties/{organisatie["id"]}", response.Headers.Location!.ToString());
        return organisatie;
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

    private static async Task<List<string>> NamenAsync(HttpClient client, string query) =>
        (await ReadAsync(client, $"{Url}?{query}&pageSize=100"))["items"]!.AsArray().Select(o => o!["naam"]!.GetValue<string>()).ToList();

    private static async Task<int> AantalAsync(HttpClient client) => (await ReadAsync(client, Url))["totalCount"]!.GetValue<int>();

    private static JsonObject Nieuw(string naam, string soort = "bewonersorganisatie", string rechtsvorm = "vereniging", string? kvknummer = null,
        IReadOnlyList<Guid>? wijken = null, IReadOnlyList<Guid>? waarden = null) => new()
    {
        ["naam"] = naam, ["soort"] = soort, ["rechtsvorm"] = rechtsvorm, ["kvknummer"] = kvknummer, ["omschrijving"] = null,
        ["wijkIds"] = new JsonArray([.. (wijken ?? []).Select(id => JsonValue.Create(id))]),
        ["publiekeWaardeIds"] = new JsonArray([.. (waarden ?? []).Select(id => JsonValue.Create(id))]),
        ["contactpersoon"] = null, ["email"] = null, ["telefoon"] = null, ["website"] = null,
    };

    /// <summary>The body of a PUT that keeps everything of <paramref name="organisatie"/> (but, when given, its name).</summary>
    private static JsonObject Gegevens(JsonNode organisatie, string? naam = null) => new()
    {
        ["naam"] = naam ?? organisatie["naam"]!.GetValue<string>(),
        ["soort"] = organisatie["soort"]!.DeepClone(), ["rechtsvorm"] = organisatie["rechtsvorm"]!.DeepClone(),
        ["kvknummer"] = organisatie["kvknummer"]?.DeepClone(), ["omschrijving"] = organisatie["omschrijving"]?.DeepClone(),
        ["wijkIds"] = new JsonArray([.. organisatie["wijken"]!.AsArray().Select(w => w!["id"]!.DeepClone())]),
        ["publiekeWaardeIds"] = new JsonArray([.. organisatie["publiekeWaarden"]!.AsArray().Select(w => w!["id"]!.DeepClone())]),
        ["contactpersoon"] = organisatie["contact"]!["contactpersoon"]?.DeepClone(), ["email"] = organisatie["contact"]!["email"]?.DeepClone(),
        ["telefoon"] = organisatie["contact"]!["telefoon"]?.DeepClone(), ["website"] = organisatie["contact"]!["website"]?.DeepClone(),
    };

    private JsonObject Ongeldig(JsonObject body, string geval)
    {
        switch (geval)
        {
            case "a kvk number of seven digits": body["rechtsvorm"] = "stichting"; body["kvknummer"] = "1234567"; break;
            case "a kvk number with a letter": body["rechtsvorm"] = "stichting"; body["kvknummer"] = "1234567a"; break;
            case "an informal group with a kvk number": body["rechtsvorm"] = "informeel"; body["kvknummer"] = "12345678"; break;
            case "a stichting without kvk number": body["rechtsvorm"] = "stichting"; body["kvknummer"] = null; break;
            case "a wijk of another gemeente": body["wijkIds"] = new JsonArray(fixture.WijkVanAaEnHunze); break;
            case "the gemeente as wijk": body["wijkIds"] = new JsonArray(fixture.GemeenteGebied); break;
            case "an unknown wijk": body["wijkIds"] = new JsonArray(Guid.NewGuid()); break;
            case "a publieke waarde not in the kader": body["publiekeWaardeIds"] = new JsonArray(Guid.NewGuid()); break;
            case "a bad e-mail address": body["email"] = "geen-adres"; break;
            case "a website without scheme": body["website"] = "www.buurt.example.nl"; break;
            case "a script as website": body["website"] = "javascript:alert(1)"; break;
            case "letters in the phone number": body["telefoon"] = "06-BUURTHUIS"; break;
            case "a control character in the name": body["naam"] = "Buurthuis\u0000"; break;
            case "an unknown soort": body["soort"] = "kasteel"; break;
            case "a null wijk": body["wijkIds"] = new JsonArray(null, fixture.Wijken[0]); break;
            case "no wijken at all": body["wijkIds"] = null; break;
            case "a field left out": body.Remove("publiekeWaardeIds"); break;
        }
        return body;
    }

    private static void AssertVeld(JsonNode problem, string geval, string veld)
    {
        if (veld.Length > 0)
            Assert.True(problem["errors"]?.AsObject().Any(e => e.Key == veld || e.Key.StartsWith(veld + "[", StringComparison.Ordinal)) == true,
                $"{geval}: expected an error for '{veld}', got {problem}");
    }
}
