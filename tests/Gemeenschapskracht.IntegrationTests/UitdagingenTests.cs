using System.Net;
using System.Text.Json.Nodes;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Organisaties;
using Gemeenschapskracht.Domain.Regels;
using Gemeenschapskracht.IntegrationTests.Identity;
using Gemeenschapskracht.IntegrationTests.Infrastructure;

namespace Gemeenschapskracht.IntegrationTests;

/// <summary>
/// The uitdaagrecht over HTTP with real tokens: the gemeente records its participatieverordening; a bewonersorganisatie
/// challenges a task, which is found ontvankelijk, assessed on every criterion and granted (a beschikking with its PDF
/// letter and bezwaarclausule), transferred, monitored and evaluated; an excluded task and a decision missing a criterion
/// are problems that change nothing; a non-member cannot submit for the organisation; the public list shows the outcome
/// without contact data; another gemeente sees nothing.
/// </summary>
public sealed class UitdagingenTests(UitdagingenTests.Fixture fixture) : IClassFixture<UitdagingenTests.Fixture>
{
    private const string Beleid = "amsterdam-udr-beleid";
    private const string Bewoners = "amsterdam-udr-bewoners";
    private const string AndereBewoners = "amsterdam-udr-anderen";
    private const string BewonersEmail = "groen-oost@voorbeeld.nl";
    private static readonly Guid BewonersId = Guid.Parse("0192f000-0000-7000-8000-0000000000b1");
    private static readonly Guid AndereId = Guid.Parse("0192f000-0000-7000-8000-0000000000b2");

    public sealed class Fixture : IdentityFactory, IAsyncLifetime
    {
        public JsonNode Verordening { get; private set; } = null!;

        protected override IEnumerable<KeyValuePair<string, string>> ExtraSettings
        {
            get
            {
                var settings = new Dictionary<string, string>();
                var i = FirstFreeClientIndex;
                AddClient(settings, i++, Beleid, "amsterdam", "beleidsmedewerker");
                AddClient(settings, i++, Bewoners, "amsterdam", "bewonersorganisatie", BewonersId);
                AddClient(settings, i, AndereBewoners, "amsterdam", "bewonersorganisatie", AndereId);
                return base.ExtraSettings.Concat(settings);
            }
        }

