using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Gemeenschapskracht.Domain.Verzoeken;
using Gemeenschapskracht.Infrastructure.Jobs;
using Gemeenschapskracht.Infrastructure.Persistence;
using Gemeenschapskracht.Infrastructure.Tenancy;
using Gemeenschapskracht.IntegrationTests.Identity;
using Gemeenschapskracht.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gemeenschapskracht.IntegrationTests;

/// <summary>
/// Requests of the agenda to institutions over HTTP with real tokens, on the demo content of Amsterdam: sent by the
/// team with the gemeente's deadline and mailed with an answer link; answered by the institution itself (through the
/// link, or by a member of that organisation; a member of another is refused); a late answer recorded as late; the
/// public tracker shows who answered on time, late or not, and the toezeggingen beside the political ones; J10 chases
/// once; bad input changes nothing; another gemeente sees nothing.
/// </summary>
public sealed partial class VerzoekenTests(VerzoekenTests.Fixture fixture) : IClassFixture<VerzoekenTests.Fixture>
{
    private const string Url = "/api/v1/verzoeken";
    private const string Trekker = "verzoek-trekker";
    private const string CorporatieLid = "verzoek-corporatie";
    private const string ZorgLid = "verzoek-zorg";
    private const string CorporatieMail = "antwoord@woonstichting-test.example.org";

    public sealed class Fixture : IdentityFactory, IAsyncLifetime
    {
        public Guid Wijk { get; private set; }

        public Guid AndereWijk { get; private set; }

        public Guid Agenda { get; private set; }

        public Guid Ambitie { get; private set; }

        public Guid Corporatie { get; private set; }

        public Guid Zorg { get; private set; }

        public Guid ZonderEmail { get; private set; }

        public WebApplicationFactory<Program> MetOrganisaties { get; private set; } = null!;

        public new async Task InitializeAsync()
        {
            await base.InitializeAsync();
            var beheer = await this.AuthenticatedAsync(AmsterdamBeheerClient, "amsterdam");
            var pilot = (await (await beheer.GetAsync("/api/v1/wijkbeelden")).ReadJsonAsync())["items"]![0]!["wijkId"]!.GetValue<Guid>();
            var wijken = (await (await this.ForTenant("amsterdam").GetAsync("/api/v1/gebieden?soort=wijk&pageSize=6")).ReadJsonAsync())["items"]!.AsArray()
                .Select(w => w!["id"]!.GetValue<Guid>()).Where(w => w != pilot).ToList();
            (Wijk, AndereWijk) = (wijken[0], wijken[1]);
            var organisaties = (await (await beheer.GetAsync("/api/v1/organisaties?pageSize=100")).ReadJsonAsync())["items"]!.AsArray();
            var demoBewoners = organisaties.First(o => o!["soort"]!.GetValue<string>() == "bewonersorganisatie")!["id"]!.GetValue<Guid>();
            var trekker = await WijktoekomstagendasTests.Fixture.OrganisatieAsync(beheer, "Bewonersraad Verzoek", "bewonersorganisatie");
            Corporatie = await WijktoekomstagendasTests.Fixture.OrganisatieAsync(beheer, "Woonstichting Test", "woningcorporatie", CorporatieMail);
            Zorg = await WijktoekomstagendasTests.Fixture.OrganisatieAsync(beheer, "Zorggroep Test", "zorgorganisatie", "info@zorggroep-test.example.org");
            ZonderEmail = await WijktoekomstagendasTests.Fixture.OrganisatieAsync(beheer, "School Zonder Mail", "school");
            var clients = new Dictionary<string, string>();
            AddClient(clients, FirstFreeClientIndex, Trekker, "amsterdam", "bewonersorganisatie", trekker);
            AddClient(clients, FirstFreeClientIndex + 1, CorporatieLid, "amsterdam", "professional", Corporatie);
            AddClient(clients, FirstFreeClientIndex + 2, ZorgLid, "amsterdam", "professional", Zorg);
            MetOrganisaties = WithWebHostBuilder(builder =>
            {
                foreach (var (key, value) in clients)
                    builder.UseSetting(key, value);
            });

            var team = await ClientAsync(this, Trekker);
            Agenda = await GepubliceerdeAgendaAsync(team, Wijk, [trekker, demoBewoners]);
            var agenda = await (await team.GetAsync($"/api/v1/wijktoekomstagendas/{Agenda}")).ReadJsonAsync();
            Ambitie = agenda["ambities"]![0]!["id"]!.GetValue<Guid>();
        }

