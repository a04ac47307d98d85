using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Infrastructure.Persistence;
using Gemeenschapskracht.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gemeenschapskracht.IntegrationTests;

/// <summary>
/// The beleidskader over HTTP with real tokens: drafted by a beleidsmedewerker, adopted by the griffie, public once
/// adopted, replaced by the next adopted version; bad input is a problem+json 400 that changes nothing; another
/// gemeente sees nothing. Amsterdam has an adopted version 1 and a concept version 2 from the fixture, which the tests
/// only read; a test that runs the lifecycle uses a gemeente of its own.
/// </summary>
public sealed class BeleidskadersTests(BeleidskadersTests.Fixture fixture) : IClassFixture<BeleidskadersTests.Fixture>
{
    private const string Url = "/api/v1/beleidskaders";
    private const string AmsterdamBeleid = "amsterdam-beleid";
    private const string AmsterdamGriffie = "amsterdam-griffie";
    private const string AmsterdamBewoners = "amsterdam-bewoners";
    private const string UtrechtBeleid = "utrecht-beleid";
    private const string UtrechtGriffie = "utrecht-griffie";
    private const string DelftBeleid = "delft-beleid";
    private const string DelftGriffie = "delft-griffie";

    public sealed class Fixture : ApiFactory, IAsyncLifetime
    {
        /// <summary>Amsterdam's adopted version 1.</summary>
        public Guid V1 { get; private set; }

        /// <summary>Amsterdam's concept version 2: a publieke waarde renamed, a funding source added, the decision reworded.</summary>
        public Guid V2 { get; private set; }

        /// <summary>The publieke waarde an Amsterdam organisation is tagged with.</summary>
        public JsonNode WaardeInGebruik { get; private set; } = null!;

        /// <summary>Delft's version 1, before the raad.</summary>
        public Guid DelftVoorstel { get; private set; }

        protected override IEnumerable<KeyValuePair<string, string>> ExtraSettings
        {
            get
            {
                var settings = new Dictionary<string, string>();
                var index = FirstFreeClientIndex;
                AddClient(settings, index++, AmsterdamBeleid, "amsterdam", "beleidsmedewerker");
                AddClient(settings, index++, AmsterdamGriffie, "amsterdam", "griffie");
                AddClient(settings, index++, AmsterdamBewoners, "amsterdam", "bewonersorganisatie");
                AddClient(settings, index++, UtrechtBeleid, "utrecht", "beleidsmedewerker");
                AddClient(settings, index++, UtrechtGriffie, "utrecht", "griffie");
                AddClient(settings, index++, DelftBeleid, "delft", "beleidsmedewerker");
                AddClient(settings, index, DelftGriffie, "delft", "griffie");
                return settings;
            }
        }

