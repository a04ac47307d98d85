using System.Net;
using System.Text.Json.Nodes;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Regels;
using Gemeenschapskracht.IntegrationTests.Infrastructure;

namespace Gemeenschapskracht.IntegrationTests;

/// <summary>
/// Route step 4 over HTTP with real tokens: the methodiek allocates its envelope in cents that add up (R4.1), a
/// wijkbudget is granted by the raad (G-2) only above the floor for organisational support (R4.4), its tranches wait
/// for the begroting (Awb 4:34), a cut needs its own raadsbesluit and notice (G-9); bad input changes nothing, and
/// another gemeente sees nothing. Amsterdam has an adopted kader and methodiek from the fixture.
/// </summary>
public sealed class WijkbudgettenTests(WijkbudgettenTests.Fixture fixture) : IClassFixture<WijkbudgettenTests.Fixture>
{
    private const string AmsterdamBeleid = "amsterdam-beleid";
    private const string AmsterdamGriffie = "amsterdam-griffie";
    private static readonly int Volgend = Kalender.Dag(DateTimeOffset.UtcNow).Year + 1;

    public sealed class Fixture : ApiFactory, IAsyncLifetime
    {
        public Guid Methodiek { get; private set; }

        public JsonNode Kader { get; private set; } = null!;

        /// <summary>The first ten wijken of Amsterdam.</summary>
        public IReadOnlyList<Guid> Wijken { get; private set; } = [];

        public int AantalWijken { get; private set; }

        protected override IEnumerable<KeyValuePair<string, string>> ExtraSettings
        {
            get
            {
                var settings = new Dictionary<string, string>();
                AddClient(settings, FirstFreeClientIndex, AmsterdamBeleid, "amsterdam", "beleidsmedewerker");
                AddClient(settings, FirstFreeClientIndex + 1, AmsterdamGriffie, "amsterdam", "griffie");
                return settings;
            }
        }