        public static async Task<Guid> GepubliceerdeAgendaAsync(HttpClient team, Guid wijk, Guid[] leden)
        {
            using var response = await team.PostJsonAsync("/api/v1/wijktoekomstagendas", new { wijkId = wijk, titel = "Zuid over vijf jaar", horizonJaren = 5, startJaar = 2026, team = leden });
            Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            var id = (await response.ReadJsonAsync())["id"]!.GetValue<Guid>();
            (await team.PostJsonAsync($"/api/v1/wijktoekomstagendas/{id}/ambities", new { titel = "Een groen binnenterrein", tekst = "Met bankjes en bomen.", eigenDoel = true })).EnsureSuccessStatusCode();
            (await team.PostAsync($"/api/v1/wijktoekomstagendas/{id}/publicaties", null)).EnsureSuccessStatusCode();
            return id;
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task A_request_is_mailed_with_an_answer_link_answered_through_it_and_shown_on_the_public_tracker()
    {
        var team = await ClientAsync(fixture, Trekker);
        var verzoek = await SendAsync(team, fixture.Corporatie, fixture.Ambitie);
        Assert.Equal("verzonden", verzoek["status"]!.GetValue<string>());
        Assert.Equal("open", verzoek["stand"]!.GetValue<string>());
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(42), DateOnly.Parse(verzoek["uiterlijk"]!.GetValue<string>()));
        Assert.Equal("Een groen binnenterrein", verzoek["ambitieTitel"]!.GetValue<string>());
        var sleutel = SleutelUitMail(verzoek["id"]!.GetValue<Guid>());

        var publiek = fixture.ForTenant("amsterdam");
        var gelezen = await ReadAsync(await publiek.GetAsync($"{Url}/sleutels/{sleutel}"));
        Assert.Equal("Woonstichting Test", gelezen["organisatieNaam"]!.GetValue<string>());
        var uiterlijk = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(6);
        var antwoord = await ReadAsync(await publiek.PostJsonAsync($"{Url}/sleutels/{sleutel}/antwoorden", new
        {
            antwoord = "Wij vergroenen het binnenterrein in 2027.", link = "https://woonstichting-test.example.org/antwoord",
            toezeggingen = new[] { new { omschrijving = "Tien bomen op het binnenterrein", uiterlijk } },
        }));
        Assert.Equal("opTijd", antwoord["stand"]!.GetValue<string>());
        Assert.Equal("via de antwoordlink", antwoord["beantwoordDoor"]!.GetValue<string>());
        await (await publiek.GetAsync($"{Url}/sleutels/{sleutel}")).AssertProblemAsync(404);

        var tracker = await ReadAsync(await publiek.GetAsync($"{Url}/tracker?wijkId={fixture.Wijk}"));
        var rij = Assert.Single(tracker["verzoeken"]!.AsArray(), v => v!["id"]!.GetValue<Guid>() == verzoek["id"]!.GetValue<Guid>())!;
        Assert.Equal("opTijd", rij["stand"]!.GetValue<string>());
        var instelling = Assert.Single(tracker["instellingen"]!.AsArray(), i => i!["naam"]!.GetValue<string>() == "Woonstichting Test")!;
        Assert.True(instelling["opTijd"]!.GetValue<int>() >= 1);
        var toezegging = Assert.Single(tracker["toezeggingen"]!.AsArray(), t => t!["omschrijving"]!.GetValue<string>() == "Tien bomen op het binnenterrein")!;
        Assert.Equal("instelling", toezegging["bron"]!.GetValue<string>());
        Assert.Equal("open", toezegging["stand"]!.GetValue<string>());
        var gemeente = await ReadAsync(await publiek.GetAsync($"{Url}/tracker"));
        Assert.Contains(gemeente["toezeggingen"]!.AsArray(), t => t!["bron"]!.GetValue<string>() == "politiek");
        Assert.Contains(gemeente["verzoeken"]!.AsArray(), v => v!["id"]!.GetValue<Guid>() == verzoek["id"]!.GetValue<Guid>());
    }

