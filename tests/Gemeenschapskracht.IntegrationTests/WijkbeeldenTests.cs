using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
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
/// The wijkbeeld over HTTP with real tokens: made by residents of the trekker organisation, talked through, geduid and
/// shared with the public; the gemeente comments on what residents wrote but cannot change it (G-8); only the team
/// works on it and sees its sterkhouders; bad input is a problem+json 400 that changes nothing; another gemeente sees
/// nothing. The fixture's concept (in Amsterdam's first wijk, written by residents) is only read or commented on; a
/// test that runs the lifecycle uses a wijk of its own.
/// </summary>
public sealed class WijkbeeldenTests(WijkbeeldenTests.Fixture fixture) : IClassFixture<WijkbeeldenTests.Fixture>
{
    private const string Url = "/api/v1/wijkbeelden";
    private const string AmsterdamBeleid = "amsterdam-beleid";
    private const string AmsterdamBewoners = "amsterdam-bewoners";
    private const string AmsterdamTrekker = "amsterdam-bewoners-trekker";
    private const string AmsterdamAnderen = "amsterdam-bewoners-anderen";

    public sealed class Fixture : ApiFactory, IAsyncLifetime
    {
        /// <summary>Amsterdam's wijken: the first holds the fixture's concept, each lifecycle test uses another.</summary>
        public IReadOnlyList<Guid> Wijken { get; private set; } = [];

        /// <summary>The bewonersorganisatie that leads the wijkbeelden.</summary>
        public Guid Trekker { get; private set; }

        /// <summary>A welfare organisation on the team.</summary>
        public Guid Welzijn { get; private set; }

        /// <summary>A bewonersorganisatie on no team.</summary>
        public Guid Anderen { get; private set; }

        /// <summary>A concept written by residents: a history item, a reading of the figures, a conversation round.</summary>
        public Guid Concept { get; private set; }

        /// <summary>The same API on the same database, with clients acting for the trekker and for the other organisation.</summary>
        public WebApplicationFactory<Program> MetOrganisaties { get; private set; } = null!;

        protected override IEnumerable<KeyValuePair<string, string>> ExtraSettings
        {
            get
            {
                var settings = new Dictionary<string, string>();
                AddClient(settings, FirstFreeClientIndex, AmsterdamBeleid, "amsterdam", "beleidsmedewerker");
                AddClient(settings, FirstFreeClientIndex + 1, AmsterdamBewoners, "amsterdam", "bewonersorganisatie");
                return settings;
            }
        }

        public async Task InitializeAsync()
        {
            var platform = await this.AuthenticatedAsync(PlatformClient);
            await Provisioning.CreateAndWaitAsync(platform, "amsterdam", "Amsterdam", "GM0363");
            await Provisioning.CreateAndWaitAsync(platform, "aa-en-hunze", "Aa en Hunze", "GM1680");
            Wijken = (await (await this.ForTenant("amsterdam").GetAsync("/api/v1/gebieden?soort=wijk&pageSize=10")).ReadJsonAsync())["items"]!.AsArray()
                .Select(w => w!["id"]!.GetValue<Guid>()).ToList();

            var beheer = await this.AuthenticatedAsync(AmsterdamBeheerClient, "amsterdam");
            Trekker = await OrganisatieAsync(beheer, "Bewonersraad Noord", "bewonersorganisatie");
            Welzijn = await OrganisatieAsync(beheer, "Welzijn Noord", "welzijnsorganisatie");
            Anderen = await OrganisatieAsync(beheer, "Buurtvereniging Oost", "bewonersorganisatie");

            var clients = new Dictionary<string, string>();
            AddClient(clients, FirstFreeClientIndex + 2, AmsterdamTrekker, "amsterdam", "bewonersorganisatie", Trekker);
            AddClient(clients, FirstFreeClientIndex + 3, AmsterdamAnderen, "amsterdam", "bewonersorganisatie", Anderen);
            MetOrganisaties = WithWebHostBuilder(builder =>
            {
                foreach (var (key, value) in clients)
                    builder.UseSetting(key, value);
            });

            var trekker = await ClientAsync(this, AmsterdamTrekker);
            var concept = await CreateAsync(trekker, Wijken[0], [Trekker, Welzijn]);
            Concept = concept["id"]!.GetValue<Guid>();
            await PutAsync(trekker, Concept, Wijziging(concept, Gevuld));
        }

