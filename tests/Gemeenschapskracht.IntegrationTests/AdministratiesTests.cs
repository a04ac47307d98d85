using System.Net;
using System.Text.Json.Nodes;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Organisaties;
using Gemeenschapskracht.Domain.Regels;
using Gemeenschapskracht.Infrastructure.Jobs;
using Gemeenschapskracht.IntegrationTests.Identity;
using Gemeenschapskracht.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Gemeenschapskracht.IntegrationTests;

/// <summary>
/// Hosts and administraties over HTTP with real tokens (R5.1, R5.2, J8, G-4): the gemeente registers a host and opens
/// a group's administratie; the host's back office books the opening balance and entries that balance, reverses a
/// mistake and closes a month; the group reads its own books; the public reads the balance without entry texts. An
/// unbalanced entry, a booking into a closed month, a second reversal and a beschikking of someone else are problems
/// that change nothing; another host's back office, another group and another gemeente see nothing and change nothing.
/// </summary>
public sealed class AdministratiesTests(AdministratiesTests.Fixture fixture) : IClassFixture<AdministratiesTests.Fixture>
{
    private const string Beleid = "amsterdam-adm-beleid";
    private const string BackofficeA = "amsterdam-adm-backoffice-a";
    private const string BackofficeB = "amsterdam-adm-backoffice-b";
    private const string GroepLid = "amsterdam-adm-groep";
    private const string AnderLid = "amsterdam-adm-andere-groep";
    private static readonly Guid HostA = Guid.Parse("0192f000-0000-7000-8000-0000000000e1");
    private static readonly Guid HostB = Guid.Parse("0192f000-0000-7000-8000-0000000000e2");
    private static readonly Guid Groep1 = Guid.Parse("0192f000-0000-7000-8000-0000000000e3");
    private static readonly Guid Groep2 = Guid.Parse("0192f000-0000-7000-8000-0000000000e4");
    private static readonly Guid Groep3 = Guid.Parse("0192f000-0000-7000-8000-0000000000e5");

    public sealed class Fixture : IdentityFactory, IAsyncLifetime
    {
        public Guid HostAId { get; private set; }

        protected override IEnumerable<KeyValuePair<string, string>> ExtraSettings
        {
            get
            {
                var settings = new Dictionary<string, string>();
                var i = FirstFreeClientIndex;
                AddClient(settings, i++, Beleid, "amsterdam", "beleidsmedewerker");
                AddClient(settings, i++, BackofficeA, "amsterdam", "backoffice", HostA);
                AddClient(settings, i++, BackofficeB, "amsterdam", "backoffice", HostB);
                AddClient(settings, i++, GroepLid, "amsterdam", "bewonersorganisatie", Groep1);
                AddClient(settings, i, AnderLid, "amsterdam", "bewonersorganisatie", Groep2);
                return base.ExtraSettings.Concat(settings);
            }
        }