    [Fact]
    public async Task A_member_of_the_addressed_organisation_answers_late_and_it_is_recorded_as_late_a_member_of_another_is_refused()
    {
        var team = await ClientAsync(fixture, Trekker);
        var id = (await SendAsync(team, fixture.Corporatie, null))["id"]!.GetValue<Guid>();
        await VerschuifAsync(id, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-3));
        var body = new { antwoord = "Excuus voor de vertraging: ja.", toezeggingen = Array.Empty<object>() };

        await (await (await ClientAsync(fixture, ZorgLid)).PostJsonAsync($"{Url}/{id}/antwoorden", body)).AssertProblemAsync(403);
        Assert.Equal("nietBeantwoord", (await ReadAsync(await team.GetAsync($"{Url}/{id}")))["stand"]!.GetValue<string>());
        var antwoord = await ReadAsync(await (await ClientAsync(fixture, CorporatieLid)).PostJsonAsync($"{Url}/{id}/antwoorden", body));
        Assert.Equal("teLaat", antwoord["stand"]!.GetValue<string>());
        Assert.Equal("beantwoord", antwoord["status"]!.GetValue<string>());
        var tracker = await ReadAsync(await fixture.ForTenant("amsterdam").GetAsync($"{Url}/tracker?wijkId={fixture.Wijk}"));
        Assert.Equal("teLaat", Assert.Single(tracker["verzoeken"]!.AsArray(), v => v!["id"]!.GetValue<Guid>() == id)!["stand"]!.GetValue<string>());
    }

    [Fact]
    public async Task Bad_input_is_a_dutch_problem_and_changes_nothing()
    {
        var team = await ClientAsync(fixture, Trekker);
        var publiek = fixture.ForTenant("amsterdam");
        var voor = (await ReadAsync(await team.GetAsync($"{Url}?agendaId={fixture.Agenda}")))["totalCount"]!.GetValue<int>();
        var geenMail = await (await team.PostJsonAsync(Url, new { agendaId = fixture.Agenda, organisatieId = fixture.ZonderEmail, vraag = "Doet u mee?" })).AssertProblemAsync(400);
        Assert.Contains("e-mailadres", geenMail["detail"]!.GetValue<string>());
        await (await team.PostJsonAsync(Url, new { agendaId = fixture.Agenda, organisatieId = fixture.Corporatie, vraag = " " })).AssertProblemAsync(400);
        await (await team.PostJsonAsync(Url, new { agendaId = fixture.Agenda, ambitieId = Guid.NewGuid(), organisatieId = fixture.Corporatie, vraag = "Doet u mee?" })).AssertProblemAsync(400);
        await (await team.PostJsonAsync(Url, new { agendaId = fixture.Agenda, organisatieId = Guid.NewGuid(), vraag = "Doet u mee?" })).AssertProblemAsync(404);
        Assert.Equal(voor, (await ReadAsync(await team.GetAsync($"{Url}?agendaId={fixture.Agenda}")))["totalCount"]!.GetValue<int>());

        var verzoek = await SendAsync(team, fixture.Corporatie, null);
        var id = verzoek["id"]!.GetValue<Guid>();
        var sleutel = SleutelUitMail(id);
        await (await publiek.GetAsync($"{Url}/sleutels/verkeerd-{sleutel}")).AssertProblemAsync(404);
        await (await publiek.PostJsonAsync($"{Url}/sleutels/verkeerd/antwoorden", new { antwoord = "Ja", toezeggingen = Array.Empty<object>() })).AssertProblemAsync(404);
        var zonderDatum = await (await publiek.PostJsonAsync($"{Url}/sleutels/{sleutel}/antwoorden",
            new { antwoord = "Ja", toezeggingen = new[] { new { omschrijving = "Bankjes", uiterlijk = (DateOnly?)null } } })).AssertProblemAsync(400);
        Assert.Contains("datum", zonderDatum.ToJsonString());
        await (await publiek.PostJsonAsync($"{Url}/sleutels/{sleutel}/antwoorden", new { antwoord = " ", toezeggingen = Array.Empty<object>() })).AssertProblemAsync(400);
        await (await publiek.PostJsonAsync($"{Url}/sleutels/{sleutel}/antwoorden", new { link = "geen-link", toezeggingen = Array.Empty<object>() })).AssertProblemAsync(400);
        Assert.Equal("verzonden", (await ReadAsync(await team.GetAsync($"{Url}/{id}")))["status"]!.GetValue<string>());
        await ReadAsync(await publiek.GetAsync($"{Url}/sleutels/{sleutel}"));

        var beheer = await fixture.AuthenticatedAsync(ApiFactory.AmsterdamBeheerClient, "amsterdam");
        await (await beheer.PutJsonAsync($"{Url}/reactietermijn", new { weken = 0 })).AssertProblemAsync(400);
        await (await beheer.PutJsonAsync($"{Url}/reactietermijn", new { weken = 27 })).AssertProblemAsync(400);
    }