        private static async Task<Guid> OrganisatieAsync(HttpClient beheer, string naam, string soort)
        {
            using var response = await beheer.PostJsonAsync("/api/v1/organisaties", new
            {
                naam, soort, rechtsvorm = "vereniging", kvknummer = (string?)null, omschrijving = (string?)null, wijkIds = Array.Empty<Guid>(),
                publiekeWaardeIds = Array.Empty<Guid>(), contactpersoon = (string?)null, email = (string?)null, telefoon = (string?)null, website = (string?)null,
            });
            Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            return (await response.ReadJsonAsync())["id"]!.GetValue<Guid>();
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.G6)]
    public async Task The_gemeente_reads_a_measure_otherwise_and_every_wijkbeeld_shows_it_but_never_without_vitality()
    {
        const string Url = "/api/v1/wijkbeelden/cijferlezing";
        const string Woningen = "Woningvoorraad";
        var publiek = fixture.ForTenant("amsterdam");
        var beleid = await BeleidAsync();
        var standaard = await (await publiek.GetAsync(Url)).ReadJsonAsync();
        var woningen = standaard["maatstaven"]!.AsArray().Single(m => m!["maatstaf"]!.GetValue<string>() == Woningen)!;
        Assert.Equal("context", woningen["standaard"]!.GetValue<string>());
        Assert.Equal("context", woningen["lens"]!.GetValue<string>());
        Assert.Null(standaard["gewijzigdOp"]);

        try
        {
            using (var gezet = await beleid.PutJsonAsync(Url, new { lezingen = new[] { new { maatstaf = Woningen, lens = "vitaliteit" } } }))
                Assert.True(gezet.StatusCode == HttpStatusCode.OK, await gezet.Content.ReadAsStringAsync());
            var cijfers = (await (await beleid.GetAsync($"/api/v1/wijkbeelden/{fixture.Concept}")).ReadJsonAsync())["cijfers"]!;
            Assert.Contains(cijfers["vitaliteit"]!.AsArray(), c => c!["maatstaf"]!.GetValue<string>() == Woningen);
            Assert.DoesNotContain(cijfers["context"]!.AsArray(), c => c!["maatstaf"]!.GetValue<string>() == Woningen);
            var nu = await (await publiek.GetAsync(Url)).ReadJsonAsync();

            // G-6: reading every vitality measure as a problem would show each wijk by its problems only.
            var alles = standaard["maatstaven"]!.AsArray().Select(m => new { maatstaf = m!["maatstaf"]!.GetValue<string>(), lens = "probleem" }).ToArray();
            var g6 = await (await beleid.PutJsonAsync(Url, new { lezingen = alles })).AssertProblemAsync(400);
            Assert.Contains("G-6", g6["detail"]!.GetValue<string>());
            await (await beleid.PutJsonAsync(Url, new { lezingen = new[] { new { maatstaf = "VerzonnenMaatstaf", lens = "context" } } })).AssertProblemAsync(400);
            await (await beleid.PutJsonAsync(Url, new { lezingen = new[] { new { maatstaf = Woningen, lens = "zorgwekkend" } } })).AssertProblemAsync(400);
            Assert.NotNull((await (await beleid.PutJsonAsync(Url, new { })).AssertProblemAsync(400))["errors"]!["lezingen"]);
            await (await (await TrekkerAsync()).PutJsonAsync(Url, new { lezingen = Array.Empty<object>() })).AssertProblemAsync(403);
            Assert.Equal(nu.ToJsonString(), (await (await publiek.GetAsync(Url)).ReadJsonAsync()).ToJsonString());
        }
        finally
        {
            using var terug = await beleid.PutJsonAsync(Url, new { lezingen = Array.Empty<object>() });
            Assert.Equal("context", (await terug.ReadJsonAsync())["maatstaven"]!.AsArray()
                .Single(m => m!["maatstaf"]!.GetValue<string>() == Woningen)!["lens"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task A_wijkbeeld_is_made_by_residents_talked_through_geduid_and_shared_with_the_public()
    {
        var trekker = await TrekkerAsync();
        var publiek = fixture.ForTenant("amsterdam");
        var wijk = fixture.Wijken[1];

        var nieuw = await CreateAsync(trekker, wijk, [fixture.Trekker, fixture.Welzijn]);
        var id = nieuw["id"]!.GetValue<Guid>();
        Assert.Equal(1, nieuw["versie"]!.GetValue<int>());
        Assert.Equal("concept", nieuw["status"]!.GetValue<string>());
        Assert.Equal(["Bewonersraad Noord", "Welzijn Noord"], nieuw["team"]!.AsArray().Select(t => t!["naam"]!.GetValue<string>()));
        await (await publiek.GetAsync($"{Url}/{id}")).AssertProblemAsync(404);
        Assert.DoesNotContain(id.ToString(), (await ReadAsync(publiek, $"{Url}?wijkId={wijk}")).ToJsonString());

        var gevuld = await PutAsync(trekker, id, Wijziging(nieuw, Gevuld));
        var inhoud = gevuld["inhoud"]!;
        Assert.Equal("De cijfers over armoede vertellen niet hoe de buren elkaar helpen.", inhoud["duiding"]!.GetValue<string>());
        var geschiedenis = Assert.Single(inhoud["geschiedenis"]!.AsArray())!;
        Assert.Equal("bewoners", geschiedenis["herkomst"]!["kant"]!.GetValue<string>());
        Assert.Equal(AmsterdamTrekker, geschiedenis["herkomst"]!["auteur"]!.GetValue<string>());
        Assert.Empty(geschiedenis["opmerkingen"]!.AsArray());
        Assert.Equal(0.33m, Assert.Single(inhoud["inzet"]!.AsArray())!["wijkgebondenheid"]!.GetValue<decimal>());
        Assert.Equal(20, inhoud["gespreksrondes"]![0]!["deelnemers"]!["bewoners"]!.GetValue<int>());
        Assert.Equal("later", inhoud["wijkopbouwpunt"]!["keuze"]!.GetValue<string>());

        Assert.Equal("inGesprek", (await PostAsync(trekker, $"{Url}/{id}/gesprekken"))["status"]!.GetValue<string>());
        Assert.Equal("geduid", (await PostAsync(trekker, $"{Url}/{id}/duidingen"))["status"]!.GetValue<string>());
        var gedeeld = await PostAsync(trekker, $"{Url}/{id}/delingen");
        Assert.Equal("gedeeld", gedeeld["status"]!.GetValue<string>());
        Assert.NotNull(gedeeld["gedeeldOp"]);

        var gelezen = await ReadAsync(publiek, $"{Url}/{id}");
        Assert.Equal(inhoud.ToJsonString(), gelezen["inhoud"]!.ToJsonString());
        Assert.Equal(wijk, gelezen["wijkId"]!.GetValue<Guid>());
        var cijfers = gelezen["cijfers"]!;
        Assert.NotNull(cijfers["vitaliteit"]!.AsArray());
        Assert.NotNull(cijfers["problemen"]!.AsArray());
        Assert.NotNull(cijfers["context"]!.AsArray());
        Assert.True(cijfers["vitaliteit"]!.AsArray().Count > 0 || cijfers["vitaliteitOntbreekt"] is not null, cijfers.ToJsonString());
        var lijst = await ReadAsync(publiek, $"{Url}?wijkId={wijk}");
        Assert.Equal(id, Assert.Single(lijst["items"]!.AsArray())!["id"]!.GetValue<Guid>());
    }

    [Fact]
    public async Task A_new_version_after_sharing_copies_the_content_and_replaces_the_shared_one_when_it_is_shared()
    {
        var trekker = await TrekkerAsync();
        var publiek = fixture.ForTenant("amsterdam");
        var wijk = fixture.Wijken[2];
        var v1 = await GedeeldAsync(trekker, wijk);
        var v1Id = v1["id"]!.GetValue<Guid>();

        await (await trekker.PutJsonAsync($"{Url}/{v1Id}", Wijziging(v1, i => i["duiding"] = "Later"))).AssertProblemAsync(400);
        using (var response = await trekker.PostJsonAsync(Url, new { wijkId = wijk, titel = "Wijkbeeld 2027", team = Array.Empty<Guid>() }))
        {
            Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            var v2 = await response.ReadJsonAsync();
            var v2Id = v2["id"]!.GetValue<Guid>();
            Assert.Equal(2, v2["versie"]!.GetValue<int>());
            Assert.Equal("concept", v2["status"]!.GetValue<string>());
            Assert.Equal(v1["inhoud"]!.ToJsonString(), v2["inhoud"]!.ToJsonString());
            Assert.Equal(v1["team"]!.ToJsonString(), v2["team"]!.ToJsonString());
            await (await trekker.PostJsonAsync(Url, new { wijkId = wijk, titel = "Nog een", team = Array.Empty<Guid>() })).AssertProblemAsync(409);

            await PostAsync(trekker, $"{Url}/{v2Id}/gesprekken");
            await PostAsync(trekker, $"{Url}/{v2Id}/duidingen");
            await PostAsync(trekker, $"{Url}/{v2Id}/delingen");
        }

        Assert.Equal("vervangen", (await ReadAsync(publiek, $"{Url}/{v1Id}"))["status"]!.GetValue<string>());
        Assert.Equal(["gedeeld", "vervangen"], (await ReadAsync(publiek, $"{Url}?wijkId={wijk}"))["items"]!.AsArray().Select(w => w!["status"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Sharing_needs_a_gespreksronde_and_a_duiding_and_a_refusal_changes_nothing()
    {
        var trekker = await TrekkerAsync();
        var nieuw = await CreateAsync(trekker, fixture.Wijken[3], [fixture.Trekker]);
        var id = nieuw["id"]!.GetValue<Guid>();

        await (await trekker.PostAsync($"{Url}/{id}/delingen", null)).AssertProblemAsync(400);
        await PostAsync(trekker, $"{Url}/{id}/gesprekken");
        var ingesprek = await ReadAsync(trekker, $"{Url}/{id}");
        var geenRonde = await (await trekker.PostAsync($"{Url}/{id}/duidingen", null)).AssertProblemAsync(400);
        var nietGeduid = await (await trekker.PostAsync($"{Url}/{id}/delingen", null)).AssertProblemAsync(400);

        Assert.Contains("gespreksronde", geenRonde["detail"]!.GetValue<string>());
        Assert.Contains("geduid", nietGeduid["detail"]!.GetValue<string>());
        Assert.Equal(Snapshot(ingesprek), Snapshot(await ReadAsync(trekker, $"{Url}/{id}")));
        await (await fixture.ForTenant("amsterdam").GetAsync($"{Url}/{id}")).AssertProblemAsync(404);
    }

    [Fact]
    public async Task A_wijkbeeld_is_led_by_a_residents_organisation_of_the_register()
    {
        var beleid = await BeleidAsync();
        var wijk = fixture.Wijken[4];

        await (await beleid.PostJsonAsync(Url, new { wijkId = wijk, titel = "Wijkbeeld", team = new[] { fixture.Welzijn, fixture.Trekker } })).AssertProblemAsync(400);
        await (await beleid.PostJsonAsync(Url, new { wijkId = wijk, titel = "Wijkbeeld", team = new[] { Guid.NewGuid() } })).AssertProblemAsync(404);
        await (await beleid.PostJsonAsync(Url, new { wijkId = Guid.NewGuid(), titel = "Wijkbeeld", team = new[] { fixture.Trekker } })).AssertProblemAsync(404);

        Assert.Equal(0, (await ReadAsync(beleid, $"{Url}?wijkId={wijk}"))["totalCount"]!.GetValue<int>());
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.G7)]
    public async Task G7_an_organisation_leaving_the_team_takes_nothing_with_it_and_residents_keep_the_lead()
    {
        var beleid = await BeleidAsync();
        var nieuw = await CreateAsync(beleid, fixture.Wijken[7], [fixture.Trekker, fixture.Welzijn]);
        var id = nieuw["id"]!.GetValue<Guid>();
        var gevuld = await PutAsync(beleid, id, Wijziging(nieuw, Gevuld));

        await (await beleid.PutJsonAsync($"{Url}/{id}/team", new { team = new[] { fixture.Welzijn } })).AssertProblemAsync(400);
        await (await beleid.PutJsonAsync($"{Url}/{id}/team", new { team = new[] { fixture.Trekker, Guid.NewGuid() } })).AssertProblemAsync(404);
        using var verkleind = await beleid.PutJsonAsync($"{Url}/{id}/team", new { team = new[] { fixture.Trekker } });

        Assert.Equal(HttpStatusCode.OK, verkleind.StatusCode);
        var wijkbeeld = await ReadAsync(beleid, $"{Url}/{id}");
        Assert.Equal([fixture.Trekker], wijkbeeld["team"]!.AsArray().Select(t => t!["id"]!.GetValue<Guid>()));
        Assert.Equal(gevuld["inhoud"]!.ToJsonString(), wijkbeeld["inhoud"]!.ToJsonString());
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.G8)]
    public async Task G8_the_gemeente_cannot_change_or_remove_what_residents_wrote()
    {
        var beleid = await BeleidAsync();
        var voor = await ReadAsync(beleid, $"{Url}/{fixture.Concept}");

        var gewijzigd = await (await beleid.PutJsonAsync($"{Url}/{fixture.Concept}",
            Wijziging(voor, i => i["geschiedenis"]![0]!["gebeurtenis"] = "De fabriek verhuisde"))).AssertProblemAsync(400);
        await (await beleid.PutJsonAsync($"{Url}/{fixture.Concept}", Wijziging(voor, i => i["geschiedenis"] = new JsonArray()))).AssertProblemAsync(400);
        await (await beleid.PutJsonAsync($"{Url}/{fixture.Concept}", Wijziging(voor, i => i["duiding"] = "Armoede is het probleem."))).AssertProblemAsync(400);
        await (await beleid.PutJsonAsync($"{Url}/{fixture.Concept}", Wijziging(voor, i => i["wijkopbouwpunt"]!["keuze"] = "nee"))).AssertProblemAsync(400);

        Assert.Contains("opmerking", gewijzigd["detail"]!.GetValue<string>());
        Assert.Equal(Snapshot(voor), Snapshot(await ReadAsync(beleid, $"{Url}/{fixture.Concept}")));
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.G8)]
    public async Task G8_the_gemeente_comments_on_what_residents_wrote_and_adds_its_own()
    {
        var beleid = await BeleidAsync();
        var voor = await ReadAsync(beleid, $"{Url}/{fixture.Concept}");
        var item = voor["inhoud"]!["geschiedenis"]![0]!["id"]!.GetValue<Guid>();

        using (var response = await beleid.PostJsonAsync($"{Url}/{fixture.Concept}/opmerkingen", new { itemId = item, tekst = "Klopt het jaartal?" }))
        {
            Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            Assert.Equal("gemeente", (await response.ReadJsonAsync())["kant"]!.GetValue<string>());
        }
        var metOpmerking = await ReadAsync(beleid, $"{Url}/{fixture.Concept}");
        var geschiedenis = metOpmerking["inhoud"]!["geschiedenis"]![0]!;
        var opmerking = geschiedenis["opmerkingen"]!.AsArray().Single(o => o!["tekst"]!.GetValue<string>() == "Klopt het jaartal?")!;
        Assert.Equal(AmsterdamBeleid, opmerking["auteur"]!.GetValue<string>());
        Assert.Equal("bewoners", geschiedenis["herkomst"]!["kant"]!.GetValue<string>());
        Assert.Equal(voor["inhoud"]!["geschiedenis"]![0]!["gebeurtenis"]!.ToJsonString(), geschiedenis["gebeurtenis"]!.ToJsonString());

        var aangevuld = await PutAsync(beleid, fixture.Concept, Wijziging(metOpmerking, i => i["behoeften"]!.AsArray().Add(Behoefte("Een avond per week de gymzaal"))));
        var behoefte = aangevuld["inhoud"]!["behoeften"]!.AsArray().Single(b => b!["omschrijving"]!.GetValue<string>() == "Een avond per week de gymzaal")!;
        Assert.Equal("gemeente", behoefte["herkomst"]!["kant"]!.GetValue<string>());
        Assert.Equal(metOpmerking["inhoud"]!["geschiedenis"]!.ToJsonString(), aangevuld["inhoud"]!["geschiedenis"]!.ToJsonString());
    }

    [Fact]
    public async Task A_comment_on_an_unknown_item_is_a_400_that_changes_nothing()
    {
        var trekker = await TrekkerAsync();
        var voor = await ReadAsync(trekker, $"{Url}/{fixture.Concept}");

        await (await trekker.PostJsonAsync($"{Url}/{fixture.Concept}/opmerkingen", new { itemId = Guid.NewGuid(), tekst = "Waar hoort dit bij?" })).AssertProblemAsync(400);
        var leeg = await (await trekker.PostJsonAsync($"{Url}/{fixture.Concept}/opmerkingen", new { itemId = Guid.NewGuid(), tekst = " " })).AssertProblemAsync(400);

        Assert.NotNull(leeg["errors"]!["tekst"]);
        Assert.Equal(Snapshot(voor), Snapshot(await ReadAsync(trekker, $"{Url}/{fixture.Concept}")));
    }

    [Fact]
    public async Task Only_the_team_works_on_a_wijkbeeld()
    {
        var beleid = await BeleidAsync();
        var zonderOrganisatie = await fixture.AuthenticatedAsync(AmsterdamBewoners, "amsterdam");
        var anderen = await ClientAsync(fixture, AmsterdamAnderen);
        var voor = await ReadAsync(beleid, $"{Url}/{fixture.Concept}");
        var item = voor["inhoud"]!["geschiedenis"]![0]!["id"]!.GetValue<Guid>();

        foreach (var client in new[] { zonderOrganisatie, anderen })
        {
            await (await client.PutJsonAsync($"{Url}/{fixture.Concept}", Wijziging(voor, i => i["duiding"] = "Overgenomen"))).AssertProblemAsync(403);
            await (await client.PostJsonAsync($"{Url}/{fixture.Concept}/opmerkingen", new { itemId = item, tekst = "Van buiten" })).AssertProblemAsync(403);
            await (await client.PostAsync($"{Url}/{fixture.Concept}/gesprekken", null)).AssertProblemAsync(403);
            await (await client.PostJsonAsync(Url, new { wijkId = fixture.Wijken[5], titel = "Ons wijkbeeld", team = new[] { fixture.Trekker } })).AssertProblemAsync(403);
        }

        Assert.Equal(Snapshot(voor), Snapshot(await ReadAsync(beleid, $"{Url}/{fixture.Concept}")));
        Assert.Equal(0, (await ReadAsync(beleid, $"{Url}?wijkId={fixture.Wijken[5]}"))["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Sterkhouders_are_recorded_with_consent_for_the_team_only_and_anonymised_on_withdrawal()
    {
        var trekker = await TrekkerAsync();
        var beleid = await BeleidAsync();
        const string naam = "Hendrika Zwanenburg-Kaya";
        var sterkhouders = $"{Url}/{fixture.Concept}/sterkhouders";

        var zonder = await (await trekker.PostJsonAsync(sterkhouders, Sterkhouder(naam, toestemmingOp: null))).AssertProblemAsync(400);
        Assert.Contains("toestemming", zonder["detail"]!.GetValue<string>());
        await (await trekker.PostJsonAsync(sterkhouders, Sterkhouder(naam, toestemmingWijze: " "))).AssertProblemAsync(400);
        await (await trekker.PostJsonAsync(sterkhouders, Sterkhouder(naam, toestemmingOp: DateTime.UtcNow.AddDays(2).ToString("yyyy-MM-dd")))).AssertProblemAsync(400);
        Assert.DoesNotContain(naam, (await ReadAsync(trekker, sterkhouders)).ToJsonString());

        Guid id;
        using (var response = await trekker.PostJsonAsync(sterkhouders, Sterkhouder(naam)))
        {
            Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            id = (await response.ReadJsonAsync())["id"]!.GetValue<Guid>();
        }
        var vastgelegd = (await ReadAsync(trekker, sterkhouders)).AsArray().Single(s => s!["id"]!.GetValue<Guid>() == id)!;
        Assert.Equal(naam, vastgelegd["naam"]!.GetValue<string>());
        Assert.Equal("toestemmingGegeven", vastgelegd["status"]!.GetValue<string>());
        Assert.Contains(naam, (await ReadAsync(beleid, sterkhouders)).ToJsonString());
        Assert.DoesNotContain(naam, (await ReadAsync(trekker, $"{Url}/{fixture.Concept}")).ToJsonString());
        Assert.DoesNotContain(naam, (await ReadAsync(beleid, $"{Url}/{fixture.Concept}")).ToJsonString());

        var anderen = await ClientAsync(fixture, AmsterdamAnderen);
        await (await anderen.GetAsync(sterkhouders)).AssertProblemAsync(403);
        await (await (await fixture.AuthenticatedAsync(AmsterdamBewoners, "amsterdam")).GetAsync(sterkhouders)).AssertProblemAsync(403);
        await (await fixture.ForTenant("amsterdam").GetAsync(sterkhouders)).AssertProblemAsync(401);
        await (await anderen.PostAsync($"{sterkhouders}/{id}/intrekkingen", null)).AssertProblemAsync(403);

        var ingetrokken = await PostAsync(trekker, $"{sterkhouders}/{id}/intrekkingen");
        Assert.Equal("ingetrokken", ingetrokken["status"]!.GetValue<string>());
        Assert.Equal("(ingetrokken)", ingetrokken["naam"]!.GetValue<string>());
        Assert.Null(ingetrokken["contact"]);
        Assert.Null(ingetrokken["domein"]);
        await (await trekker.PostAsync($"{sterkhouders}/{id}/intrekkingen", null)).AssertProblemAsync(400);
        Assert.DoesNotContain(naam, (await ReadAsync(trekker, sterkhouders)).ToJsonString());

        await using var scope = fixture.Services.CreateAsyncScope();
        var catalog = scope.ServiceProvider.GetRequiredService<TenantCatalogDbContext>();
        var records = await catalog.AuditRecords.IgnoreQueryFilters([QueryFilters.Tenant]).ToListAsync();
        Assert.Contains(records, r => r.ObjectType == "Sterkhouder" && r.ObjectId == id.ToString() && r.Action == "aangemaakt" && r.Actor == AmsterdamTrekker);
        Assert.Contains(records, r => r.ObjectType == "Sterkhouder" && r.ObjectId == id.ToString() && r.Action == "gewijzigd");
        Assert.DoesNotContain(records, r => (r.Changes ?? "").Contains("Zwanenburg") || (r.Changes ?? "").Contains("06 1234 5678") || (r.Changes ?? "").Contains("de moskee"));
    }

    [Fact]
    public async Task Sterkhouders_of_another_wijk_cannot_be_withdrawn_through_this_wijkbeeld()
    {
        var trekker = await TrekkerAsync();
        var ander = await CreateAsync(trekker, fixture.Wijken[6], [fixture.Trekker]);
        Guid id;
        using (var response = await trekker.PostJsonAsync($"{Url}/{ander["id"]}/sterkhouders", Sterkhouder("Jan de Vries")))
            id = (await response.ReadJsonAsync())["id"]!.GetValue<Guid>();

        await (await trekker.PostAsync($"{Url}/{fixture.Concept}/sterkhouders/{id}/intrekkingen", null)).AssertProblemAsync(404);

        Assert.Equal("toestemmingGegeven", Assert.Single((await ReadAsync(trekker, $"{Url}/{ander["id"]}/sterkhouders")).AsArray())!["status"]!.GetValue<string>());
    }

    public static TheoryData<string, string> OngeldigeInhoud => new()
    {
        { "deployment of 169 hours in the wijk", "urenInWijk" },
        { "deployment of 169 hours in all", "" },
        { "negative hours", "urenElders" },
        { "a part left out", "behoeften" },
        { "the content left out", "inhoud" },
        { "a null history item", "geschiedenis" },
        { "a null gespreksronde", "gespreksrondes" },
        { "control characters in an event", "gebeurtenis" },
        { "a direction override in the reading", "duiding" },
        { "an unknown item id", "" },
        { "a gespreksronde without participants", "" },
        { "a gespreksronde without its participants", "deelnemers" },
        { "an initiative of an organisation not in the register", "" },
        { "an unknown kind of need", "soort" },
        { "an empty title", "titel" },
    };

    [Theory]
    [MemberData(nameof(OngeldigeInhoud))]
    public async Task Bad_content_is_a_400_that_changes_nothing(string geval, string veld)
    {
        var trekker = await TrekkerAsync();
        var voor = await ReadAsync(trekker, $"{Url}/{fixture.Concept}");
        var body = Wijziging(voor, _ => { });
        var inhoud = body["inhoud"]!.AsObject();
        switch (geval)
        {
            case "deployment of 169 hours in the wijk": inhoud["inzet"]![0]!["urenInWijk"] = 169; break;
            case "deployment of 169 hours in all": inhoud["inzet"]![0]!["urenInWijk"] = 100; inhoud["inzet"]![0]!["urenElders"] = 69; break;
            case "negative hours": inhoud["inzet"]![0]!["urenElders"] = -1; break;
            case "a part left out": inhoud.Remove("behoeften"); break;
            case "the content left out": body.Remove("inhoud"); break;
            case "a null history item": inhoud["geschiedenis"]!.AsArray().Add(null); break;
            case "a null gespreksronde": inhoud["gespreksrondes"]!.AsArray().Add(null); break;
            case "control characters in an event": inhoud["geschiedenis"]![0]!["gebeurtenis"] = "De fabriek\u0007 sloot"; break;
            case "a direction override in the reading": inhoud["duiding"] = "Armoede\u202E"; break;
            case "an unknown item id": inhoud["geschiedenis"]![0]!["id"] = Guid.NewGuid(); break;
            case "a gespreksronde without participants":
                inhoud["gespreksrondes"]![0]!["deelnemers"] = new JsonObject { ["bewoners"] = 0, ["professionals"] = 0, ["ambtenaren"] = 0, ["ondernemers"] = 0 };
                break;
            case "a gespreksronde without its participants": inhoud["gespreksrondes"]![0]!["deelnemers"] = null; break;
            case "an initiative of an organisation not in the register":
                inhoud["initiatieven"]!.AsArray().Add(new JsonObject
                {
                    ["id"] = null, ["naam"] = "Repair Café", ["organisatieId"] = Guid.NewGuid(), ["omschrijving"] = "Samen repareren", ["behoeften"] = null,
                });
                break;
            case "an unknown kind of need": inhoud["behoeften"]!.AsArray().Add(new JsonObject { ["id"] = null, ["soort"] = "vrede", ["omschrijving"] = "Rust" }); break;
            case "an empty title": body["titel"] = "  "; break;
        }

        var problem = await (await trekker.PutJsonAsync($"{Url}/{fixture.Concept}", body)).AssertProblemAsync(400);

        if (veld.Length > 0)
            Assert.True(problem["errors"]?.AsObject().Any(e => e.Key.Split('.', '[').Any(deel => deel.Equals(veld, StringComparison.OrdinalIgnoreCase))) == true,
                $"{geval}: expected an error for '{veld}', got {problem}");
        Assert.Equal(Snapshot(voor), Snapshot(await ReadAsync(trekker, $"{Url}/{fixture.Concept}")));
    }

    public static TheoryData<string, string> Verzoeken => new()
    {
        { "GET", "" },
        { "PUT", "" },
        { "POST", "/opmerkingen" },
        { "POST", "/gesprekken" },
        { "GET", "/sterkhouders" },
        { "POST", "/sterkhouders" },
    };

    [Theory]
    [MemberData(nameof(Verzoeken))]
    public async Task Another_gemeente_cannot_read_or_change_amsterdams_wijkbeeld(string method, string pad)
    {
        var beleid = await BeleidAsync();
        var anderen = await fixture.AuthenticatedAsync(ApiFactory.AaEnHunzeBeheerClient, "aa-en-hunze");
        var voor = await ReadAsync(beleid, $"{Url}/{fixture.Concept}");

        using var request = new HttpRequestMessage(new HttpMethod(method), $"{Url}/{fixture.Concept}{pad}");
        request.Content = (method, pad) switch
        {
            ("PUT", _) => JsonContent.Create(Wijziging(voor, i => i["duiding"] = "Overgenomen")),
            (_, "/opmerkingen") => JsonContent.Create(new { itemId = voor["inhoud"]!["geschiedenis"]![0]!["id"]!.GetValue<Guid>(), tekst = "Van elders" }),
            ("POST", "/sterkhouders") => JsonContent.Create(Sterkhouder("Piet Overgenomen")),
            _ => null,
        };
        var problem = await (await anderen.SendAsync(request)).AssertProblemAsync(404);

        Assert.DoesNotContain("Noord", problem.ToJsonString());
        Assert.Equal(Snapshot(voor), Snapshot(await ReadAsync(beleid, $"{Url}/{fixture.Concept}")));
        Assert.Equal(0, (await ReadAsync(anderen, Url))["totalCount"]!.GetValue<int>());
    }

    private Task<HttpClient> BeleidAsync() => fixture.AuthenticatedAsync(AmsterdamBeleid, "amsterdam");

    private Task<HttpClient> TrekkerAsync() => ClientAsync(fixture, AmsterdamTrekker);

    /// <summary>A client of the host whose machine clients act for an organisation.</summary>
    private static async Task<HttpClient> ClientAsync(Fixture fixture, string clientId)
    {
        var client = fixture.MetOrganisaties.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await client.GetTokenAsync(clientId));
        client.DefaultRequestHeaders.Add("Gemeente", "amsterdam");
        return client;
    }

    private static async Task<JsonNode> CreateAsync(HttpClient client, Guid wijk, IReadOnlyList<Guid> team)
    {
        using var response = await client.PostJsonAsync(Url, new { wijkId = wijk, titel = "Wijkbeeld Noord", team });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var wijkbeeld = await response.ReadJsonAsync();
        Assert.EndsWith($"/wijkbeelden/{wijkbeeld["id"]}", response.Headers.Location!.ToString());
        return wijkbeeld;
    }

    /// <summary>A wijkbeeld of <paramref name="wijk"/>, filled, talked through, geduid and shared.</summary>
    private async Task<JsonNode> GedeeldAsync(HttpClient trekker, Guid wijk)
    {
        var nieuw = await CreateAsync(trekker, wijk, [fixture.Trekker, fixture.Welzijn]);
        var id = nieuw["id"]!.GetValue<Guid>();
        await PutAsync(trekker, id, Wijziging(nieuw, Gevuld));
        await PostAsync(trekker, $"{Url}/{id}/gesprekken");
        await PostAsync(trekker, $"{Url}/{id}/duidingen");
        return await PostAsync(trekker, $"{Url}/{id}/delingen");
    }

    private static async Task<JsonNode> PutAsync(HttpClient client, Guid id, JsonObject body) =>
        await ReadAsync(await client.PutJsonAsync($"{Url}/{id}", body));

    private static async Task<JsonNode> PostAsync(HttpClient client, string url) => await ReadAsync(await client.PostAsync(url, null));

    private static async Task<JsonNode> ReadAsync(HttpClient client, string url) => await ReadAsync(await client.GetAsync(url));

    private static async Task<JsonNode> ReadAsync(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            return await response.ReadJsonAsync();
        }
    }

    /// <summary>The body of a PUT for <paramref name="wijkbeeld"/>: its title and a copy of its content, changed by <paramref name="pas"/>.</summary>
    private static JsonObject Wijziging(JsonNode wijkbeeld, Action<JsonObject> pas)
    {
        var inhoud = wijkbeeld["inhoud"]!.DeepClone().AsObject();
        pas(inhoud);
        return new JsonObject { ["titel"] = wijkbeeld["titel"]!.DeepClone(), ["inhoud"] = inhoud };
    }

    /// <summary>What residents write: the reading of the figures, a history, deployment, a conversation round, a need, the decision.</summary>
    private static void Gevuld(JsonObject inhoud)
    {
        inhoud["duiding"] = "De cijfers over armoede vertellen niet hoe de buren elkaar helpen.";
        inhoud["geschiedenis"] = new JsonArray(new JsonObject
        {
            ["id"] = null, ["periode"] = "1985", ["gebeurtenis"] = "De scheepswerf sloot", ["spanningen"] = "Veel werkloosheid", ["bron"] = "Buurtarchief",
        });
        inhoud["informeleStructuren"] = new JsonArray(new JsonObject
        {
            ["id"] = null, ["omschrijving"] = "Appgroep van de Vogelbuurt", ["soort"] = "appgroep", ["lokaliseerbaar"] = "deels",
        });
        inhoud["inzet"] = new JsonArray(new JsonObject
        {
            ["id"] = null, ["organisatie"] = "Welzijn Noord", ["functie"] = "Opbouwwerker", ["urenInWijk"] = 12, ["urenElders"] = 24,
            ["jarenAanwezig"] = 6, ["financiering"] = "subsidie",
        });
        inhoud["samenwerkingen"] = new JsonArray(new JsonObject
        {
            ["id"] = null, ["partijen"] = "Moskee en sportclub", ["wat"] = "Zomerschool", ["sindsJaar"] = 2019, ["waaromHetWerkt"] = "Vaste gezichten",
        });
        inhoud["gespreksrondes"] = new JsonArray(new JsonObject
        {
            ["id"] = null, ["datum"] = "2026-02-12",
            ["deelnemers"] = new JsonObject { ["bewoners"] = 20, ["professionals"] = 4, ["ambtenaren"] = 1, ["ondernemers"] = 2 },
            ["vragen"] = "Wat maakt de wijk sterk?", ["bevindingen"] = "De buren helpen elkaar.", ["gespreksleider"] = "Fatima",
        });
        inhoud["behoeften"] = new JsonArray(Behoefte("Een vaste plek om te vergaderen"));
        inhoud["wijkopbouwpunt"] = new JsonObject { ["keuze"] = "later", ["redenen"] = "Eerst een vaste plek." };
    }

    private static JsonObject Behoefte(string omschrijving) => new() { ["id"] = null, ["soort"] = "plekken", ["omschrijving"] = omschrijving };

    private static object Sterkhouder(string naam, string? toestemmingOp = "2026-01-15", string? toestemmingWijze = "mondeling, bij de moskee") => new
    {
        naam, rol = "gesprekspartner", domein = "de moskee", contact = "06 1234 5678", toestemmingOp, toestemmingWijze,
    };

    /// <summary>What a refused request must leave as it was.</summary>
    private static string Snapshot(JsonNode wijkbeeld) =>
        new JsonObject
        {
            ["titel"] = wijkbeeld["titel"]!.DeepClone(), ["status"] = wijkbeeld["status"]!.DeepClone(), ["team"] = wijkbeeld["team"]!.DeepClone(),
            ["inhoud"] = wijkbeeld["inhoud"]!.DeepClone(), ["gewijzigdOp"] = wijkbeeld["gewijzigdOp"]!.DeepClone(),
        }.ToJsonString();
}
