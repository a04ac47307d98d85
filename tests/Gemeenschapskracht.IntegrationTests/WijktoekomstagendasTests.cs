using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Gemeenschapskracht.Domain.Regels;
using Gemeenschapskracht.Infrastructure.Jobs;
using Gemeenschapskracht.IntegrationTests.Identity;
using Gemeenschapskracht.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Gemeenschapskracht.IntegrationTests;

/// <summary>
/// The wijktoekomstagenda over HTTP with real tokens, on the demo content of Amsterdam (an adopted beleidskader):
/// residents of the trekker organisation write ambitions as dreams, tagged to the kader's public values or as their own
/// goals, publish the agenda and spread it; the public reads it and its PDF; the gemeente comments but cannot change
/// what residents wrote (G-8); there is no rank between ambitions (G-1); bad input is a problem+json 400 that changes
/// nothing; another gemeente sees nothing. Each test that changes data uses a wijk of its own.
/// </summary>
public sealed class WijktoekomstagendasTests(WijktoekomstagendasTests.Fixture fixture) : IClassFixture<WijktoekomstagendasTests.Fixture>
{
    private const string Url = "/api/v1/wijktoekomstagendas";
    private const string AmsterdamBeleid = "agenda-beleid";
    private const string AmsterdamTrekker = "agenda-trekker";
    private const string AmsterdamAnderen = "agenda-anderen";

    public sealed class Fixture : IdentityFactory, IAsyncLifetime
    {
        /// <summary>Amsterdam's wijken other than the demo pilotwijk: each test uses its own.</summary>
        public IReadOnlyList<Guid> Wijken { get; private set; } = [];

        public Guid Trekker { get; private set; }

        public Guid Welzijn { get; private set; }

        public Guid Anderen { get; private set; }

        /// <summary>The demo bewonersorganisatie, to which the demo resident (a person, so mail goes to them) is scoped.</summary>
        public Guid DemoBewoners { get; private set; }

        /// <summary>The stable ids of the public values of Amsterdam's kader in force.</summary>
        public IReadOnlyList<Guid> Waarden { get; private set; } = [];

        public WebApplicationFactory<Program> MetOrganisaties { get; private set; } = null!;

        protected override IEnumerable<KeyValuePair<string, string>> ExtraSettings
        {
            get
            {
                var settings = new Dictionary<string, string>();
                AddClient(settings, FirstFreeClientIndex, AmsterdamBeleid, "amsterdam", "beleidsmedewerker");
                return base.ExtraSettings.Concat(settings);
            }
        }

        public new async Task InitializeAsync()
        {
            await base.InitializeAsync();
            var beheer = await this.AuthenticatedAsync(AmsterdamBeheerClient, "amsterdam");
            var pilot = (await (await beheer.GetAsync("/api/v1/wijkbeelden")).ReadJsonAsync())["items"]![0]!["wijkId"]!.GetValue<Guid>();
            Wijken = (await (await this.ForTenant("amsterdam").GetAsync("/api/v1/gebieden?soort=wijk&pageSize=12")).ReadJsonAsync())["items"]!.AsArray()
                .Select(w => w!["id"]!.GetValue<Guid>()).Where(w => w != pilot).ToList();
            var kader = await (await this.ForTenant("amsterdam").GetAsync("/api/v1/beleidskaders/geldend")).ReadJsonAsync();
            Waarden = kader["inhoud"]!["publiekeWaarden"]!.AsArray().Select(w => w!["id"]!.GetValue<Guid>()).ToList();
            var organisaties = (await (await beheer.GetAsync("/api/v1/organisaties?pageSize=100")).ReadJsonAsync())["items"]!.AsArray();
            DemoBewoners = organisaties.First(o => o!["soort"]!.GetValue<string>() == "bewonersorganisatie")!["id"]!.GetValue<Guid>();

            Trekker = await OrganisatieAsync(beheer, "Bewonersraad Agenda", "bewonersorganisatie");
            Welzijn = await OrganisatieAsync(beheer, "Welzijn Agenda", "welzijnsorganisatie");
            Anderen = await OrganisatieAsync(beheer, "Buurtvereniging Elders", "bewonersorganisatie");
            var clients = new Dictionary<string, string>();
            AddClient(clients, FirstFreeClientIndex + 1, AmsterdamTrekker, "amsterdam", "bewonersorganisatie", Trekker);
            AddClient(clients, FirstFreeClientIndex + 2, AmsterdamAnderen, "amsterdam", "bewonersorganisatie", Anderen);
            MetOrganisaties = WithWebHostBuilder(builder =>
            {
                foreach (var (key, value) in clients)
                    builder.UseSetting(key, value);
            });
        }