    [Fact]
    public async Task An_answer_to_a_request_of_an_archived_agenda_is_refused()
    {
        var team = await ClientAsync(fixture, Trekker);
        var beheer = await fixture.AuthenticatedAsync(ApiFactory.AmsterdamBeheerClient, "amsterdam");
        var organisaties = (await ReadAsync(await beheer.GetAsync("/api/v1/organisaties?pageSize=100")))["items"]!.AsArray();
        var trekker = organisaties.First(o => o!["naam"]!.GetValue<string>() == "Bewonersraad Verzoek")!["id"]!.GetValue<Guid>();
        var agenda = await Fixture.GepubliceerdeAgendaAsync(team, fixture.AndereWijk, [trekker]);
        var id = (await ReadAsync(await team.PostJsonAsync(Url, new { agendaId = agenda, organisatieId = fixture.Corporatie, vraag = "Doet u mee?" }), HttpStatusCode.Created))["id"]!.GetValue<Guid>();
        var sleutel = SleutelUitMail(id);
        var v2 = (await ReadAsync(await team.PostJsonAsync("/api/v1/wijktoekomstagendas", new { wijkId = fixture.AndereWijk, titel = "Zuid herijkt", horizonJaren = 5, startJaar = 2026 }), HttpStatusCode.Created))["id"]!.GetValue<Guid>();
        await ReadAsync(await team.PostAsync($"/api/v1/wijktoekomstagendas/{v2}/publicaties", null));

        var problem = await (await fixture.ForTenant("amsterdam").PostJsonAsync($"{Url}/sleutels/{sleutel}/antwoorden", new { antwoord = "Ja", toezeggingen = Array.Empty<object>() }))
            .AssertProblemAsync(400);
        Assert.Contains("gearchiveerd", problem["detail"]!.GetValue<string>());
        Assert.Equal("verzonden", (await ReadAsync(await team.GetAsync($"{Url}/{id}")))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_response_time_is_six_weeks_unless_the_gemeente_sets_its_own()
    {
        var beheer = await fixture.AuthenticatedAsync(ApiFactory.AmsterdamBeheerClient, "amsterdam");
        var standaard = await ReadAsync(await beheer.GetAsync($"{Url}/reactietermijn"));
        Assert.Equal(6, standaard["weken"]!.GetValue<int>());
        Assert.True(standaard["isStandaard"]!.GetValue<bool>());
        try
        {
            Assert.Equal(3, (await ReadAsync(await beheer.PutJsonAsync($"{Url}/reactietermijn", new { weken = 3 })))["weken"]!.GetValue<int>());
            var verzoek = await SendAsync(await ClientAsync(fixture, Trekker), fixture.Zorg, null);
            Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(21), DateOnly.Parse(verzoek["uiterlijk"]!.GetValue<string>()));
        }
        finally
        {
            await ReadAsync(await beheer.PutJsonAsync($"{Url}/reactietermijn", new { weken = 6 }));
        }
    }

    [Fact]
    public async Task J10_chases_an_overdue_answer_and_an_overdue_toezegging_once_and_tells_the_team()
    {
        var team = await ClientAsync(fixture, Trekker);
        var stil = (await SendAsync(team, fixture.Zorg, null))["id"]!.GetValue<Guid>();
        await VerschuifAsync(stil, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1));
        var belofte = (await SendAsync(team, fixture.Corporatie, null))["id"]!.GetValue<Guid>();
        await ReadAsync(await (await ClientAsync(fixture, CorporatieLid)).PostJsonAsync($"{Url}/{belofte}/antwoorden", new
        {
            antwoord = "Ja", toezeggingen = new[] { new { omschrijving = "Een nieuwe speeltuin", uiterlijk = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30) } },
        }));
        await VerschuifToezeggingAsync(belofte, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-2));

        var voor = Mails().Count;
        await RunTermijnenAsync();
        await RunTermijnenAsync();
        var mails = Mails().Skip(voor).ToList();

        Assert.Single(mails, m => m.Contains("info@zorggroep-test.example.org") && m.Contains("is te laat"));
        Assert.Single(mails, m => m.Contains(IdentityFactory.Email("bewonersorganisatie")) && m.Contains("Zorggroep Test heeft niet op tijd gereageerd"));
        Assert.Single(mails, m => m.Contains(CorporatieMail) && m.Contains("toezegging") && m.Contains("Een nieuwe speeltuin"));
        var tracker = await ReadAsync(await fixture.ForTenant("amsterdam").GetAsync($"{Url}/tracker?wijkId={fixture.Wijk}"));
        Assert.Equal("nietBeantwoord", Assert.Single(tracker["verzoeken"]!.AsArray(), v => v!["id"]!.GetValue<Guid>() == stil)!["stand"]!.GetValue<string>());
        Assert.Equal("verlopen", Assert.Single(tracker["toezeggingen"]!.AsArray(), t => t!["omschrijving"]!.GetValue<string>() == "Een nieuwe speeltuin")!["stand"]!.GetValue<string>());

        var toezegging = (await ReadAsync(await team.GetAsync($"{Url}/{belofte}")))["toezeggingen"]![0]!["id"]!.GetValue<Guid>();
        Assert.Equal("nagekomen", (await ReadAsync(await team.PostJsonAsync($"{Url}/{belofte}/toezeggingen/{toezegging}/voortgang", new { voortgang = "nagekomen" })))["voortgang"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("GET", "")]
    [InlineData("POST", "/toezeggingen")]
    [InlineData("GET", "/tracker")]
    [InlineData("GET", "/sleutel")]
    public async Task Another_gemeente_cannot_read_or_change_a_request(string method, string wat)
    {
        var team = await ClientAsync(fixture, Trekker);
        var verzoek = await SendAsync(team, fixture.Corporatie, null);
        var id = verzoek["id"]!.GetValue<Guid>();
        var sleutel = SleutelUitMail(id);
        var anderen = await fixture.AuthenticatedAsync(ApiFactory.AaEnHunzeBeheerClient, "aa-en-hunze");

        using var response = (method, wat) switch
        {
            ("GET", "") => await anderen.GetAsync($"{Url}/{id}"),
            ("POST", _) => await anderen.PostJsonAsync($"{Url}/{id}/toezeggingen/{Guid.NewGuid()}/voortgang", new { voortgang = "nagekomen" }),
            (_, "/tracker") => await anderen.GetAsync($"{Url}/tracker?wijkId={fixture.Wijk}"),
            _ => await fixture.ForTenant("aa-en-hunze").GetAsync($"{Url}/sleutels/{sleutel}"),
        };
        var problem = await response.AssertProblemAsync(404);

        Assert.DoesNotContain("Woonstichting", problem.ToJsonString());
        Assert.Equal(verzoek["status"]!.ToJsonString(), (await ReadAsync(await team.GetAsync($"{Url}/{id}")))["status"]!.ToJsonString());
        Assert.DoesNotContain((await ReadAsync(await anderen.GetAsync($"{Url}/tracker")))["verzoeken"]!.AsArray(), v => v!["id"]!.GetValue<Guid>() == id);
        await ReadAsync(await fixture.ForTenant("amsterdam").GetAsync($"{Url}/sleutels/{sleutel}"));
    }

    private static async Task<HttpClient> ClientAsync(Fixture fixture, string clientId)
    {
        var client = fixture.MetOrganisaties.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await client.GetTokenAsync(clientId));
        client.DefaultRequestHeaders.Add("Gemeente", "amsterdam");
        return client;
    }

    private async Task<JsonNode> SendAsync(HttpClient team, Guid organisatie, Guid? ambitie) =>
        await ReadAsync(await team.PostJsonAsync(Url, new { agendaId = fixture.Agenda, ambitieId = ambitie, organisatieId = organisatie, vraag = "Wilt u bijdragen aan het groene binnenterrein?" }),
            HttpStatusCode.Created);

    /// <summary>The secret of the answer link in the mail of request <paramref name="id"/> (the newest mail with a link not yet used).</summary>
    private string SleutelUitMail(Guid id)
    {
        var sleutels = Mails().Select(m => Link().Match(m)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(sleutels);
        var hash = VerzoekHash(id);
        return Assert.Single(sleutels, s => Verzoek.Hash(s) == hash);
    }

    private string VerzoekHash(Guid id) => WithDb(db => db.Set<Verzoek>().IgnoreQueryFilters().Where(v => v.Id == id).Select(v => v.SleutelHash).First());

    [GeneratedRegex(@"/verzoeken/antwoord/([A-Za-z0-9_\-]+)")]
    private static partial Regex Link();

    /// <summary>Pretends the request was sent long enough ago for its deadline to be <paramref name="uiterlijk"/>.</summary>
    private Task VerschuifAsync(Guid id, DateOnly uiterlijk) => Task.Run(() => WithDb(db =>
    {
        var verzoek = db.Set<Verzoek>().First(v => v.Id == id);
        db.Entry(verzoek).Property(v => v.Uiterlijk).CurrentValue = uiterlijk;
        return db.SaveChanges();
    }));

    private Task VerschuifToezeggingAsync(Guid id, DateOnly uiterlijk) => Task.Run(() => WithDb(db =>
    {
        var verzoek = db.Set<Verzoek>().First(v => v.Id == id);
        db.Entry(verzoek).Property(v => v.Toezeggingen).CurrentValue = verzoek.Toezeggingen.Select(t => t with { Uiterlijk = uiterlijk }).ToList();
        return db.SaveChanges();
    }));

    private T WithDb<T>(Func<ApplicationDbContext, T> werk)
    {
        var tenant = fixture.Services.GetRequiredService<ITenantStore>().GetByIdentifierAsync("amsterdam", CancellationToken.None).GetAwaiter().GetResult();
        using var _ = fixture.Services.GetRequiredService<ITenantContextAccessor>().Use(tenant!);
        using var scope = fixture.Services.CreateScope();
        return werk(scope.ServiceProvider.GetRequiredService<ApplicationDbContext>());
    }

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