        async Task IAsyncLifetime.InitializeAsync()
        {
            await InitializeAsync();
            await this.AddOrganisatiesAsync("amsterdam",
                (HostA, "Welzijn Centrum", OrganisatieSoort.Welzijnsorganisatie, null),
                (HostB, "Welzijn Noord", OrganisatieSoort.Welzijnsorganisatie, null),
                (Groep1, "Buurtgroep Portiek 7", OrganisatieSoort.Bewonersgroep, null),
                (Groep2, "Moestuin De Hof", OrganisatieSoort.Bewonersgroep, null),
                (Groep3, "Speeltuin 't Veldje", OrganisatieSoort.Bewonersgroep, null));
            var beleid = await this.AuthenticatedAsync(Beleid, "amsterdam");
            HostAId = (await LeesAsync(await beleid.PostJsonAsync("/api/v1/hostorganisaties", Host(HostA)), HttpStatusCode.Created))["id"]!.GetValue<Guid>();
            await LeesAsync(await beleid.PostJsonAsync("/api/v1/hostorganisaties", Host(HostB)), HttpStatusCode.Created);
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    private static readonly DateOnly Vandaag = Kalender.Dag(DateTimeOffset.UtcNow);

    /// <summary>The first day of the month three months ago: three months are over, the fourth is this one.</summary>
    private static readonly DateOnly Start = new DateOnly(Vandaag.Year, Vandaag.Month, 1).AddMonths(-3);

    private static object Host(Guid organisatie) => new
    {
        organisatieId = organisatie, dienstverlening = "Wij voeren de boeken en betalen de rekeningen van bewonersgroepen.", nietCommercieel = true,
        kosten = new[] { new { jaar = Vandaag.Year, bedragEurocent = 24_000_00L, toelichting = "Een boekhouder twee dagen per week" } },
    };

    private static object Regel(string rekening, long debet, long credit) => new { rekening, debetEurocent = debet, creditEurocent = credit };

    private static object Post(DateOnly datum, string omschrijving, string debet, string credit, long bedrag, Guid? beschikkingId = null) => new
    {
        boekdatum = $"{datum:yyyy-MM-dd}", omschrijving, regels = new[] { Regel(debet, bedrag, 0), Regel(credit, 0, bedrag) }, beschikkingId,
    };

    private async Task<Guid> AdministratieAsync(Guid groep)
    {
        var beleid = await fixture.AuthenticatedAsync(Beleid, "amsterdam");
        var administratie = await LeesAsync(await beleid.PostJsonAsync("/api/v1/administraties",
            new { groepId = groep, hostorganisatieId = fixture.HostAId, startdatum = $"{Start.AddDays(9):yyyy-MM-dd}" }), HttpStatusCode.Created);
        Assert.Equal(($"{Start:yyyy-MM-dd}", false, "Welzijn Centrum", 24_000_00L),
            (administratie["startdatum"]!.GetValue<string>(), administratie["heeftOpeningsbalans"]!.GetValue<bool>(), administratie["hostNaam"]!.GetValue<string>(),
             administratie["hostkostenDitJaarEurocent"]!.GetValue<long>()));
        return administratie["id"]!.GetValue<Guid>();
    }

    [Fact]
    public async Task R5_2_the_host_books_the_opening_balance_and_entries_reverses_a_mistake_and_closes_a_month_the_group_and_the_public_read_it()
    {
        var id = await AdministratieAsync(Groep1);
        var backoffice = await fixture.AuthenticatedAsync(BackofficeA, "amsterdam");
        var lid = await fixture.AuthenticatedAsync(GroepLid, "amsterdam");
        var url = $"/api/v1/administraties/{id}";

        var schema = await LeesAsync(await backoffice.GetAsync($"{url}/grootboekrekeningen"));
        Assert.Contains(schema["items"]!.AsArray(), r => r!["code"]!.GetValue<string>() == "1100" && r["rgsCode"]!.GetValue<string>() == "BLimBanRba");

        await LeesAsync(await backoffice.PostJsonAsync($"{url}/openingsbalansen", new { regels = new[] { Regel("1100", 500_00, 0), Regel("0500", 0, 500_00) } }),
            HttpStatusCode.Created);
        await (await backoffice.PostJsonAsync($"{url}/openingsbalansen", new { regels = Array.Empty<object>() })).AssertProblemAsync(400);

        var scheef = await (await backoffice.PostJsonAsync($"{url}/journaalposten", new
        {
            boekdatum = $"{Start.AddDays(3):yyyy-MM-dd}", omschrijving = "Huur buurthuis", regels = new[] { Regel("4100", 100_00, 0), Regel("1100", 0, 90_00) },
        })).AssertProblemAsync(400);
        Assert.Contains("evenwicht", scheef["detail"]!.GetValue<string>());

        await LeesAsync(await backoffice.PostJsonAsync($"{url}/journaalposten", Post(Start.AddDays(4), "Gift van de buurtwinkel", "1100", "8100", 250_00)), HttpStatusCode.Created);
        await LeesAsync(await backoffice.PostJsonAsync($"{url}/journaalposten", Post(Start.AddDays(5), "Huur buurthuis januari", "4100", "1100", 120_00)), HttpStatusCode.Created);
        var fout = await LeesAsync(await backoffice.PostJsonAsync($"{url}/journaalposten", Post(Start.AddMonths(1).AddDays(2), "Verf voor de bankjes", "4300", "1100", 45_00)),
            HttpStatusCode.Created);
        var foutId = fout["id"]!.GetValue<Guid>();

        var tegen = await LeesAsync(await backoffice.PostJsonAsync($"{url}/journaalposten/{foutId}/tegenboekingen", new { reden = "Verf hoort bij activiteiten", boekdatum = $"{Start.AddMonths(1).AddDays(2):yyyy-MM-dd}" }),
            HttpStatusCode.Created);
        Assert.Equal(("tegenboeking", foutId), (tegen["soort"]!.GetValue<string>(), tegen["tegenboekingVanId"]!.GetValue<Guid>()));
        Assert.Equal(45_00L, tegen["regels"]![1]!["debetEurocent"]!.GetValue<long>());
        var nogEens = await (await backoffice.PostJsonAsync($"{url}/journaalposten/{foutId}/tegenboekingen", new { reden = "Nog eens" })).AssertProblemAsync(400);
        Assert.Contains("al tegengeboekt", nogEens["detail"]!.GetValue<string>());
        await LeesAsync(await backoffice.PostJsonAsync($"{url}/journaalposten", Post(Start.AddMonths(1).AddDays(2), "Verf voor de bankjes", "4200", "1100", 45_00)),
            HttpStatusCode.Created);

        var journaal = await LeesAsync(await lid.GetAsync($"{url}/journaalposten"));
        Assert.Equal(6, journaal["totalCount"]!.GetValue<int>());
        Assert.Equal(tegen["id"]!.GetValue<Guid>(), journaal["items"]!.AsArray().Single(p => p!["id"]!.GetValue<Guid>() == foutId)!["tegengeboektDoorId"]!.GetValue<Guid>());

        // The first month closes; the second waits for it; nothing is booked into the closed one.
        var perioden = await LeesAsync(await backoffice.GetAsync($"{url}/perioden"));
        Assert.Equal(4, perioden["totalCount"]!.GetValue<int>());
        var eerste = perioden["items"]!.AsArray().Single(p => p!["code"]!.GetValue<string>() == $"{Start:yyyy-MM}")!;
        Assert.Empty(eerste["blokkades"]!.AsArray());
        var tweede = perioden["items"]!.AsArray().Single(p => p!["code"]!.GetValue<string>() == $"{Start.AddMonths(1):yyyy-MM}")!;
        Assert.Equal("vorigePeriodeOpen", tweede["blokkades"]![0]!["soort"]!.GetValue<string>());
        await (await backoffice.PostAsync($"{url}/perioden/{Start.AddMonths(1):yyyy-MM}/afsluitingen", null)).AssertProblemAsync(400);
        Assert.Contains("2027-03", (await (await backoffice.PostAsync($"{url}/perioden/maart/afsluitingen", null)).AssertProblemAsync(400)).ToJsonString());
        var gesloten = await LeesAsync(await backoffice.PostAsync($"{url}/perioden/{Start:yyyy-MM}/afsluitingen", null));
        Assert.Equal("afgesloten", gesloten["status"]!.GetValue<string>());
        var laat = await (await backoffice.PostJsonAsync($"{url}/journaalposten", Post(Start.AddDays(20), "Vergeten bon", "4200", "1000", 5_00))).AssertProblemAsync(400);
        Assert.Contains("afgesloten", laat["detail"]!.GetValue<string>());

        var balans = await LeesAsync(await lid.GetAsync($"{url}/balans"));
        Assert.Equal(balans["totaalDebetEurocent"]!.GetValue<long>(), balans["totaalCreditEurocent"]!.GetValue<long>());
        Assert.Equal((500_00L + 250_00 - 120_00 - 45_00, 250_00L - 120_00 - 45_00),
            (balans["liquideMiddelenEurocent"]!.GetValue<long>(), balans["resultaatEurocent"]!.GetValue<long>()));
        // The accountant's exports: the month as CSV that Excel in Dutch opens, the year as an XAF 3.2 auditfile.
        using var csv = await backoffice.GetAsync($"{url}/perioden/{Start:yyyy-MM}/export.csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var csvBytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], csvBytes[..3]);
        var csvRegels = System.Text.Encoding.UTF8.GetString(csvBytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Datum;Nummer;Omschrijving;Rekening;Rekeningnaam;RGS-code;Debet;Credit", csvRegels[0]);
        Assert.Contains($"{Start.AddDays(5):dd-MM-yyyy};3;Huur buurthuis januari;4100;Huur en huisvesting;WBedHui;120,00;", csvRegels);
        Assert.Equal(7, csvRegels.Length);
        var gemeente = await fixture.AuthenticatedAsync(Beleid, "amsterdam");
        using var xaf = await gemeente.GetAsync($"{url}/auditfile?jaar={Start.Year}");
        Assert.Equal(HttpStatusCode.OK, xaf.StatusCode);
        var auditfile = System.Xml.Linq.XDocument.Parse(await xaf.Content.ReadAsStringAsync());
        System.Xml.Linq.XNamespace xafNs = "http://www.auditfiles.nl/XAF/3.2";
        Assert.Equal(xafNs + "auditfile", auditfile.Root!.Name);
        Assert.Equal("Buurtgroep Portiek 7", auditfile.Root.Element(xafNs + "company")!.Element(xafNs + "companyName")!.Value);
        Assert.Contains(auditfile.Descendants(xafNs + "ledgerAccount"), r => r.Element(xafNs + "leadReference")!.Value == "BLimBanRba");
        Assert.NotNull(auditfile.Descendants(xafNs + "openingBalance").SingleOrDefault());

        var administratie = await LeesAsync(await lid.GetAsync(url));
        Assert.Equal(($"{Start.AddMonths(1).AddDays(-1):yyyy-MM-dd}", 6), (administratie["afgeslotenTot"]!.GetValue<string>(), administratie["aantalJournaalposten"]!.GetValue<int>()));

        // The group's members read, never book; the public reads the balance without entry texts.
        await (await lid.PostJsonAsync($"{url}/journaalposten", Post(Vandaag, "Zelf geboekt", "4200", "1000", 1_00))).AssertProblemAsync(403);
        using var openbaar = await fixture.ForTenant("amsterdam").GetAsync($"{url}/openbaar?jaar={Start.Year}");
        var tekst = await openbaar.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, openbaar.StatusCode);
        Assert.DoesNotContain("Huur buurthuis", tekst);
        Assert.DoesNotContain(BackofficeA, tekst);
        var publiek = JsonNode.Parse(tekst)!;
        var lijst = await LeesAsync(await fixture.ForTenant("amsterdam").GetAsync("/api/v1/administraties/openbaar?pageSize=100"));
        var inLijst = lijst["items"]!.AsArray().Single(a => a!["id"]!.GetValue<Guid>() == id)!;
        Assert.Equal(("Buurtgroep Portiek 7", 585_00L), (inLijst["groep"]!.GetValue<string>(), inLijst["overEurocent"]!.GetValue<long>()));
        Assert.Equal(("Buurtgroep Portiek 7", "Welzijn Centrum", 24_000_00L),
            (publiek["groep"]!.GetValue<string>(), publiek["host"]!.GetValue<string>(), publiek["hostkostenEurocent"]!.GetValue<long>()));
        // The second month's paint falls in the next year when the first month is December.
        Assert.Equal(Start.Month == 12 ? 630_00L : 585_00L, publiek["overEurocent"]!.GetValue<long>());
        Assert.Contains(publiek["uitgaven"]!.AsArray(), u => u!["categorie"]!.GetValue<string>() == "Huur en huisvesting" && u["bedragEurocent"]!.GetValue<long>() == 120_00);
        Assert.Contains(publiek["inkomsten"]!.AsArray(), u => u!["categorie"]!.GetValue<string>() == "Giften en donaties" && u["bedragEurocent"]!.GetValue<long>() == 250_00);
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.G4)]
    public async Task G4_a_subsidy_names_a_beschikking_of_the_group_or_its_host_and_a_group_gets_one_administratie()
    {
        var id = await AdministratieAsync(Groep3);
        var beleid = await fixture.AuthenticatedAsync(Beleid, "amsterdam");
        var backoffice = await fixture.AuthenticatedAsync(BackofficeA, "amsterdam");
        var url = $"/api/v1/administraties/{id}";

        // The demo's beschikkingen are for the demo bewonersvereniging, not for this group or its host.
        var beschikking = (await LeesAsync(await beleid.GetAsync("/api/v1/beschikkingen?pageSize=1")))["items"]![0]!["id"]!.GetValue<Guid>();
        var vreemd = await (await backoffice.PostJsonAsync($"{url}/journaalposten", Post(Start.AddDays(1), "Subsidie", "1100", "8000", 1_000_00, beschikking)))
            .AssertProblemAsync(400);
        Assert.Contains("niet verleend aan deze groep", vreemd["detail"]!.GetValue<string>());
        await (await backoffice.PostJsonAsync($"{url}/journaalposten", Post(Start.AddDays(1), "Gift", "1100", "8100", 10_00, Guid.NewGuid()))).AssertProblemAsync(400);

        await (await beleid.PostJsonAsync("/api/v1/administraties", new { groepId = Groep3, hostorganisatieId = fixture.HostAId, startdatum = $"{Start:yyyy-MM-dd}" }))
            .AssertProblemAsync(409);
        await (await beleid.PostJsonAsync("/api/v1/administraties", new { groepId = HostB, hostorganisatieId = fixture.HostAId, startdatum = $"{Start:yyyy-MM-dd}" }))
            .AssertProblemAsync(400);
        var ontbreekt = await (await beleid.PostJsonAsync("/api/v1/administraties", new { groepId = Groep2, hostorganisatieId = fixture.HostAId })).AssertProblemAsync(400);
        Assert.Contains("startdatum", ontbreekt.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        await (await beleid.PostJsonAsync("/api/v1/hostorganisaties", Host(HostA))).AssertProblemAsync(409);

        Assert.Equal(0, (await LeesAsync(await backoffice.GetAsync($"{url}/journaalposten")))["totalCount"]!.GetValue<int>());
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.G4)]
    [Trait("Regel", Regelcatalogus.G10)]
    public async Task G4_the_financial_part_comes_from_the_ledger_the_demo_group_reports_without_writing_one_and_the_report_keeps_the_figures_as_submitted()
    {
        var beleid = await fixture.AuthenticatedAsync(Beleid, "amsterdam");
        var lid = await DemoGebruikerAsync("bewonersorganisatie");
        var demoBackoffice = await DemoGebruikerAsync("backoffice");

        // The demo links the bewonersvereniging's subsidy whose full report is still to come (ADR 0028).
        JsonNode? ontvangen = null;
        Guid administratieId = default;
        foreach (var administratie in (await LeesAsync(await beleid.GetAsync("/api/v1/administraties?pageSize=100")))["items"]!.AsArray())
        {
            var post = (await LeesAsync(await beleid.GetAsync($"/api/v1/administraties/{administratie!["id"]}/journaalposten?pageSize=100")))["items"]!.AsArray()
                .FirstOrDefault(p => p!["beschikkingId"] is not null);
            if (post is not null && ontvangen is null)
                (ontvangen, administratieId) = (post, administratie["id"]!.GetValue<Guid>());
        }
        Assert.NotNull(ontvangen);
        var beschikkingId = ontvangen["beschikkingId"]!.GetValue<Guid>();
        var beschikking = await LeesAsync(await beleid.GetAsync($"/api/v1/beschikkingen/{beschikkingId}"));
        var url = $"/api/v1/beschikkingen/{beschikkingId}/financiele-verantwoording";
        // The beschikking says so, on its own and in the list, so the client asks for the ledger's figures only where there are any.
        Assert.True(beschikking["boekenBijHost"]!.GetValue<bool>());
        Assert.True((await LeesAsync(await lid.GetAsync("/api/v1/beschikkingen?pageSize=100")))["items"]!.AsArray()
            .Single(b => b!["id"]!.GetValue<Guid>() == beschikkingId)!["boekenBijHost"]!.GetValue<bool>());

        var gemeente = await LeesAsync(await beleid.GetAsync(url));
        var groep = await LeesAsync(await lid.GetAsync(url));
        Assert.Equal(gemeente["regels"]!.ToJsonString(), groep["regels"]!.ToJsonString());
        Assert.Equal((administratieId, ontvangen["totaalEurocent"]!.GetValue<long>(), beschikking["bedragEurocent"]!.GetValue<long>()),
            (groep["administratieId"]!.GetValue<Guid>(), groep["regels"]![0]!["gerealiseerdEurocent"]!.GetValue<long>(), groep["totaalLasten"]!["begrootEurocent"]!.GetValue<long>()));
        await LeesAsync(await demoBackoffice.GetAsync(url));
        // Another host's back office and another group see nothing.
        await (await (await fixture.AuthenticatedAsync(BackofficeA, "amsterdam")).GetAsync(url)).AssertProblemAsync(404);
        await (await (await fixture.AuthenticatedAsync(GroepLid, "amsterdam")).GetAsync(url)).AssertProblemAsync(404);

        // The group writes no financial part: the costs come from the books, only the accountant's statement is asked.
        var zelf = await (await lid.PostJsonAsync("/api/v1/verantwoordingen", new
        {
            beschikkingId, activiteitenverslag = "De coördinator werkte twintig uur per week.", gerealiseerdeKostenEurocent = 1_000_00L, financieelVerslag = "Zelf geschreven.",
            accountantsverklaring = true,
        })).AssertProblemAsync(400);
        Assert.Contains("uit de administratie", zelf["detail"]!.GetValue<string>());
        await (await lid.PostJsonAsync("/api/v1/verantwoordingen", new { beschikkingId, activiteitenverslag = "Gedaan." })).AssertProblemAsync(400);
        var verslag = await LeesAsync(await lid.PostJsonAsync("/api/v1/verantwoordingen",
            new { beschikkingId, activiteitenverslag = "De coördinator werkte twintig uur per week.", accountantsverklaring = true }), HttpStatusCode.Created);
        var kosten = groep["totaalLasten"]!["gerealiseerdEurocent"]!.GetValue<long>();
        Assert.Equal((kosten, kosten), (verslag["gerealiseerdeKostenEurocent"]!.GetValue<long>(), verslag["uitAdministratie"]!["totaalLasten"]!["gerealiseerdEurocent"]!.GetValue<long>()));

        // A booking made afterwards changes the ledger's figures, not the report submitted.
        var tot = DateOnly.Parse(beschikking["tot"]!.GetValue<string>());
        var datum = tot < Vandaag ? tot : Vandaag;
        await LeesAsync(await demoBackoffice.PostJsonAsync($"/api/v1/administraties/{administratieId}/journaalposten",
            Post(datum, "Nagekomen rekening", "4200", "1100", 12_34)), HttpStatusCode.Created);
        Assert.Equal(kosten + 12_34, (await LeesAsync(await lid.GetAsync(url)))["totaalLasten"]!["gerealiseerdEurocent"]!.GetValue<long>());
        var ingediend = (await LeesAsync(await beleid.GetAsync($"/api/v1/verantwoordingen?beschikkingId={beschikkingId}")))["items"]![0]!;
        Assert.Equal(verslag["uitAdministratie"]!.ToJsonString(), ingediend["uitAdministratie"]!.ToJsonString());
    }

    private async Task<HttpClient> DemoGebruikerAsync(string rol)
    {
        var tokens = await new Browser(fixture).TokensAsync(IdentityFactory.Email(rol), IdentityFactory.Password, IdentityFactory.TotpKey, tenant: "amsterdam");
        var client = fixture.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", tokens["access_token"]!.GetValue<string>());
        client.DefaultRequestHeaders.Add("Gemeente", "amsterdam");
        return client;
    }

    [Fact]
    public async Task R5_1_another_hosts_back_office_another_group_and_another_gemeente_see_nothing_and_change_nothing()
    {
        var id = await AdministratieAsync(Groep2);
        var url = $"/api/v1/administraties/{id}";
        var eigen = await fixture.AuthenticatedAsync(BackofficeA, "amsterdam");
        await LeesAsync(await eigen.PostJsonAsync($"{url}/openingsbalansen", new { regels = Array.Empty<object>() }), HttpStatusCode.Created);
        var postId = (await LeesAsync(await eigen.PostJsonAsync($"{url}/journaalposten", Post(Start.AddDays(1), "Gift", "1000", "8100", 10_00)), HttpStatusCode.Created))
            ["id"]!.GetValue<Guid>();
        var andereHost = await fixture.AuthenticatedAsync(BackofficeB, "amsterdam");
        var andereGroep = await fixture.AuthenticatedAsync(GroepLid, "amsterdam");
        var aaEnHunze = await fixture.AuthenticatedAsync(ApiFactory.AaEnHunzeBeheerClient, "aa-en-hunze");

        foreach (var client in new[] { andereHost, andereGroep, aaEnHunze })
        {
            await (await client.GetAsync(url)).AssertProblemAsync(404);
            await (await client.GetAsync($"{url}/journaalposten")).AssertProblemAsync(404);
            await (await client.GetAsync($"{url}/balans")).AssertProblemAsync(404);
            await (await client.GetAsync($"{url}/perioden/{Start:yyyy-MM}/export.csv")).AssertProblemAsync(404);
            await (await client.GetAsync($"{url}/auditfile")).AssertProblemAsync(404);
            Assert.DoesNotContain((await LeesAsync(await client.GetAsync("/api/v1/administraties?pageSize=100")))["items"]!.AsArray(), a => a!["id"]!.GetValue<Guid>() == id);
        }
        await (await andereHost.PostJsonAsync($"{url}/journaalposten", Post(Start.AddDays(2), "Overgenomen", "4200", "1000", 5_00))).AssertProblemAsync(404);
        await (await andereHost.PostJsonAsync($"{url}/journaalposten/{postId}/tegenboekingen", new { reden = "Weg" })).AssertProblemAsync(404);
        await (await andereHost.PostAsync($"{url}/perioden/{Start:yyyy-MM}/afsluitingen", null)).AssertProblemAsync(404);
        await (await aaEnHunze.PutJsonAsync($"/api/v1/hostorganisaties/{fixture.HostAId}", Host(HostA))).AssertProblemAsync(404);
        await (await aaEnHunze.GetAsync($"/api/v1/hostorganisaties/{fixture.HostAId}")).AssertProblemAsync(404);
        await (await fixture.ForTenant("aa-en-hunze").GetAsync($"{url}/openbaar")).AssertProblemAsync(404);
        Assert.DoesNotContain((await LeesAsync(await fixture.ForTenant("aa-en-hunze").GetAsync("/api/v1/administraties/openbaar?pageSize=100")))["items"]!.AsArray(),
            a => a!["id"]!.GetValue<Guid>() == id);

        var journaal = await LeesAsync(await eigen.GetAsync($"{url}/journaalposten"));
        Assert.Equal(2, journaal["totalCount"]!.GetValue<int>());
        Assert.Contains("boeken", (await LeesAsync(await eigen.GetAsync($"/api/v1/hostorganisaties/{fixture.HostAId}")))["dienstverlening"]!.GetValue<string>());
        var perioden = await LeesAsync(await eigen.GetAsync($"{url}/perioden"));
        Assert.All(perioden["items"]!.AsArray(), p => Assert.Equal("open", p!["status"]!.GetValue<string>()));
    }

    [Fact]
    public async Task J8_the_monthly_close_job_records_what_blocks_each_past_month_and_a_second_run_changes_nothing()
    {
        var beleid = await fixture.AuthenticatedAsync(Beleid, "amsterdam");
        var administratie = await LeesAsync(await beleid.PostJsonAsync("/api/v1/administraties",
            new { groepId = await NieuweGroepAsync(), hostorganisatieId = fixture.HostAId, startdatum = $"{Start:yyyy-MM-dd}" }), HttpStatusCode.Created);
        var url = $"/api/v1/administraties/{administratie["id"]}/perioden";

        await RunAsync();
        var eerst = await LeesAsync(await beleid.GetAsync(url));
        await RunAsync();
        var daarna = await LeesAsync(await beleid.GetAsync(url));

        var voorbij = eerst["items"]!.AsArray().Where(p => p!["voorbij"]!.GetValue<bool>()).ToList();
        Assert.Equal(3, voorbij.Count);
        Assert.All(voorbij, p =>
        {
            Assert.NotNull(p!["voorbereidOp"]?.GetValue<DateTimeOffset>());
            Assert.Contains(p["blokkades"]!.AsArray(), b => b!["soort"]!.GetValue<string>() == "geenOpeningsbalans");
        });
        Assert.Null(eerst["items"]!.AsArray().Single(p => !p!["voorbij"]!.GetValue<bool>())!["voorbereidOp"]);
        Assert.Equal(eerst.ToJsonString(), daarna.ToJsonString());
    }

    private async Task<Guid> NieuweGroepAsync()
    {
        var id = Guid.CreateVersion7();
        await fixture.AddOrganisatiesAsync("amsterdam", (id, $"Buurtgroep {id.ToString()[^6..]}", OrganisatieSoort.Bewonersgroep, null));
        return id;
    }

    private async Task RunAsync() =>
        Assert.Empty((await ActivatorUtilities.CreateInstance<MaandafsluitingJob>(fixture.Services).RunAsync(CancellationToken.None)).Failed);

    private static Task<JsonNode> LeesAsync(HttpResponseMessage response, HttpStatusCode verwacht = HttpStatusCode.OK) => response.ReadExpectedAsync(verwacht);
}