        public async Task InitializeAsync()
        {
            var platform = await this.AuthenticatedAsync(PlatformClient);
            await Provisioning.CreateAndWaitAsync(platform, "amsterdam", "Amsterdam", "GM0363");
            await Provisioning.CreateAndWaitAsync(platform, "aa-en-hunze", "Aa en Hunze", "GM1680");
            var beleid = await this.AuthenticatedAsync(AmsterdamBeleid, "amsterdam");
            var griffie = await this.AuthenticatedAsync(AmsterdamGriffie, "amsterdam");
            Kader = await GeldendKader.StelVastAsync(beleid, griffie, 2_000_000_00);
            var methodiek = await LeesAsync(await beleid.PostJsonAsync("/api/v1/budgetmethodieken", Methodiek_(Kader, 1_000_000_00, 40, 60)), HttpStatusCode.Created);
            Methodiek = methodiek["id"]!.GetValue<Guid>();
            await LeesAsync(await griffie.PostJsonAsync($"/api/v1/budgetmethodieken/{Methodiek}/vaststellingen", Besluit("RB-WB-1")));
            var wijken = await LeesAsync(await this.ForTenant("amsterdam").GetAsync("/api/v1/gebieden?soort=wijk&pageSize=10"));
            Wijken = wijken["items"]!.AsArray().Select(w => w!["id"]!.GetValue<Guid>()).ToList();
            AantalWijken = wijken["totalCount"]!.GetValue<int>();
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task The_allocation_adds_up_to_the_envelope_in_cents_and_shows_each_line()
    {
        var toedeling = await LeesAsync(await fixture.ForTenant("amsterdam").GetAsync($"/api/v1/budgetmethodieken/{fixture.Methodiek}/toedeling"));

        Assert.True(toedeling["berekend"]!.GetValue<bool>(), toedeling.ToJsonString());
        var wijken = toedeling["wijken"]!.AsArray();
        Assert.Equal(fixture.AantalWijken, wijken.Count);
        Assert.Equal(1_000_000_00, wijken.Sum(w => w!["totaalEurocent"]!.GetValue<long>()));
        Assert.All(wijken, w => Assert.Equal(w!["totaalEurocent"]!.GetValue<long>(), w["regels"]!.AsArray().Sum(r => r!["bedragEurocent"]!.GetValue<long>())));
        Assert.Equal([40_000_000L, 60_000_000L], toedeling["criteria"]!.AsArray().Select(c => c!["bedragEurocent"]!.GetValue<long>()));
        Assert.Contains("grootste restanten", toedeling["afronding"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_ontwerp_is_not_public_and_bad_input_is_a_problem_that_changes_nothing()
    {
        var beleid = await fixture.AuthenticatedAsync(AmsterdamBeleid, "amsterdam");
        var ontwerp = await LeesAsync(await beleid.PostJsonAsync("/api/v1/budgetmethodieken", Methodiek_(fixture.Kader, 500_000_00, 50, 50)), HttpStatusCode.Created);
        var id = ontwerp["id"]!.GetValue<Guid>();
        ontwerp = await LeesAsync(await beleid.GetAsync($"/api/v1/budgetmethodieken/{id}"));
        await (await fixture.ForTenant("amsterdam").GetAsync($"/api/v1/budgetmethodieken/{id}")).AssertProblemAsync(404);
        await (await beleid.PostJsonAsync("/api/v1/budgetmethodieken", Methodiek_(fixture.Kader, 500_000_00, 50, 50))).AssertProblemAsync(409);

        var optelling = await (await beleid.PutJsonAsync($"/api/v1/budgetmethodieken/{id}", Methodiek_(fixture.Kader, 500_000_00, 50, 40))).AssertProblemAsync(400);
        Assert.Contains("100 %", optelling["detail"]!.GetValue<string>());
        var decimalen = await (await beleid.PutJsonAsync($"/api/v1/budgetmethodieken/{id}", Methodiek_(fixture.Kader, 500_000_00, 50.125m, 49.875m))).AssertProblemAsync(400);
        Assert.Contains("twee decimalen", decimalen.ToJsonString());
        var teVeel = await (await beleid.PutJsonAsync($"/api/v1/budgetmethodieken/{id}", Methodiek_(fixture.Kader, 3_000_000_00, 50, 50))).AssertProblemAsync(400);
        Assert.Contains("Welzijn", teVeel["detail"]!.GetValue<string>());
        await (await beleid.PutJsonAsync($"/api/v1/budgetmethodieken/{id}", new { titel = "Zonder inhoud" })).AssertProblemAsync(400);

        var gelezen = await LeesAsync(await beleid.GetAsync($"/api/v1/budgetmethodieken/{id}"));
        Assert.Equal(ontwerp["gewijzigdOp"]!.ToJsonString(), gelezen["gewijzigdOp"]!.ToJsonString());
        Assert.Equal(500_000_00, gelezen["envelopPerJaarEurocent"]!.GetValue<long>());
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Awb4_34)]
    [Trait("Regel", Regelcatalogus.G9)]
    public async Task A_wijkbudget_is_granted_above_the_floor_released_with_the_begroting_and_never_cut_silently()
    {
        var beleid = await fixture.AuthenticatedAsync(AmsterdamBeleid, "amsterdam");
        var griffie = await fixture.AuthenticatedAsync(AmsterdamGriffie, "amsterdam");
        var publiek = fixture.ForTenant("amsterdam");
        var wijk = fixture.Wijken[0];

        var voorstel = await LeesAsync(await beleid.PostJsonAsync("/api/v1/wijkbudgetten", Budget(wijk, Volgend, ondersteuning: 20_000_00, activiteiten: 80_000_00)), HttpStatusCode.Created);
        var id = voorstel["id"]!.GetValue<Guid>();
        Assert.Equal("voorgesteld", voorstel["status"]!.GetValue<string>());
        Assert.Equal(4 * 100_000_00, voorstel["totaalEurocent"]!.GetValue<long>());
        Assert.Equal(4, voorstel["jarenOnderVloer"]!.AsArray().Count);
        await (await publiek.GetAsync($"/api/v1/wijkbudgetten/{id}")).AssertProblemAsync(404);
        await (await beleid.PostJsonAsync("/api/v1/wijkbudgetten", Budget(wijk, Volgend + 2, 40_000_00, 60_000_00))).AssertProblemAsync(409);

        // R4.4: below the floor the raad cannot grant it.
        var vloer = await (await griffie.PostJsonAsync($"/api/v1/wijkbudgetten/{id}/toekenningen", Besluit("RB-WB-2"))).AssertProblemAsync(400);
        Assert.Contains("R4.4", vloer["detail"]!.GetValue<string>());
        var regels = Budget(wijk, Volgend, 40_000_00, 60_000_00);
        await LeesAsync(await beleid.PutJsonAsync($"/api/v1/wijkbudgetten/{id}", new { regels = regels["regels"], bronnen = regels["bronnen"] }));
        var toegekend = await LeesAsync(await griffie.PostJsonAsync($"/api/v1/wijkbudgetten/{id}/toekenningen", Besluit("RB-WB-2")));
        Assert.Equal("toegekend", toegekend["status"]!.GetValue<string>());
        Assert.All(toegekend["tranches"]!.AsArray(), t => Assert.Equal("voorbehouden", t!["status"]!.GetValue<string>()));
        Assert.Equal("toegekend", (await LeesAsync(await publiek.GetAsync($"/api/v1/wijkbudgetten/{id}")))["status"]!.GetValue<string>());

        // Awb 4:34: the begroting of the first year lifts its begrotingsvoorbehoud.
        await LeesAsync(await griffie.PostJsonAsync("/api/v1/begrotingsbesluiten", new { jaar = Volgend, datum = Vandaag(), kenmerk = "RB-BEGR", documentUrl = (string?)null }), HttpStatusCode.Created);
        await (await griffie.PostJsonAsync("/api/v1/begrotingsbesluiten", new { jaar = Volgend, datum = Vandaag(), kenmerk = "RB-BEGR-2", documentUrl = (string?)null })).AssertProblemAsync(409);
        var lopend = await LeesAsync(await publiek.GetAsync($"/api/v1/wijkbudgetten/{id}"));
        Assert.Equal("lopend", lopend["status"]!.GetValue<string>());
        Assert.Equal(["vrijgegeven", "voorbehouden", "voorbehouden", "voorbehouden"], lopend["tranches"]!.AsArray().Select(t => t!["status"]!.GetValue<string>()));

        // G-9: a cut needs the raad, from the griffie, and cannot touch a released tranche.
        var minder = Aanpassing(Budget(wijk, Volgend, 40_000_00, 60_000_00, lopend, jaar => jaar == Volgend + 1 ? 30_000_00 : 60_000_00), null);
        var stil = await (await beleid.PostJsonAsync($"/api/v1/wijkbudgetten/{id}/aanpassingen", minder)).AssertProblemAsync(400);
        Assert.Contains("G-9", stil["detail"]!.GetValue<string>());
        var metBesluit = Aanpassing(Budget(wijk, Volgend, 40_000_00, 60_000_00, lopend, jaar => jaar == Volgend + 1 ? 30_000_00 : 60_000_00), Besluit("RB-WB-3"));
        await (await beleid.PostJsonAsync($"/api/v1/wijkbudgetten/{id}/aanpassingen", metBesluit)).AssertProblemAsync(403);
        var vrijgegeven = Aanpassing(Budget(wijk, Volgend, 40_000_00, 60_000_00, lopend, jaar => jaar == Volgend ? 30_000_00 : 60_000_00), Besluit("RB-WB-3"));
        await (await griffie.PostJsonAsync($"/api/v1/wijkbudgetten/{id}/aanpassingen", vrijgegeven)).AssertProblemAsync(400);
        Assert.Equal(lopend.ToJsonString(), (await LeesAsync(await publiek.GetAsync($"/api/v1/wijkbudgetten/{id}"))).ToJsonString());

        var aangepast = await LeesAsync(await griffie.PostJsonAsync($"/api/v1/wijkbudgetten/{id}/aanpassingen", metBesluit));
        var wijziging = Assert.Single(aangepast["wijzigingen"]!.AsArray())!;
        var verschil = Assert.Single(wijziging["verschillen"]!.AsArray())!;
        Assert.Equal(Volgend + 1, verschil["jaar"]!.GetValue<int>());
        Assert.Equal(100_000_00, verschil["oudEurocent"]!.GetValue<long>());
        Assert.Equal(70_000_00, verschil["nieuwEurocent"]!.GetValue<long>());
        Assert.Equal("RB-WB-3", wijziging["raadsbesluit"]!["kenmerk"]!.GetValue<string>());
    }

    [Fact]
    public async Task Another_gemeente_cannot_read_or_change_amsterdams_budgets()
    {
        var beleid = await fixture.AuthenticatedAsync(AmsterdamBeleid, "amsterdam");
        var anderen = await fixture.AuthenticatedAsync(ApiFactory.AaEnHunzeBeheerClient, "aa-en-hunze");
        var budget = await LeesAsync(await beleid.PostJsonAsync("/api/v1/wijkbudgetten", Budget(fixture.Wijken[1], Volgend + 1, 40_000_00, 60_000_00)), HttpStatusCode.Created);
        var id = budget["id"]!.GetValue<Guid>();
        budget = await LeesAsync(await beleid.GetAsync($"/api/v1/wijkbudgetten/{id}"));

        await (await anderen.GetAsync($"/api/v1/wijkbudgetten/{id}")).AssertProblemAsync(404);
        await (await anderen.PutJsonAsync($"/api/v1/wijkbudgetten/{id}", new { regels = budget["regels"], bronnen = budget["bronnen"] })).AssertProblemAsync(404);
        await (await anderen.PostJsonAsync($"/api/v1/wijkbudgetten/{id}/toekenningen", Besluit("RB-X"))).AssertProblemAsync(404);
        await (await anderen.GetAsync($"/api/v1/budgetmethodieken/{fixture.Methodiek}")).AssertProblemAsync(404);
        var toedeling = await (await anderen.GetAsync($"/api/v1/budgetmethodieken/{fixture.Methodiek}/toedeling")).AssertProblemAsync(404);
        Assert.DoesNotContain("Amsterdam", toedeling.ToJsonString());
        Assert.Equal(0, (await LeesAsync(await anderen.GetAsync("/api/v1/wijkbudgetten")))["totalCount"]!.GetValue<int>());
        Assert.Equal(0, (await LeesAsync(await anderen.GetAsync("/api/v1/budgetmethodieken")))["totalCount"]!.GetValue<int>());
        Assert.Equal(budget["gewijzigdOp"]!.ToJsonString(), (await LeesAsync(await beleid.GetAsync($"/api/v1/wijkbudgetten/{id}")))["gewijzigdOp"]!.ToJsonString());
    }

    private static string Vandaag() => Kalender.Dag(DateTimeOffset.UtcNow).ToString("yyyy-MM-dd");

    private static object Besluit(string kenmerk) => new { datum = Vandaag(), kenmerk, documentUrl = (string?)null };

    private static JsonObject Methodiek_(JsonNode kader, long envelop, decimal gelijk, decimal inwoners) => new()
    {
        ["titel"] = "Verdeling wijkbudgetten",
        ["inhoud"] = new JsonObject
        {
            ["envelop"] = new JsonArray(new JsonObject { ["financieringsbronId"] = BronId(kader), ["bedragPerJaarEurocent"] = envelop }),
            ["criteria"] = new JsonArray(
                new JsonObject { ["id"] = null, ["naam"] = "Basisbedrag", ["soort"] = "gelijk", ["maatstaf"] = null, ["gewichtProcent"] = gelijk },
                new JsonObject { ["id"] = null, ["naam"] = "Inwoners", ["soort"] = "aantal", ["maatstaf"] = "AantalInwoners", ["gewichtProcent"] = inwoners }),
            ["ondersteuningsVloerProcent"] = 30, ["opzegtermijnMaanden"] = 6,
        },
    };

    private static Guid BronId(JsonNode kader) => kader["inhoud"]!["financieringsbronnen"]![0]!["id"]!.GetValue<Guid>();

    /// <summary>A four-year budget with a support line and an activities line, each referencing a publieke waarde; line ids kept from <paramref name="bestaand"/>.</summary>
    private JsonObject Budget(Guid wijk, int start, long ondersteuning, long activiteiten, JsonNode? bestaand = null, Func<int, long>? activiteitenIn = null)
    {
        var waarde = fixture.Kader["inhoud"]!["publiekeWaarden"]![0]!["id"]!.GetValue<Guid>();
        JsonArray Jaren(Func<int, long> bedrag) => new([.. Enumerable.Range(start, 4).Select(j => (JsonNode)new JsonObject { ["jaar"] = j, ["bedragEurocent"] = bedrag(j) })]);
        JsonObject Regel(int n, string doel, string categorie, JsonArray bedragen) => new()
        {
            ["id"] = bestaand?["regels"]![n]!["id"]!.DeepClone(), ["doel"] = doel, ["categorie"] = categorie,
            ["ambitieId"] = null, ["publiekeWaardeId"] = waarde, ["bedragen"] = bedragen,
        };
        return new JsonObject
        {
            ["wijkId"] = wijk, ["startJaar"] = start, ["aantalJaren"] = 4,
            ["regels"] = new JsonArray(
                Regel(0, "Buurtkamer en coördinator", "organisatorischeOndersteuning", Jaren(_ => ondersteuning)),
                Regel(1, "Activiteiten", "activiteiten", Jaren(activiteitenIn ?? (_ => activiteiten)))),
            ["bronnen"] = new JsonArray(new JsonObject { ["financieringsbronId"] = BronId(fixture.Kader), ["aandeelProcent"] = 100 }),
        };
    }

    private static JsonObject Aanpassing(JsonObject budget, object? besluit) => new()
    {
        ["regels"] = budget["regels"]!.DeepClone(), ["bronnen"] = budget["bronnen"]!.DeepClone(),
        ["toelichting"] = "De raad verlaagt het activiteitenbudget.",
        ["raadsbesluit"] = besluit is null ? null : System.Text.Json.JsonSerializer.SerializeToNode(besluit),
    };

    private static async Task<JsonNode> LeesAsync(HttpResponseMessage response, HttpStatusCode verwacht = HttpStatusCode.OK)
    {
        using (response)
        {
            Assert.True(response.StatusCode == verwacht, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            return await response.ReadJsonAsync();
        }
    }
}