        public async Task InitializeAsync()
        {
            var platform = await this.AuthenticatedAsync(PlatformClient);
            await Provisioning.CreateAndWaitAsync(platform, "amsterdam", "Amsterdam", "GM0363");
            await Provisioning.CreateAndWaitAsync(platform, "aa-en-hunze", "Aa en Hunze", "GM1680");
            await Provisioning.CreateAndWaitAsync(platform, "utrecht", "Utrecht", "GM0344");
            await Provisioning.CreateAndWaitAsync(platform, "delft", "Delft", "GM0503");

            var beleid = await this.AuthenticatedAsync(AmsterdamBeleid, "amsterdam");
            var v1 = await CreateAsync(beleid, "Sociale basis Amsterdam 2026");
            V1 = v1["id"]!.GetValue<Guid>();
            await PutAsync(beleid, V1, Wijziging(v1, Compleet));
            await SubmitAsync(beleid, V1);
            await AdoptAsync(await this.AuthenticatedAsync(AmsterdamGriffie, "amsterdam"), V1, "RB-2026-041");

            WaardeInGebruik = v1["inhoud"]!["publiekeWaarden"]![0]!;
            var beheer = await this.AuthenticatedAsync(AmsterdamBeheerClient, "amsterdam");
            using (var organisatie = await beheer.PostJsonAsync("/api/v1/organisaties", new
            {
                naam = "Buurthuis De Pijp", soort = "bewonersorganisatie", rechtsvorm = "vereniging", kvknummer = (string?)null,
                omschrijving = (string?)null, wijkIds = Array.Empty<Guid>(), publiekeWaardeIds = new[] { WaardeInGebruik["id"]!.GetValue<Guid>() },
                contactpersoon = (string?)null, email = (string?)null, telefoon = (string?)null, website = (string?)null,
            }))
                Assert.True(organisatie.StatusCode == HttpStatusCode.Created, await organisatie.Content.ReadAsStringAsync());

            var v2 = await CreateAsync(beleid, "Sociale basis Amsterdam 2027");
            V2 = v2["id"]!.GetValue<Guid>();
            await PutAsync(beleid, V2, Wijziging(v2, inhoud =>
            {
                inhoud["aanbestedingsbesluit"]!["besluit"] = "We stoppen met aanbesteden van alle welzijnswerk.";
                inhoud["publiekeWaarden"]![1]!["naam"] = "Leefomgeving";
                inhoud["financieringsbronnen"]!.AsArray().Add(Bron("Jongerenwerk", "subsidie", 40_000_000));
            }));

            var delft = await this.AuthenticatedAsync(DelftBeleid, "delft");
            var voorstel = await CreateAsync(delft, "Sociale basis Delft");
            DelftVoorstel = voorstel["id"]!.GetValue<Guid>();
            await PutAsync(delft, DelftVoorstel, Wijziging(voorstel, Compleet));
            await SubmitAsync(delft, DelftVoorstel);
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task A_kader_is_drafted_adopted_by_the_griffie_and_replaced_by_the_next_adopted_version()
    {
        var beleid = await fixture.AuthenticatedAsync(UtrechtBeleid, "utrecht");
        var griffie = await fixture.AuthenticatedAsync(UtrechtGriffie, "utrecht");
        var publiek = fixture.ForTenant("utrecht");

        var v1 = await CreateAsync(beleid, "Sociale basis Utrecht");
        var v1Id = v1["id"]!.GetValue<Guid>();
        Assert.Equal(1, v1["versie"]!.GetValue<int>());
        Assert.Equal("concept", v1["status"]!.GetValue<string>());
        Assert.Equal(5, v1["inhoud"]!["publiekeWaarden"]!.AsArray().Count);
        await (await publiek.GetAsync($"{Url}/geldend")).AssertProblemAsync(404);
        var onvolledig = await (await beleid.PostAsync($"{Url}/{v1Id}/voorleggingen", null)).AssertProblemAsync(400);
        Assert.Contains("motivering", onvolledig["detail"]!.GetValue<string>());

        var gewijzigd = await PutAsync(beleid, v1Id, Wijziging(v1, Compleet));
        Assert.Equal(1_250_000_00, gewijzigd["totaalPerJaarEurocent"]!.GetValue<long>());
        Assert.Equal(1_250_000_00, gewijzigd["nogAanbesteedPerJaarEurocent"]!.GetValue<long>());
        Assert.Equal("terBesluitvorming", (await SubmitAsync(beleid, v1Id))["status"]!.GetValue<string>());
        await (await beleid.PutJsonAsync($"{Url}/{v1Id}", Wijziging(gewijzigd, inhoud => inhoud["wijkindelingToelichting"] = "Tien wijken"))).AssertProblemAsync(400);
        Assert.Equal("concept", (await ReadAsync(await beleid.PostAsync($"{Url}/{v1Id}/terugnames", null)))["status"]!.GetValue<string>());
        await PutAsync(beleid, v1Id, Wijziging(gewijzigd, inhoud => inhoud["wijkindelingToelichting"] = "Tien wijken"));
        await SubmitAsync(beleid, v1Id);
        var vastgesteld = await AdoptAsync(griffie, v1Id, "RB-2026-007");
        Assert.Equal("vastgesteld", vastgesteld["status"]!.GetValue<string>());
        Assert.True(vastgesteld["geldend"]!.GetValue<bool>());
        Assert.Equal("RB-2026-007", vastgesteld["raadsbesluit"]!["kenmerk"]!.GetValue<string>());

        var geldend = await ReadAsync(publiek, $"{Url}/geldend");
        Assert.Equal(v1Id, geldend["id"]!.GetValue<Guid>());
        Assert.Equal("Tien wijken", geldend["inhoud"]!["wijkindelingToelichting"]!.GetValue<string>());

        var v2 = await CreateAsync(beleid, "Sociale basis Utrecht 2027");
        var v2Id = v2["id"]!.GetValue<Guid>();
        Assert.Equal(2, v2["versie"]!.GetValue<int>());
        Assert.Equal("concept", v2["status"]!.GetValue<string>());
        Assert.Equal(Ids(geldend["inhoud"]!["publiekeWaarden"]!), Ids(v2["inhoud"]!["publiekeWaarden"]!));
        Assert.Equal(geldend["inhoud"]!.ToJsonString(), v2["inhoud"]!.ToJsonString());

        await SubmitAsync(beleid, v2Id);
        await AdoptAsync(griffie, v2Id, "RB-2027-012");

        var vervangen = await ReadAsync(publiek, $"{Url}/{v1Id}");
        Assert.Equal("vervangen", vervangen["status"]!.GetValue<string>());
        Assert.False(vervangen["geldend"]!.GetValue<bool>());
        Assert.NotNull(vervangen["vervangenOp"]);
        Assert.Equal(v2Id, (await ReadAsync(publiek, $"{Url}/geldend"))["id"]!.GetValue<Guid>());
        var versies = await ReadAsync(publiek, Url);
        Assert.Equal(["vastgesteld", "vervangen"], versies["items"]!.AsArray().Select(v => v!["status"]!.GetValue<string>()));
    }

    [Fact]
    public async Task The_comparison_reports_the_changes_per_part()
    {
        var beleid = await fixture.AuthenticatedAsync(AmsterdamBeleid, "amsterdam");

        var vergelijking = await ReadAsync(beleid, $"{Url}/{fixture.V2}/vergelijking?met={fixture.V1}");

        Assert.Equal(1, vergelijking["van"]!["versie"]!.GetValue<int>());
        Assert.Equal(2, vergelijking["naar"]!["versie"]!.GetValue<int>());
        var onderdelen = vergelijking["onderdelen"]!.AsArray().ToDictionary(o => o!["onderdeel"]!.GetValue<string>(), o => o!);
        Assert.Equal(13, onderdelen.Count);
        var waarde = Assert.Single(onderdelen["Publieke waarden"]["wijzigingen"]!.AsArray())!;
        Assert.Equal("gewijzigd", waarde["soort"]!.GetValue<string>());
        Assert.Equal("Leefomgeving", waarde["item"]!.GetValue<string>());
        Assert.StartsWith("Ruimtelijke inrichting & leefomgeving:", waarde["oud"]!.GetValue<string>());
        var bron = Assert.Single(onderdelen["Financieringsbronnen"]["wijzigingen"]!.AsArray())!;
        Assert.Equal("toegevoegd", bron["soort"]!.GetValue<string>());
        Assert.Equal("Jongerenwerk", bron["item"]!.GetValue<string>());
        Assert.Null(bron["oud"]);
        var besluit = Assert.Single(onderdelen["Besluit over aanbesteden"]["wijzigingen"]!.AsArray())!;
        Assert.Equal("Besluit", besluit["item"]!.GetValue<string>());
        Assert.Equal(["Besluit over aanbesteden", "Financieringsbronnen", "Publieke waarden"],
            onderdelen.Values.Where(o => o["gewijzigd"]!.GetValue<bool>()).Select(o => o["onderdeel"]!.GetValue<string>()).Order());

        var omgekeerd = await ReadAsync(beleid, $"{Url}/{fixture.V1}/vergelijking?met={fixture.V2}");
        Assert.Equal(1, omgekeerd["van"]!["versie"]!.GetValue<int>());
    }

    [Fact]
    public async Task Anonymous_callers_see_only_adopted_versions()
    {
        var publiek = fixture.ForTenant("amsterdam");

        var versies = await ReadAsync(publiek, Url);
        Assert.Equal(1, versies["totalCount"]!.GetValue<int>());
        Assert.Equal(fixture.V1, versies["items"]![0]!["id"]!.GetValue<Guid>());
        Assert.Equal(fixture.V1, (await ReadAsync(publiek, $"{Url}/geldend"))["id"]!.GetValue<Guid>());
        Assert.Equal(fixture.V1, (await ReadAsync(publiek, $"{Url}/{fixture.V1}"))["id"]!.GetValue<Guid>());

        var problem = await (await publiek.GetAsync($"{Url}/{fixture.V2}")).AssertProblemAsync(404);
        // Only what the problem says, not its random traceId (which may contain the digits).
        Assert.DoesNotContain("2027", $"{problem["title"]} {problem["detail"]}");
        await (await publiek.GetAsync($"{Url}/{fixture.V2}/vergelijking?met={fixture.V1}")).AssertProblemAsync(404);
    }

    [Fact]
    public async Task A_concept_is_seen_by_staff_and_the_raad_but_not_by_a_bewonersorganisatie()
    {
        var bewoners = await fixture.AuthenticatedAsync(AmsterdamBewoners, "amsterdam");
        var raad = await fixture.AuthenticatedAsync(ApiFactory.AmsterdamRaadClient, "amsterdam");
        var beleid = await fixture.AuthenticatedAsync(AmsterdamBeleid, "amsterdam");

        await (await bewoners.GetAsync($"{Url}/{fixture.V2}")).AssertProblemAsync(404);
        Assert.Equal(1, (await ReadAsync(bewoners, Url))["totalCount"]!.GetValue<int>());
        Assert.Equal("concept", (await ReadAsync(raad, $"{Url}/{fixture.V2}"))["status"]!.GetValue<string>());
        Assert.Equal(2, (await ReadAsync(beleid, Url))["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_new_version_waits_while_another_is_a_concept()
    {
        var beleid = await fixture.AuthenticatedAsync(AmsterdamBeleid, "amsterdam");

        await (await beleid.PostJsonAsync(Url, new { titel = "Nog een versie" })).AssertProblemAsync(409);

        Assert.Equal(2, (await ReadAsync(beleid, Url))["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Editing_a_vastgesteld_version_is_refused_and_changes_nothing()
    {
        var beleid = await fixture.AuthenticatedAsync(AmsterdamBeleid, "amsterdam");
        var v1 = await ReadAsync(beleid, $"{Url}/{fixture.V1}");

        var problem = await (await beleid.PutJsonAsync($"{Url}/{fixture.V1}", Wijziging(v1, inhoud => inhoud["wijkindelingToelichting"] = "Later"))).AssertProblemAsync(400);

        Assert.Contains("nieuwe versie", problem["detail"]!.GetValue<string>());
        Assert.Equal(Snapshot(v1), Snapshot(await ReadAsync(beleid, $"{Url}/{fixture.V1}")));
        await (await beleid.PostAsync($"{Url}/{fixture.V1}/voorleggingen", null)).AssertProblemAsync(400);
    }

    public static TheoryData<string, string> OngeldigeInhoud => new()
    {
        { "a part left out", "pilots" },
        { "the content left out", "inhoud" },
        { "a pilot in an unknown area", "" },
        { "a pilot in the gemeente itself", "" },
        { "a negative amount", "bedragPerJaarEurocent" },
        { "a tendered source without its contract end", "" },
        { "control characters in the decision", "besluit" },
        { "a direction override in a name", "naam" },
        { "a null publieke waarde", "publiekeWaarden" },
        { "a null funding source", "financieringsbronnen" },
        { "a null subthema", "subthemas" },
        { "a null election date", "verkiezingsdata" },
        { "a null instrument of a phase", "instrumenten" },
        { "an id the version does not know", "" },
        { "two publieke waarden with one name", "" },
        { "a priority of six", "prioriteit" },
        { "an unknown instrument", "instrument" },
    };

    [Theory]
    [MemberData(nameof(OngeldigeInhoud))]
    public async Task Bad_content_is_a_400_that_changes_nothing(string geval, string veld)
    {
        var beleid = await fixture.AuthenticatedAsync(AmsterdamBeleid, "amsterdam");
        var v2 = await ReadAsync(beleid, $"{Url}/{fixture.V2}");
        var body = Wijziging(v2, _ => { });
        var inhoud = body["inhoud"]!.AsObject();
        switch (geval)
        {
            case "a part left out": inhoud.Remove("pilots"); break;
            case "the content left out": body.Remove("inhoud"); break;
            case "a pilot in an unknown area": inhoud["pilots"] = new JsonArray(Pilot(Guid.NewGuid())); break;
            case "a pilot in the gemeente itself": inhoud["pilots"] = new JsonArray(Pilot(await GebiedAsync("amsterdam", "gemeente"))); break;
            case "a negative amount": inhoud["financieringsbronnen"]![0]!["bedragPerJaarEurocent"] = -1; break;
            case "a tendered source without its contract end": inhoud["financieringsbronnen"]![0]!["contractEinddatum"] = null; break;
            case "control characters in the decision": inhoud["aanbestedingsbesluit"]!["besluit"] = "Stoppen\u0007"; break;
            case "a direction override in a name": inhoud["publiekeWaarden"]![0]!["naam"] = "Zorg\u202Eekaz"; break;
            case "a null publieke waarde": inhoud["publiekeWaarden"]!.AsArray().Add(null); break;
            case "a null funding source": inhoud["financieringsbronnen"]!.AsArray().Add(null); break;
            case "a null subthema": inhoud["publiekeWaarden"]![0]!["subthemas"]!.AsArray().Add(null); break;
            case "a null election date": inhoud["tijdspanne"]!["verkiezingsdata"]!.AsArray().Add(null); break;
            case "a null instrument of a phase":
                inhoud["fasen"] = new JsonArray(new JsonObject
                {
                    ["naam"] = "Verkennen", ["instrumenten"] = new JsonArray(null, "BuurtTop"), ["verantwoordelijke"] = null,
                    ["start"] = "2026-04-01", ["eind"] = "2026-09-30",
                });
                break;
            case "an id the version does not know": inhoud["publiekeWaarden"]![0]!["id"] = Guid.NewGuid(); break;
            case "two publieke waarden with one name": inhoud["publiekeWaarden"]![2]!["naam"] = " verduurzaming "; break;
            case "a priority of six": inhoud["publiekeWaarden"]![0]!["prioriteit"] = 6; break;
            case "an unknown instrument": inhoud["financieringsbronnen"]![0]!["instrument"] = "veiling"; break;
        }

        using var response = await beleid.PutJsonAsync($"{Url}/{fixture.V2}", body);

        var problem = await response.AssertProblemAsync(400);
        if (veld.Length > 0)
            Assert.True(problem["errors"]!.AsObject().Any(e => e.Key.Split('.', '[').Any(deel => deel.Equals(veld, StringComparison.OrdinalIgnoreCase))),
                $"{geval}: expected an error for '{veld}', got {problem["errors"]}");
        Assert.Equal(Snapshot(v2), Snapshot(await ReadAsync(beleid, $"{Url}/{fixture.V2}")));
    }

    [Fact]
    public async Task A_publieke_waarde_an_organisation_uses_cannot_be_removed()
    {
        var beleid = await fixture.AuthenticatedAsync(AmsterdamBeleid, "amsterdam");
        var v2 = await ReadAsync(beleid, $"{Url}/{fixture.V2}");
        var inGebruik = fixture.WaardeInGebruik["id"]!.GetValue<Guid>();

        var body = Wijziging(v2, inhoud =>
        {
            var waarden = inhoud["publiekeWaarden"]!.AsArray();
            waarden.Remove(waarden.Single(w => w!["id"]!.GetValue<Guid>() == inGebruik));
        });
        var problem = await (await beleid.PutJsonAsync($"{Url}/{fixture.V2}", body)).AssertProblemAsync(400);

        Assert.Contains(fixture.WaardeInGebruik["naam"]!.GetValue<string>(), problem["detail"]!.GetValue<string>());
        Assert.Equal(Snapshot(v2), Snapshot(await ReadAsync(beleid, $"{Url}/{fixture.V2}")));
    }

    public static TheoryData<string, string> OngeldigeVaststelling => new()
    {
        { """{"datum":"2026-01-20","kenmerk":"  ","documentUrl":null}""", "kenmerk" },
        { """{"datum":"2026-01-20","documentUrl":null}""", "kenmerk" },
        { """{"datum":"2026-01-20","kenmerk":"RB-1","documentUrl":"javascript:alert(1)"}""", "documentUrl" },
        { """{"datum":"0001-01-01","kenmerk":"RB-1","documentUrl":null}""", "datum" },
        { """{"datum":"morgen","kenmerk":"RB-1","documentUrl":null}""", "datum" },
    };

    [Theory]
    [MemberData(nameof(OngeldigeVaststelling))]
    public async Task Adopting_without_a_proper_raadsbesluit_is_refused_and_the_proposal_stays_before_the_raad(string body, string veld)
    {
        var griffie = await fixture.AuthenticatedAsync(DelftGriffie, "delft");

        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        var problem = await (await griffie.PostAsync($"{Url}/{fixture.DelftVoorstel}/vaststellingen", content)).AssertProblemAsync(400);

        Assert.NotNull(problem["errors"]![veld]);
        await AssertDelftNotAdoptedAsync(griffie);
    }

    [Fact]
    public async Task A_raadsbesluit_dated_in_the_future_is_refused()
    {
        var griffie = await fixture.AuthenticatedAsync(DelftGriffie, "delft");
        var overmorgen = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(2));

        var problem = await (await griffie.PostJsonAsync($"{Url}/{fixture.DelftVoorstel}/vaststellingen",
            new { datum = overmorgen, kenmerk = "RB-2026-099", documentUrl = (string?)null })).AssertProblemAsync(400);

        Assert.Contains("toekomst", problem["detail"]!.GetValue<string>());
        await AssertDelftNotAdoptedAsync(griffie);
    }

    [Fact]
    public async Task Changes_to_a_kader_are_audited_with_who_made_them()
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var catalog = scope.ServiceProvider.GetRequiredService<TenantCatalogDbContext>();
        var amsterdam = await catalog.Tenants.SingleAsync(t => t.Identifier == "amsterdam");
        var records = await catalog.AuditRecords.IgnoreQueryFilters([QueryFilters.Tenant])
            .Where(a => a.ObjectType == "Beleidskader" && a.ObjectId == fixture.V1.ToString()).ToListAsync();

        Assert.All(records, r => Assert.Equal(amsterdam.Id, r.TenantId));
        Assert.Contains(records, r => r.Action == "aangemaakt" && r.Actor == AmsterdamBeleid);
        Assert.Contains(records, r => r.Action == "gewijzigd" && r.Actor == AmsterdamBeleid && r.Changes!.Contains("Inhoud"));
        Assert.Contains(records, r => r.Action == "gewijzigd" && r.Actor == AmsterdamGriffie && r.Changes!.Contains("RB-2026-041"));
        Assert.Contains(records, r => r.Action == "gewijzigd" && r.Actor == AmsterdamBeleid && r.Changes!.Contains("\"Status\""));
    }

    public static TheoryData<string, string> Wijzigingen => new()
    {
        { "GET", "" },
        { "GET", "/vergelijking?met={v1}" },
        { "PUT", "" },
        { "POST", "/voorleggingen" },
        { "POST", "/vaststellingen" },
        { "POST", "/terugnames" },
    };

    [Theory]
    [MemberData(nameof(Wijzigingen))]
    public async Task Another_gemeente_cannot_read_or_change_amsterdams_kader(string method, string pad)
    {
        var beleid = await fixture.AuthenticatedAsync(AmsterdamBeleid, "amsterdam");
        var anderen = await fixture.AuthenticatedAsync(ApiFactory.AaEnHunzeBeheerClient, "aa-en-hunze");
        var v2 = await ReadAsync(beleid, $"{Url}/{fixture.V2}");

        using var request = new HttpRequestMessage(new HttpMethod(method), $"{Url}/{fixture.V2}{pad.Replace("{v1}", fixture.V1.ToString())}");
        if (method == "PUT")
            request.Content = JsonContent.Create(Wijziging(v2, inhoud => inhoud["wijkindelingToelichting"] = "Overgenomen"));
        if (pad == "/vaststellingen")
            request.Content = JsonContent.Create(new { datum = "2026-01-20", kenmerk = "RB-2026-666", documentUrl = (string?)null });
        var problem = await (await anderen.SendAsync(request)).AssertProblemAsync(404);

        Assert.DoesNotContain("Amsterdam", problem.ToJsonString());
        Assert.Equal(Snapshot(v2), Snapshot(await ReadAsync(beleid, $"{Url}/{fixture.V2}")));
        Assert.Equal(0, (await ReadAsync(anderen, Url))["totalCount"]!.GetValue<int>());
        await (await anderen.GetAsync($"{Url}/geldend")).AssertProblemAsync(404);
    }

    private static async Task<JsonNode> CreateAsync(HttpClient client, string titel)
    {
        using var response = await client.PostJsonAsync(Url, new { titel });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var kader = await response.ReadJsonAsync();
        Assert.EndsWith($"/beleidskaders/{kader["id"]}", response.Headers.Location!.ToString());
        return kader;
    }

    private static async Task<JsonNode> PutAsync(HttpClient client, Guid id, JsonObject body) =>
        await ReadAsync(await client.PutJsonAsync($"{Url}/{id}", body));

    private static async Task<JsonNode> SubmitAsync(HttpClient client, Guid id) =>
        await ReadAsync(await client.PostAsync($"{Url}/{id}/voorleggingen", null));

    private static async Task<JsonNode> AdoptAsync(HttpClient griffie, Guid id, string kenmerk) =>
        await ReadAsync(await griffie.PostJsonAsync($"{Url}/{id}/vaststellingen",
            new { datum = "2026-01-20", kenmerk, documentUrl = $"https://raad.example.nl/{kenmerk}" }));

    private static async Task<JsonNode> ReadAsync(HttpClient client, string url) => await ReadAsync(await client.GetAsync(url));

    private static async Task<JsonNode> ReadAsync(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            return await response.ReadJsonAsync();
        }
    }

    /// <summary>The body of a PUT for <paramref name="kader"/>: its title and a copy of its content, changed by <paramref name="pas"/>.</summary>
    private static JsonObject Wijziging(JsonNode kader, Action<JsonObject> pas)
    {
        var inhoud = kader["inhoud"]!.DeepClone().AsObject();
        pas(inhoud);
        return new JsonObject { ["titel"] = kader["titel"]!.DeepClone(), ["inhoud"] = inhoud };
    }

    /// <summary>What a raad needs before it decides: the decision with its reasoning, a funding source, the time span.</summary>
    private static void Compleet(JsonObject inhoud)
    {
        inhoud["aanbestedingsbesluit"] = new JsonObject
        {
            ["besluit"] = "We stoppen met het aanbesteden van de sociale basis.",
            ["reikwijdte"] = "Welzijn, buurtwerk en mantelzorgondersteuning.",
            ["evaluatieVerleden"] = "Drie aanbestedingsrondes sinds 2015, elk met een nieuwe aanbieder.",
            ["geenMarktMotivering"] = "De sociale basis vraagt samenwerking in de wijk, geen concurrentie.",
        };
        inhoud["financieringsbronnen"] = new JsonArray(Bron("Welzijn Noord", "aanbesteding", 1_250_000_00));
        inhoud["tijdspanne"] = new JsonObject { ["programmaStart"] = "2026-01-01", ["programmaEind"] = "2031-12-31", ["verkiezingsdata"] = new JsonArray("2030-03-20") };
    }

    private static JsonObject Bron(string naam, string instrument, long eurocent) => new()
    {
        ["id"] = null, ["naam"] = naam, ["regime"] = "Wmo 2015", ["bedragPerJaarEurocent"] = eurocent, ["instrument"] = instrument,
        ["contractEinddatum"] = instrument == "aanbesteding" ? "2028-12-31" : null, ["omzettingGepland"] = null,
    };

    private static JsonObject Pilot(Guid gebiedId) => new()
    {
        ["id"] = null, ["gebiedId"] = gebiedId, ["instrument"] = "Buurtbudget", ["start"] = "2026-04-01", ["eind"] = "2027-04-01",
        ["evaluatiecriteria"] = "Bereik en eigenaarschap", ["status"] = "voorgesteld",
    };

    private static IEnumerable<Guid> Ids(JsonNode lijst) => lijst.AsArray().Select(i => i!["id"]!.GetValue<Guid>());

    /// <summary>What a refused request must leave as it was.</summary>
    private static string Snapshot(JsonNode kader) =>
        new JsonObject
        {
            ["titel"] = kader["titel"]!.DeepClone(), ["status"] = kader["status"]!.DeepClone(),
            ["inhoud"] = kader["inhoud"]!.DeepClone(), ["gewijzigdOp"] = kader["gewijzigdOp"]!.DeepClone(),
        }.ToJsonString();

    private async Task<Guid> GebiedAsync(string tenant, string soort) =>
        (await ReadAsync(fixture.ForTenant(tenant), $"/api/v1/gebieden?soort={soort}&pageSize=1"))["items"]![0]!["id"]!.GetValue<Guid>();

    private async Task AssertDelftNotAdoptedAsync(HttpClient griffie)
    {
        var voorstel = await ReadAsync(griffie, $"{Url}/{fixture.DelftVoorstel}");
        Assert.Equal("terBesluitvorming", voorstel["status"]!.GetValue<string>());
        Assert.Null(voorstel["raadsbesluit"]);
        await (await fixture.ForTenant("delft").GetAsync($"{Url}/geldend")).AssertProblemAsync(404);
    }
}