        async Task IAsyncLifetime.InitializeAsync()
        {
            await InitializeAsync();
            await this.AddOrganisatiesAsync("amsterdam", (BewonersId, "Groen Oost", OrganisatieSoort.Bewonersorganisatie, BewonersEmail),
                (AndereId, "Buurtvereniging Noord", OrganisatieSoort.Bewonersorganisatie, "noord@voorbeeld.nl"));
            var beheer = await this.AuthenticatedAsync(AmsterdamBeheerClient, "amsterdam");
            using var response = await beheer.PostJsonAsync("/api/v1/participatieverordeningen", new
            {
                referentie = "Participatieverordening Amsterdam 2026",
                vastgesteldOp = "2026-10-01",
                ontvankelijkheidWeken = 6,
                besluitWeken = 10,
                criteria = new[]
                {
                    new { naam = "Meerwaarde", toelichting = "Beter, goedkoper of dichter bij de buurt." },
                    new { naam = "Draagvlak", toelichting = "Gedragen door bewoners van de buurt." },
                },
                uitgeslotenTaken = new[] { "Handhaving", "Vergunningverlening" },
            });
            Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            Verordening = await response.ReadJsonAsync();
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Awb1_3)]
    [Trait("Regel", Regelcatalogus.Awb6_7)]
    public async Task Uitdaagrecht_from_request_through_ontvankelijkheid_assessment_and_decision_to_transfer_monitoring_and_evaluation()
    {
        var bewoners = await fixture.AuthenticatedAsync(Bewoners, "amsterdam");
        var beleid = await fixture.AuthenticatedAsync(Beleid, "amsterdam");
        Assert.Equal(6, (await LeesAsync(await Publiek().GetAsync("/api/v1/participatieverordeningen/geldend")))["ontvankelijkheidWeken"]!.GetValue<int>());

        var uitdaging = await LeesAsync(await bewoners.PostJsonAsync("/api/v1/uitdagingen", Uitdaging("Onderhoud van het groen in het Oosterpark")), HttpStatusCode.Created);
        var id = uitdaging["id"]!.GetValue<Guid>();
        Assert.Equal(("ingediend", "Groen Oost"), (uitdaging["status"]!.GetValue<string>(), uitdaging["uitdager"]!.GetValue<string>()));
        Assert.Equal(Kalender.Dag(DateTimeOffset.UtcNow).AddDays(42), DateOnly.Parse(uitdaging["ontvankelijkheidUiterlijk"]!.GetValue<string>()));
        Assert.Equal(fixture.Verordening["versie"]!.GetValue<int>(), uitdaging["verordeningVersie"]!.GetValue<int>());
        Assert.Single(Mails($"Uw uitdaging is ontvangen ({uitdaging["kenmerk"]})"), m => m.Contains(BewonersEmail, StringComparison.Ordinal));

        // The public list shows nothing before ontvankelijkheid; a bewonersorganisatie decides nothing.
        Assert.DoesNotContain((await LeesAsync(await Publiek().GetAsync("/api/v1/uitdagingen/openbaar?pageSize=100")))["items"]!.AsArray(), u => u!["id"]!.GetValue<Guid>() == id);
        await (await bewoners.PostJsonAsync($"/api/v1/uitdagingen/{id}/ontvankelijkheidsbesluiten", new { ontvankelijk = true, reden = (string?)null })).AssertProblemAsync(403);

        var ontvankelijk = await LeesAsync(await beleid.PostJsonAsync($"/api/v1/uitdagingen/{id}/ontvankelijkheidsbesluiten", new { ontvankelijk = true, reden = (string?)null }));
        Assert.Equal("ontvankelijk", ontvankelijk["status"]!.GetValue<string>());
        Assert.Single(Mails($"Uw uitdaging is ontvankelijk ({uitdaging["kenmerk"]})"));
        await LeesAsync(await beleid.PostAsync($"/api/v1/uitdagingen/{id}/beoordelingen", null));
        await (await bewoners.GetAsync($"/api/v1/uitdagingen/{id}/besluit")).AssertProblemAsync(404);

        var besloten = await LeesAsync(await beleid.PostJsonAsync($"/api/v1/uitdagingen/{id}/besluiten", Besluit(true, 1, 2)));
        Assert.Equal("toegekend", besloten["status"]!.GetValue<string>());
        Assert.Equal(Kalender.Dag(DateTimeOffset.UtcNow).AddDays(42), DateOnly.Parse(besloten["bezwaarUiterlijk"]!.GetValue<string>()));
        var mail = Assert.Single(Mails($"Besluit: uw uitdaging is toegekend ({uitdaging["kenmerk"]})"));
        Assert.Contains("Draagvlak: voldaan", mail);
        Assert.Contains("Awb 6:7", mail);

        using (var pdf = await bewoners.GetAsync($"/api/v1/uitdagingen/{id}/besluit"))
        {
            Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
            Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
            var tekst = PdfFiles.Text(await pdf.Content.ReadAsByteArrayAsync());
            foreach (var verwacht in new[] { "Besluit: uitdaging toegekend", "Onderhoud van het groen in het Oosterpark", "Meerwaarde", "Draagvlak", "Voldaan",
                         "Participatieverordening Amsterdam 2026", "zes weken", "6:7", uitdaging["kenmerk"]!.GetValue<string>() })
                Assert.Contains(verwacht, tekst);
        }

        var overgedragen = await LeesAsync(await beleid.PostJsonAsync($"/api/v1/uitdagingen/{id}/overdrachten",
            new { soort = "dienstverleningsafspraak", documentId = Guid.NewGuid(), omschrijving = "Groenonderhoud met het budget van €40.000", per = Dag(0) }));
        Assert.Equal("overgedragen", overgedragen["status"]!.GetValue<string>());
        var gemonitord = await LeesAsync(await beleid.PostJsonAsync($"/api/v1/uitdagingen/{id}/monitoringnotities", new { datum = Dag(0), tekst = "Eerste maaironde goed verlopen." }));
        Assert.Equal(("gemonitord", 1), (gemonitord["status"]!.GetValue<string>(), gemonitord["monitoring"]!.AsArray().Count));
        var geevalueerd = await LeesAsync(await beleid.PostJsonAsync($"/api/v1/uitdagingen/{id}/evaluaties", new { evaluatie = "Het park is beter onderhouden." }));
        Assert.Equal("geevalueerd", geevalueerd["status"]!.GetValue<string>());

        var openbaar = (await LeesAsync(await Publiek().GetAsync("/api/v1/uitdagingen/openbaar?pageSize=100")))["items"]!.AsArray().Single(u => u!["id"]!.GetValue<Guid>() == id)!;
        Assert.Equal(("geevalueerd", "Groen Oost"), (openbaar["status"]!.GetValue<string>(), openbaar["uitdager"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Uitdaagrecht_a_challenge_for_an_excluded_task_is_a_dutch_problem_and_nothing_is_stored()
    {
        var bewoners = await fixture.AuthenticatedAsync(Bewoners, "amsterdam");
        var voor = await AantalAsync(bewoners);
        var fout = await (await bewoners.PostJsonAsync("/api/v1/uitdagingen", Uitdaging("Handhaving van het parkeren"))).AssertProblemAsync(400);
        Assert.Contains("'Handhaving' uitgesloten van het uitdaagrecht", fout["detail"]!.GetValue<string>());
        Assert.Equal(voor, await AantalAsync(bewoners));
    }

    [Fact]
    public async Task Uitdaagrecht_a_decision_missing_a_criterion_is_refused_and_changes_nothing()
    {
        var bewoners = await fixture.AuthenticatedAsync(Bewoners, "amsterdam");
        var beleid = await fixture.AuthenticatedAsync(Beleid, "amsterdam");
        var id = (await LeesAsync(await bewoners.PostJsonAsync("/api/v1/uitdagingen", Uitdaging("Beheer van het buurthuis")), HttpStatusCode.Created))["id"]!.GetValue<Guid>();
        await LeesAsync(await beleid.PostJsonAsync($"/api/v1/uitdagingen/{id}/ontvankelijkheidsbesluiten", new { ontvankelijk = true, reden = (string?)null }));
        await LeesAsync(await beleid.PostAsync($"/api/v1/uitdagingen/{id}/beoordelingen", null));

        var fout = await (await beleid.PostJsonAsync($"/api/v1/uitdagingen/{id}/besluiten", Besluit(false, 1))).AssertProblemAsync(400);
        Assert.Contains("Draagvlak", fout["detail"]!.GetValue<string>());
        var gelezen = await LeesAsync(await beleid.GetAsync($"/api/v1/uitdagingen/{id}"));
        Assert.Equal(("inBeoordeling", 0), (gelezen["status"]!.GetValue<string>(), gelezen["oordelen"]!.AsArray().Count));
    }

    [Fact]
    public async Task Uitdaagrecht_a_non_member_cannot_submit_for_an_organisation_and_a_missing_field_names_it()
    {
        var anderen = await fixture.AuthenticatedAsync(AndereBewoners, "amsterdam");
        await (await anderen.PostJsonAsync("/api/v1/uitdagingen", Uitdaging("Beheer van de speeltuin"))).AssertProblemAsync(403);
        // A group without an organisation is submitted by the gemeente on its behalf, not by an organisation's member.
        await (await anderen.PostJsonAsync("/api/v1/uitdagingen", Uitdaging("Beheer van de speeltuin") with { OrganisatieId = null })).AssertProblemAsync(403);

        var beleid = await fixture.AuthenticatedAsync(Beleid, "amsterdam");
        var fout = await (await beleid.PostJsonAsync("/api/v1/uitdagingen", new { organisatieId = BewonersId, taak = "Groen" })).AssertProblemAsync(400);
        Assert.Contains("voorstel", fout.ToJsonString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Uitdaagrecht_the_public_list_shows_the_outcome_of_a_group_but_no_contact_data()
    {
        var beleid = await fixture.AuthenticatedAsync(Beleid, "amsterdam");
        var groep = Uitdaging("Schoonmaak van het plein") with { OrganisatieId = null, Groepsnaam = "Pleinbewoners", Contactnaam = "Fatima el Amrani", ContactEmail = "fatima@voorbeeld.nl" };
        var id = (await LeesAsync(await beleid.PostJsonAsync("/api/v1/uitdagingen", groep), HttpStatusCode.Created))["id"]!.GetValue<Guid>();
        await LeesAsync(await beleid.PostJsonAsync($"/api/v1/uitdagingen/{id}/ontvankelijkheidsbesluiten", new { ontvankelijk = false, reden = "De schoonmaak is aanbesteed tot 2029." }));
        Assert.Single(Mails("Besluit: uw uitdaging is niet ontvankelijk"), m => m.Contains("fatima@voorbeeld.nl", StringComparison.Ordinal));

        using var response = await Publiek().GetAsync("/api/v1/uitdagingen/openbaar?pageSize=100");
        var tekst = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Pleinbewoners", tekst);
        Assert.Contains("aanbesteed tot 2029", tekst);
        Assert.DoesNotContain("Fatima", tekst);
        Assert.DoesNotContain("fatima@voorbeeld.nl", tekst);
        Assert.DoesNotContain("contact", tekst, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Uitdaagrecht_another_organisation_and_another_gemeente_see_nothing_and_change_nothing()
    {
        var bewoners = await fixture.AuthenticatedAsync(Bewoners, "amsterdam");
        var anderen = await fixture.AuthenticatedAsync(AndereBewoners, "amsterdam");
        var aaEnHunze = await fixture.AuthenticatedAsync(ApiFactory.AaEnHunzeBeheerClient, "aa-en-hunze");
        var id = (await LeesAsync(await bewoners.PostJsonAsync("/api/v1/uitdagingen", Uitdaging("Beheer van de moestuin")), HttpStatusCode.Created))["id"]!.GetValue<Guid>();

        foreach (var client in new[] { anderen, aaEnHunze })
        {
            await (await client.GetAsync($"/api/v1/uitdagingen/{id}")).AssertProblemAsync(404);
            await (await client.GetAsync($"/api/v1/uitdagingen/{id}/besluit")).AssertProblemAsync(404);
            Assert.Equal(0, (await LeesAsync(await client.GetAsync($"/api/v1/uitdagingen?organisatieId={BewonersId}")))["totalCount"]!.GetValue<int>());
        }
        await (await aaEnHunze.PostJsonAsync($"/api/v1/uitdagingen/{id}/ontvankelijkheidsbesluiten", new { ontvankelijk = true, reden = (string?)null })).AssertProblemAsync(404);
        Assert.Equal("ingediend", (await LeesAsync(await bewoners.GetAsync($"/api/v1/uitdagingen/{id}")))["status"]!.GetValue<string>());
    }

    private sealed record UitdagingBody(Guid? OrganisatieId, string? Groepsnaam, string? Contactnaam, string? ContactEmail, string Taak, Guid? WijkId,
        string Voorstel, long BedragEurocent, string Van, string Tot);

    private static UitdagingBody Uitdaging(string taak) => new(BewonersId, null, null, null, taak, null,
        "Wij doen dit al jaren als vrijwilligers en kennen de buurt.", 40_000_00, Dag(90), Dag(455));

    private static object Besluit(bool toekennen, params int[] criteria) => new
    {
        toekennen,
        oordelen = criteria.Select(n => new { nummer = n, voldaan = true, toelichting = $"Toelichting op criterium {n}." }).ToArray(),
        motivering = "Het voorstel is sterk en gedragen door de buurt.",
    };

    private HttpClient Publiek()
    {
        var client = fixture.CreateClient();
        client.DefaultRequestHeaders.Add("Gemeente", "amsterdam");
        return client;
    }

    private static async Task<int> AantalAsync(HttpClient client) =>
        (await LeesAsync(await client.GetAsync("/api/v1/uitdagingen")))["totalCount"]!.GetValue<int>();

    private static string Dag(int dagen) => Kalender.Dag(DateTimeOffset.UtcNow).AddDays(dagen).ToString("yyyy-MM-dd");

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