        public static async Task<Guid> OrganisatieAsync(HttpClient beheer, string naam, string soort, string? email = null)
        {
            using var response = await beheer.PostJsonAsync("/api/v1/organisaties", new
            {
                naam, soort, rechtsvorm = "vereniging", kvknummer = (string?)null, omschrijving = (string?)null, wijkIds = Array.Empty<Guid>(),
                publiekeWaardeIds = Array.Empty<Guid>(), contactpersoon = (string?)null, email, telefoon = (string?)null, website = (string?)null,
            });
            Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            return (await response.ReadJsonAsync())["id"]!.GetValue<Guid>();
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task An_agenda_is_written_by_residents_as_dreams_published_spread_and_read_by_the_public()
    {
        var trekker = await TrekkerAsync();
        var publiek = fixture.ForTenant("amsterdam");
        var wijk = fixture.Wijken[0];

        var nieuw = await CreateAsync(trekker, wijk, [fixture.Trekker, fixture.Welzijn]);
        var id = nieuw["id"]!.GetValue<Guid>();
        Assert.Equal("concept", nieuw["status"]!.GetValue<string>());
        Assert.Equal(["Bewonersraad Agenda", "Welzijn Agenda"], nieuw["team"]!.AsArray().Select(t => t!["naam"]!.GetValue<string>()));
        await (await publiek.GetAsync($"{Url}/{id}")).AssertProblemAsync(404);

        var plein = await AmbitieAsync(trekker, id, "Een groen plein", fixture.Waarden[1]);
        Assert.Equal("gedroomd", plein["status"]!.GetValue<string>());
        Assert.False(plein["eigenDoel"]!.GetValue<bool>());
        Assert.Equal("bewoners", plein["herkomst"]!["kant"]!.GetValue<string>());
        var eigen = await AmbitieAsync(trekker, id, "Een jaarlijks straatfeest", null);
        Assert.True(eigen["eigenDoel"]!.GetValue<bool>());
        var pleinId = plein["id"]!.GetValue<Guid>();
        var werkgroep = await ReadAsync(await trekker.PostJsonAsync($"{Url}/{id}/ambities/{pleinId}/werkgroepen",
            new { naam = "Werkgroep Groen", leden = new[] { "Fatima", "Joop" }, contactOrganisatieId = fixture.Welzijn }), HttpStatusCode.Created);
        Assert.Equal("Welzijn Agenda", werkgroep["contactOrganisatieNaam"]!.GetValue<string>());

        var gepubliceerd = await PostAsync(trekker, $"{Url}/{id}/publicaties");
        Assert.Equal("gepubliceerd", gepubliceerd["status"]!.GetValue<string>());
        Assert.NotNull(gepubliceerd["gepubliceerdOp"]);
        var vandaag = DateOnly.FromDateTime(DateTime.UtcNow);
        await ReadAsync(await trekker.PostJsonAsync($"{Url}/{id}/verspreidingen", new { wijze = "huisAanHuis", omschrijving = "Alle brievenbussen", datum = vandaag, aantal = 1200 }), HttpStatusCode.Created);
        await ReadAsync(await trekker.PostJsonAsync($"{Url}/{id}/verspreidingen", new { wijze = "online", omschrijving = "Wijkwebsite", datum = vandaag }), HttpStatusCode.Created);
        Assert.Equal("geagendeerd", (await ReadAsync(await trekker.PostJsonAsync($"{Url}/{id}/ambities/{pleinId}/statussen", new { status = "geagendeerd" })))["status"]!.GetValue<string>());
        Assert.Equal("opgepakt", (await ReadAsync(await trekker.PostJsonAsync($"{Url}/{id}/ambities/{pleinId}/statussen", new { status = "opgepakt" })))["status"]!.GetValue<string>());
        Assert.Equal("inUitvoering", (await PostAsync(trekker, $"{Url}/{id}/uitvoeringen"))["status"]!.GetValue<string>());

        var gelezen = await ReadAsync(publiek, $"{Url}/{id}");
        Assert.Equal(["Een groen plein", "Een jaarlijks straatfeest"], gelezen["ambities"]!.AsArray().Select(a => a!["titel"]!.GetValue<string>()));
        Assert.Equal("opgepakt", gelezen["ambities"]![0]!["status"]!.GetValue<string>());
        Assert.Equal("Werkgroep Groen", gelezen["ambities"]![0]!["werkgroepen"]![0]!["naam"]!.GetValue<string>());
        Assert.NotNull(gelezen["ambities"]![0]!["publiekeWaardeNaam"]);
        Assert.Equal(["huisAanHuis", "online"], gelezen["verspreidingen"]!.AsArray().Select(v => v!["wijze"]!.GetValue<string>()));
        Assert.Equal(id, Assert.Single((await ReadAsync(publiek, $"{Url}?wijkId={wijk}"))["items"]!.AsArray())!["id"]!.GetValue<Guid>());

        using var pdf = await publiek.GetAsync($"{Url}/{id}/document");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        PdfFiles.Keep(bytes, "wijktoekomstagenda.pdf");
        var tekst = PdfFiles.Text(bytes);
        Assert.Contains("Noord over tien jaar", tekst);
        Assert.Contains($"Bijdrage aan {gelezen["ambities"]![0]!["publiekeWaardeNaam"]!.GetValue<string>()}", tekst);
        Assert.Contains("Eigen doelen van bewoners", tekst);
        Assert.Contains("Een jaarlijks straatfeest", tekst);
        Assert.Contains("Opgepakt", tekst);
        Assert.Contains("Gedroomd", tekst);
        Assert.Contains("Werkgroep Groen", tekst);
        Assert.Contains("Gemeente Amsterdam", tekst);
    }

    [Fact]
    public async Task A_new_version_copies_the_ambitions_with_their_stable_ids_and_archives_the_old_one_when_published()
    {
        var trekker = await TrekkerAsync();
        var wijk = fixture.Wijken[1];
        var v1 = await CreateAsync(trekker, wijk, [fixture.Trekker]);
        var v1Id = v1["id"]!.GetValue<Guid>();
        var ambitie = (await AmbitieAsync(trekker, v1Id, "Een buurtkamer", fixture.Waarden[0]))["id"]!.GetValue<Guid>();
        await PostAsync(trekker, $"{Url}/{v1Id}/publicaties");

        var v2 = await ReadAsync(await trekker.PostJsonAsync(Url, new { wijkId = wijk, titel = "Noord herijkt", horizonJaren = 10, startJaar = 2026 }), HttpStatusCode.Created);
        var v2Id = v2["id"]!.GetValue<Guid>();
        Assert.Equal(2, v2["versie"]!.GetValue<int>());
        Assert.Equal(ambitie, v2["ambities"]![0]!["id"]!.GetValue<Guid>());
        await (await trekker.PostJsonAsync(Url, new { wijkId = wijk, titel = "Nog een", horizonJaren = 10, startJaar = 2026 })).AssertProblemAsync(409);
        await PostAsync(trekker, $"{Url}/{v2Id}/publicaties");
        Assert.Equal("gearchiveerd", (await ReadAsync(fixture.ForTenant("amsterdam"), $"{Url}/{v1Id}"))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_team_defaults_to_the_team_of_the_wijks_latest_wijkbeeld()
    {
        var trekker = await TrekkerAsync();
        var wijk = fixture.Wijken[2];
        await ReadAsync(await trekker.PostJsonAsync("/api/v1/wijkbeelden", new { wijkId = wijk, titel = "Wijkbeeld", team = new[] { fixture.Trekker, fixture.Welzijn } }), HttpStatusCode.Created);
        var agenda = await ReadAsync(await trekker.PostJsonAsync(Url, new { wijkId = wijk, titel = "Noord over tien jaar", horizonJaren = 5, startJaar = 2026 }), HttpStatusCode.Created);
        Assert.Equal([fixture.Trekker, fixture.Welzijn], agenda["team"]!.AsArray().Select(t => t!["id"]!.GetValue<Guid>()));
    }

    [Fact]
    public async Task Bad_input_is_a_dutch_problem_and_changes_nothing()
    {
        var trekker = await TrekkerAsync();
        var wijk = fixture.Wijken[3];
        var zeven = await (await trekker.PostJsonAsync(Url, new { wijkId = wijk, titel = "Zeven jaar", horizonJaren = 7, startJaar = 2026, team = new[] { fixture.Trekker } }))
            .AssertProblemAsync(400);
        Assert.Contains("vijf of tien jaar", zeven.ToJsonString());
        Assert.Equal(0, (await ReadAsync(trekker, $"{Url}?wijkId={wijk}"))["totalCount"]!.GetValue<int>());

        var id = (await CreateAsync(trekker, wijk, [fixture.Trekker]))["id"]!.GetValue<Guid>();
        var voor = await ReadAsync(trekker, $"{Url}/{id}");
        var vreemd = await (await trekker.PostJsonAsync($"{Url}/{id}/ambities", new { titel = "Plein", tekst = "Groen", publiekeWaardeId = Guid.NewGuid(), eigenDoel = false }))
            .AssertProblemAsync(400);
        Assert.Contains("geldende beleidskader", vreemd["detail"]!.GetValue<string>());
        await (await trekker.PostJsonAsync($"{Url}/{id}/ambities", new { titel = "Plein", tekst = "Groen", eigenDoel = false })).AssertProblemAsync(400);
        await (await trekker.PostJsonAsync($"{Url}/{id}/ambities", new { titel = " ", tekst = "Groen", eigenDoel = true })).AssertProblemAsync(400);
        var leeg = await (await trekker.PostAsync($"{Url}/{id}/publicaties", null)).AssertProblemAsync(400);
        Assert.Contains("zonder ambities", leeg["detail"]!.GetValue<string>());
        await (await trekker.PostAsync($"{Url}/{id}/uitvoeringen", null)).AssertProblemAsync(400);
        await (await trekker.PutJsonAsync($"{Url}/{id}", new { titel = "Noord", intro = (string?)null, horizonJaren = 7, startJaar = 2026, buurtTopId = (Guid?)null })).AssertProblemAsync(400);
        await (await trekker.PostJsonAsync($"{Url}/{id}/verspreidingen", new { wijze = "online", omschrijving = "Website", datum = "2026-01-01" })).AssertProblemAsync(400);
        var ambitie = (await AmbitieAsync(trekker, id, "Een plein", null))["id"]!.GetValue<Guid>();
        var reden = await (await trekker.PostJsonAsync($"{Url}/{id}/ambities/{ambitie}/statussen", new { status = "losgelaten" })).AssertProblemAsync(400);
        Assert.Contains("reden", reden["detail"]!.GetValue<string>());
        await (await trekker.PostJsonAsync($"{Url}/{id}/ambities/{ambitie}/statussen", new { status = "gerealiseerd" })).AssertProblemAsync(400);
        await (await trekker.PostJsonAsync($"{Url}/{id}/ambities/{Guid.NewGuid()}/opmerkingen", new { tekst = "Waar?" })).AssertProblemAsync(400);

        var na = await ReadAsync(trekker, $"{Url}/{id}");
        Assert.Equal(voor["titel"]!.ToJsonString(), na["titel"]!.ToJsonString());
        Assert.Equal("concept", na["status"]!.GetValue<string>());
        Assert.Equal("gedroomd", Assert.Single(na["ambities"]!.AsArray())!["status"]!.GetValue<string>());
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.G8)]
    public async Task The_gemeente_comments_on_what_residents_wrote_but_cannot_change_or_let_it_go_G8()
    {
        var trekker = await TrekkerAsync();
        var beleid = await fixture.AuthenticatedAsync(AmsterdamBeleid, "amsterdam");
        var id = (await CreateAsync(trekker, fixture.Wijken[4], [fixture.Trekker]))["id"]!.GetValue<Guid>();
        var ambitie = (await AmbitieAsync(trekker, id, "Een groen plein", fixture.Waarden[0]))["id"]!.GetValue<Guid>();

        var wijzig = await (await beleid.PutJsonAsync($"{Url}/{id}/ambities/{ambitie}", new { titel = "Een parkeerplaats", tekst = "Toch", publiekeWaardeId = fixture.Waarden[0], eigenDoel = false }))
            .AssertProblemAsync(400);
        Assert.Contains("bewoners", wijzig["detail"]!.GetValue<string>());
        await (await beleid.PostJsonAsync($"{Url}/{id}/ambities/{ambitie}/statussen", new { status = "losgelaten", reden = "Te duur" })).AssertProblemAsync(400);
        var opmerking = await ReadAsync(await beleid.PostJsonAsync($"{Url}/{id}/ambities/{ambitie}/opmerkingen", new { tekst = "Kijk naar de subsidie groen" }), HttpStatusCode.Created);
        Assert.Equal("gemeente", opmerking["kant"]!.GetValue<string>());

        var gelezen = Assert.Single((await ReadAsync(trekker, $"{Url}/{id}"))["ambities"]!.AsArray())!;
        Assert.Equal("Een groen plein", gelezen["titel"]!.GetValue<string>());
        Assert.Equal("gedroomd", gelezen["status"]!.GetValue<string>());
        Assert.Single(gelezen["opmerkingen"]!.AsArray());
        // The residents themselves may rewrite it.
        await ReadAsync(await trekker.PutJsonAsync($"{Url}/{id}/ambities/{ambitie}", new { titel = "Een groen plein met bankjes", tekst = "Toch", publiekeWaardeId = (Guid?)null, eigenDoel = true }));
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.G1)]
    public async Task Ambitions_have_no_rank_vote_or_score_and_keep_the_order_of_writing_G1()
    {
        var trekker = await TrekkerAsync();
        var id = (await CreateAsync(trekker, fixture.Wijken[5], [fixture.Trekker]))["id"]!.GetValue<Guid>();
        string[] titels = ["Zomerschool", "Appelboomgaard", "Moestuin", "Buurtkamer"];
        foreach (var titel in titels)
            await AmbitieAsync(trekker, id, titel, null);

        var agenda = await ReadAsync(trekker, $"{Url}/{id}");
        Assert.Equal(titels, agenda["ambities"]!.AsArray().Select(a => a!["titel"]!.GetValue<string>()));
        string[] verboden = ["rang", "rank", "stem", "vote", "score", "punten", "likes", "populariteit", "prioriteit", "volgorde", "nummer"];
        foreach (var veld in agenda["ambities"]![0]!.AsObject().Select(p => p.Key.ToLowerInvariant()))
            Assert.DoesNotContain(verboden, v => veld.Contains(v));
        Assert.DoesNotContain(typeof(Application.Wijktoekomstagendas.Dtos.AmbitieDto).GetProperties(), p => verboden.Any(v => p.Name.Contains(v, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task A_member_of_an_organisation_outside_the_team_is_refused()
    {
        var trekker = await TrekkerAsync();
        var anderen = await ClientAsync(fixture, AmsterdamAnderen);
        var id = (await CreateAsync(trekker, fixture.Wijken[6], [fixture.Trekker]))["id"]!.GetValue<Guid>();
        await (await anderen.PostJsonAsync($"{Url}/{id}/ambities", new { titel = "Overgenomen", tekst = "x", eigenDoel = true })).AssertProblemAsync(403);
        await (await anderen.PostAsync($"{Url}/{id}/publicaties", null)).AssertProblemAsync(403);
        Assert.Empty((await ReadAsync(trekker, $"{Url}/{id}"))["ambities"]!.AsArray());
    }

    [Fact]
    public async Task J4_marks_an_agenda_at_mid_horizon_for_herijking_and_mails_the_team_once()
    {
        var beheer = await fixture.AuthenticatedAsync(ApiFactory.AmsterdamBeheerClient, "amsterdam");
        var start = DateTime.UtcNow.Year - 3;
        var agenda = await ReadAsync(await beheer.PostJsonAsync(Url, new { wijkId = fixture.Wijken[7], titel = "Halverwege", horizonJaren = 5, startJaar = start, team = new[] { fixture.DemoBewoners } }), HttpStatusCode.Created);
        var id = agenda["id"]!.GetValue<Guid>();
        await AmbitieAsync(beheer, id, "Een speeltuin", null);
        await PostAsync(beheer, $"{Url}/{id}/publicaties");
        await PostAsync(beheer, $"{Url}/{id}/uitvoeringen");

        var voor = Mails().Count;
        await RunTermijnenAsync();
        await RunTermijnenAsync();

        var mails = Mails().Skip(voor).Where(m => m.Contains("Herijk de wijktoekomstagenda 'Halverwege'")).ToList();
        Assert.Single(mails, m => m.Contains(IdentityFactory.Email("bewonersorganisatie")));
        var gelezen = await ReadAsync(beheer, $"{Url}/{id}");
        Assert.Equal("herijking", gelezen["status"]!.GetValue<string>());
        Assert.Contains("Halverwege de horizon", Assert.Single(gelezen["signaleringen"]!.AsArray())!.GetValue<string>());
        Assert.Equal("inUitvoering", (await PostAsync(beheer, $"{Url}/{id}/uitvoeringen"))["status"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("GET", "")]
    [InlineData("GET", "/document")]
    [InlineData("PUT", "")]
    [InlineData("POST", "/ambities")]
    [InlineData("POST", "/publicaties")]
    [InlineData("POST", "/verspreidingen")]
    public async Task Another_gemeente_cannot_read_or_change_an_agenda(string method, string pad)
    {
        var trekker = await TrekkerAsync();
        var id = (await CreateAsync(trekker, fixture.Wijken[8 + (method.Length + pad.Length) % 3], [fixture.Trekker], 409))["id"]!.GetValue<Guid>();
        var anderen = await fixture.AuthenticatedAsync(ApiFactory.AaEnHunzeBeheerClient, "aa-en-hunze");
        var voor = await ReadAsync(trekker, $"{Url}/{id}");

        using var request = new HttpRequestMessage(new HttpMethod(method), $"{Url}/{id}{pad}");
        request.Content = (method, pad) switch
        {
            ("PUT", _) => JsonContent.Create(new { titel = "Overgenomen", intro = (string?)null, horizonJaren = 5, startJaar = 2026, buurtTopId = (Guid?)null }),
            (_, "/ambities") => JsonContent.Create(new { titel = "Overgenomen", tekst = "x", eigenDoel = true }),
            (_, "/verspreidingen") => JsonContent.Create(new { wijze = "online", omschrijving = "Elders", datum = DateOnly.FromDateTime(DateTime.UtcNow) }),
            _ => null,
        };
        var problem = await (await anderen.SendAsync(request)).AssertProblemAsync(404);

        Assert.DoesNotContain("Bewonersraad", problem.ToJsonString());
        var na = await ReadAsync(trekker, $"{Url}/{id}");
        Assert.Equal(voor["gewijzigdOp"]!.ToJsonString(), na["gewijzigdOp"]!.ToJsonString());
        Assert.Equal(voor["ambities"]!.ToJsonString(), na["ambities"]!.ToJsonString());
        Assert.DoesNotContain((await ReadAsync(anderen, Url))["items"]!.AsArray(), a => a!["id"]!.GetValue<Guid>() == id);
    }

    private Task<HttpClient> TrekkerAsync() => ClientAsync(fixture, AmsterdamTrekker);

    private static async Task<HttpClient> ClientAsync(Fixture fixture, string clientId)
    {
        var client = fixture.MetOrganisaties.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await client.GetTokenAsync(clientId));
        client.DefaultRequestHeaders.Add("Gemeente", "amsterdam");
        return client;
    }

    /// <summary>A concept of <paramref name="wijk"/>; with <paramref name="ofBestaand"/>, the wijk's concept when it already has one.</summary>
    private static async Task<JsonNode> CreateAsync(HttpClient client, Guid wijk, IReadOnlyList<Guid> team, int? ofBestaand = null)
    {
        using var response = await client.PostJsonAsync(Url, new { wijkId = wijk, titel = "Noord over tien jaar", intro = "Waar we samen naartoe willen.", horizonJaren = 10, startJaar = 2026, team });
        if (ofBestaand is { } status && (int)response.StatusCode == status)
            return (await ReadAsync(client, $"{Url}?wijkId={wijk}"))["items"]![0]!;
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var agenda = await response.ReadJsonAsync();
        Assert.EndsWith($"/wijktoekomstagendas/{agenda["id"]}", response.Headers.Location!.ToString());
        return agenda;
    }

    private static async Task<JsonNode> AmbitieAsync(HttpClient client, Guid agenda, string titel, Guid? waarde) =>
        await ReadAsync(await client.PostJsonAsync($"{Url}/{agenda}/ambities",
            new { titel, tekst = $"Over tien jaar: {titel.ToLowerInvariant()}.\nDat willen we samen.", publiekeWaardeId = waarde, eigenDoel = waarde is null }), HttpStatusCode.Created);

    private static async Task<JsonNode> PostAsync(HttpClient client, string url) => await ReadAsync(await client.PostAsync(url, null));

    private static async Task<JsonNode> ReadAsync(HttpClient client, string url) => await ReadAsync(await client.GetAsync(url));

    private static async Task<JsonNode> ReadAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using (response)
        {
            Assert.True(response.StatusCode == expected, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            return await response.ReadJsonAsync();
        }
    }

    private async Task RunTermijnenAsync()
    {
        var report = await ActivatorUtilities.CreateInstance<TermijnenJob>(fixture.Services).RunAsync(CancellationToken.None);
        Assert.Empty(report.Failed);
    }

    private List<string> Mails() =>
        Directory.Exists(fixture.MailFolder)
            ? new DirectoryInfo(fixture.MailFolder).GetFiles("*.eml").OrderBy(f => f.Name)
                .Select(f => MimeKit.MimeMessage.Load(f.FullName))
                .Select(m => $"{m.To}: {m.Subject} / {m.TextBody}").ToList()
            : [];
}
