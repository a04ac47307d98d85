using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Organisaties;
using Gemeenschapskracht.IntegrationTests.Identity;
using Gemeenschapskracht.IntegrationTests.Infrastructure;

namespace Gemeenschapskracht.IntegrationTests;

/// <summary>
/// Contracts with zzp'ers and the host's coordinators over HTTP with real tokens (R5.5): the back office records a
/// contract; an invoice outside it (hours, amount, period, a number twice) is a problem that stores nothing; a
/// correct one becomes a submitted declaratie that two other back-office users approve and a batch pays and books on
/// the contract's cost account; a coordinator the host employs is recorded and gets no contract as a zzp'er. Another
/// host's back office, another group and another gemeente see nothing and change nothing.
/// </summary>
public sealed class OpdrachtovereenkomstenTests(OpdrachtovereenkomstenTests.Fixture fixture) : IClassFixture<OpdrachtovereenkomstenTests.Fixture>
{
    private const string Beleid = "amsterdam-opd-beleid";
    private const string BackofficeA = "amsterdam-opd-backoffice-a";
    private const string BackofficeA2 = "amsterdam-opd-backoffice-a2";
    private const string BackofficeA3 = "amsterdam-opd-backoffice-a3";
    private const string BackofficeB = "amsterdam-opd-backoffice-b";
    private const string GroepLid = "amsterdam-opd-groep";
    private const string AnderLid = "amsterdam-opd-andere-groep";
    private static readonly Guid HostA = Guid.Parse("0192f000-0000-7000-8000-0000000000e1");
    private static readonly Guid HostB = Guid.Parse("0192f000-0000-7000-8000-0000000000e2");
    private static readonly Guid Groep1 = Guid.Parse("0192f000-0000-7000-8000-0000000000e3");
    private static readonly Guid Groep2 = Guid.Parse("0192f000-0000-7000-8000-0000000000e4");
    private static readonly byte[] Pdf = "%PDF-1.7\nfactuur\n"u8.ToArray();
    private static readonly DateOnly Vandaag = Kalender.Dag(DateTimeOffset.UtcNow);
    private static readonly DateOnly Begin = new DateOnly(Vandaag.Year, Vandaag.Month, 1).AddMonths(-1);

    public sealed class Fixture : IdentityFactory, IAsyncLifetime
    {
        public Guid HostAId { get; private set; }

        public Guid HostBId { get; private set; }

        public Guid Administratie1 { get; private set; }

        public Guid Administratie2 { get; private set; }

        protected override IEnumerable<KeyValuePair<string, string>> ExtraSettings
        {
            get
            {
                var settings = new Dictionary<string, string>();
                var i = FirstFreeClientIndex;
                AddClient(settings, i++, Beleid, "amsterdam", "beleidsmedewerker");
                AddClient(settings, i++, BackofficeA, "amsterdam", "backoffice", HostA);
                AddClient(settings, i++, BackofficeA2, "amsterdam", "backoffice", HostA);
                AddClient(settings, i++, BackofficeA3, "amsterdam", "backoffice", HostA);
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
                (HostA, "Welzijn Opdrachten", OrganisatieSoort.Welzijnsorganisatie, null),
                (HostB, "Welzijn Anders", OrganisatieSoort.Welzijnsorganisatie, null),
                (Groep1, "Buurtgroep Sportveld", OrganisatieSoort.Bewonersgroep, null),
                (Groep2, "Buurtgroep Bibliotheek", OrganisatieSoort.Bewonersgroep, null));
            var beleid = await this.AuthenticatedAsync(Beleid, "amsterdam");
            HostAId = await beleid.RegisterHostAsync(HostA, "NL91ABNA0417164300");
            HostBId = await beleid.RegisterHostAsync(HostB);
            Administratie1 = await beleid.OpenAdministratieAsync(Groep1, HostAId);
            Administratie2 = await beleid.OpenAdministratieAsync(Groep2, HostBId);
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    private static object Opdracht(Guid administratie, string opdrachtnemer = "Sportcoach Yusuf Demir", decimal uren = 20m) => new
    {
        administratieId = administratie, opdrachtnemer, kvknummer = "81234567", iban = "NL44 RABO 0123 4567 89",
        omschrijving = "Wekelijkse sportles voor kinderen op het veld", uren, uurtariefEurocent = 45_00L, btwPercentage = 21,
        begindatum = $"{Begin:yyyy-MM-dd}", einddatum = $"{Begin.AddMonths(6):yyyy-MM-dd}", rekening = "4200",
    };

    private static MultipartFormDataContent Factuur(string nummer, decimal uren, long exclusief, long btw, DateOnly? van = null, byte[]? bestand = null)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(nummer), "factuurnummer" },
            { new StringContent($"{Vandaag:yyyy-MM-dd}"), "factuurdatum" },
            { new StringContent($"{van ?? Begin:yyyy-MM-dd}"), "periodeVan" },
            { new StringContent($"{Begin.AddDays(27):yyyy-MM-dd}"), "periodeTot" },
            { new StringContent(uren.ToString(System.Globalization.CultureInfo.InvariantCulture)), "uren" },
            { new StringContent($"{exclusief}"), "bedragExclusiefEurocent" },
            { new StringContent($"{btw}"), "btwEurocent" },
        };
        var inhoud = new ByteArrayContent(bestand ?? Pdf);
        inhoud.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(inhoud, "factuur", "factuur.pdf");
        return form;
    }

    private static Task<JsonNode> LeesAsync(HttpResponseMessage response, HttpStatusCode verwacht = HttpStatusCode.OK) => response.ReadExpectedAsync(verwacht);

    private static async Task<int> DeclaratiesAsync(HttpClient client, Guid administratie) =>
        (await LeesAsync(await client.GetAsync($"/api/v1/declaraties?administratieId={administratie}&pageSize=100")))["totalCount"]!.GetValue<int>();

    [Fact]
    public async Task R5_5_an_invoice_checked_against_its_contract_is_approved_with_four_eyes_paid_in_a_batch_and_booked_on_the_contracts_account()
    {
        var backoffice = await fixture.AuthenticatedAsync(BackofficeA, "amsterdam");
        var tweede = await fixture.AuthenticatedAsync(BackofficeA2, "amsterdam");
        var derde = await fixture.AuthenticatedAsync(BackofficeA3, "amsterdam");
        var lid = await fixture.AuthenticatedAsync(GroepLid, "amsterdam");
        var administratie = fixture.Administratie1;
        var opdracht = await LeesAsync(await backoffice.PostJsonAsync("/api/v1/opdrachtovereenkomsten", Opdracht(administratie)), HttpStatusCode.Created);
        var id = opdracht["id"]!.GetValue<Guid>();
        Assert.Equal((900_00L, "NL44RABO0123456789", "Activiteiten en materialen"),
            (opdracht["plafondEurocent"]!.GetValue<long>(), opdracht["iban"]!.GetValue<string>(), opdracht["rekeningOmschrijving"]!.GetValue<string>()));
        Assert.Null((await LeesAsync(await lid.GetAsync($"/api/v1/opdrachtovereenkomsten/{id}")))["iban"]);

        (MultipartFormDataContent Factuur, string Reden)[] fout =
        [
            (Factuur("F-1", 21m, 945_00, 198_45), "hoogstens 20 uur"),
            (Factuur("F-1", 10m, 400_00, 84_00), "het tarief van de opdracht"),
            (Factuur("F-1", 10m, 450_00, 0), "21%"),
            (Factuur("F-1", 10m, 450_00, 94_50, van: Begin.AddDays(-1)), "buiten de opdracht"),
            (Factuur("F-1", 10m, 450_00, 94_50, bestand: "geen pdf"u8.ToArray()), "geen foto"),
        ];
        foreach (var (form, reden) in fout)
            Assert.Contains(reden, (await (await lid.PostAsync($"/api/v1/opdrachtovereenkomsten/{id}/facturen", form)).AssertProblemAsync(400))["detail"]!.GetValue<string>());
        Assert.Equal(0, await DeclaratiesAsync(backoffice, administratie));

        var declaratie = await LeesAsync(await lid.PostAsync($"/api/v1/opdrachtovereenkomsten/{id}/facturen", Factuur("F-1", 12.5m, 562_50, 118_13)), HttpStatusCode.Created);
        var declaratieId = declaratie["id"]!.GetValue<Guid>();
        Assert.Equal(("ingediend", "factuur", 680_63L, "Sportcoach Yusuf Demir", "4200", 2, 12.5m),
            (declaratie["status"]!.GetValue<string>(), declaratie["soort"]!.GetValue<string>(), declaratie["bedragEurocent"]!.GetValue<long>(),
             declaratie["naamBegunstigde"]!.GetValue<string>(), declaratie["rekening"]!.GetValue<string>(), declaratie["benodigdeGoedkeuringen"]!.GetValue<int>(),
             declaratie["factuur"]!["uren"]!.GetValue<decimal>()));
        await (await lid.PostAsync($"/api/v1/opdrachtovereenkomsten/{id}/facturen", Factuur("F-1", 1m, 45_00, 9_45))).AssertProblemAsync(400);
        var teVeel = await (await backoffice.PostAsync($"/api/v1/opdrachtovereenkomsten/{id}/facturen", Factuur("F-2", 8m, 360_00, 75_60))).AssertProblemAsync(400);
        Assert.Contains("20,5 uur", teVeel["detail"]!.GetValue<string>());
        var stand = await LeesAsync(await backoffice.GetAsync($"/api/v1/opdrachtovereenkomsten/{id}"));
        Assert.Equal((12.5m, 7.5m, 680_63L, 1), (stand["gefactureerdeUren"]!.GetValue<decimal>(), stand["resterendeUren"]!.GetValue<decimal>(),
            stand["gefactureerdEurocent"]!.GetValue<long>(), stand["facturen"]!.AsArray().Count));

        await LeesAsync(await backoffice.PostAsync($"/api/v1/declaraties/{declaratieId}/goedkeuringen", null));
        await LeesAsync(await tweede.PostAsync($"/api/v1/declaraties/{declaratieId}/goedkeuringen", null));
        await LeesAsync(await derde.PostJsonAsync($"/api/v1/administraties/{administratie}/openingsbalansen",
            new { regels = new[] { new { rekening = "1100", debetEurocent = 1000_00L, creditEurocent = 0L }, new { rekening = "0500", debetEurocent = 0L, creditEurocent = 1000_00L } } }),
            HttpStatusCode.Created);
        var batch = await LeesAsync(await derde.PostJsonAsync("/api/v1/declaratiebetalingen", new { hostorganisatieId = fixture.HostAId, uitvoerdatum = $"{Vandaag:yyyy-MM-dd}" }),
            HttpStatusCode.Created);
        Assert.Equal(("Sportcoach Yusuf Demir", "NL44RABO0123456789"),
            (batch["overboekingen"]![0]!["begunstigde"]!.GetValue<string>(), batch["overboekingen"]![0]!["iban"]!.GetValue<string>()));
        await LeesAsync(await derde.PostJsonAsync($"/api/v1/declaratiebetalingen/{batch["id"]}/uitvoeringen", new { uitgevoerdOp = $"{Vandaag:yyyy-MM-dd}" }));
        var balans = await LeesAsync(await lid.GetAsync($"/api/v1/administraties/{administratie}/balans"));
        Assert.Equal(680_63L, balans["rekeningen"]!.AsArray().Single(r => r!["code"]!.GetValue<string>() == "4200")!["saldoEurocent"]!.GetValue<long>());
        Assert.Equal("betaald", (await LeesAsync(await backoffice.GetAsync($"/api/v1/opdrachtovereenkomsten/{id}")))["facturen"]![0]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task R5_5_a_contract_is_changed_only_above_what_was_invoiced_and_a_rejected_invoice_frees_its_hours()
    {
        var backoffice = await fixture.AuthenticatedAsync(BackofficeA, "amsterdam");
        var tweede = await fixture.AuthenticatedAsync(BackofficeA2, "amsterdam");
        var opdracht = await LeesAsync(await backoffice.PostJsonAsync("/api/v1/opdrachtovereenkomsten", Opdracht(fixture.Administratie1, "Klusbedrijf Noor", 10m)),
            HttpStatusCode.Created);
        var url = $"/api/v1/opdrachtovereenkomsten/{opdracht["id"]}";
        var declaratie = await LeesAsync(await backoffice.PostAsync($"{url}/facturen", Factuur("K-7", 10m, 450_00, 94_50)), HttpStatusCode.Created);

        var minder = await (await backoffice.PutJsonAsync(url, Opdracht(fixture.Administratie1, "Klusbedrijf Noor", 9m))).AssertProblemAsync(400);
        Assert.Contains("niet minder uren", minder["detail"]!.GetValue<string>());
        var zonderUren = await (await backoffice.PutJsonAsync(url, new { opdrachtnemer = "Klusbedrijf Noor" })).AssertProblemAsync(400);
        Assert.NotNull(zonderUren["errors"]);
        Assert.Equal(10m, (await LeesAsync(await backoffice.GetAsync(url)))["uren"]!.GetValue<decimal>());

        await LeesAsync(await tweede.PostJsonAsync($"/api/v1/declaraties/{declaratie["id"]}/beoordelingen", new { uitkomst = "afgewezen", reden = "Uren niet afgestemd" }));
        await LeesAsync(await backoffice.PostAsync($"{url}/facturen", Factuur("K-8", 10m, 450_00, 94_50)), HttpStatusCode.Created);
        await (await backoffice.PostAsync($"{url}/facturen", Factuur("K-7", 0.5m, 22_50, 4_73))).AssertProblemAsync(400);
        var gewijzigd = await LeesAsync(await backoffice.PutJsonAsync(url, Opdracht(fixture.Administratie1, "Klusbedrijf Noor", 16m)));
        Assert.Equal((16m, 6m), (gewijzigd["uren"]!.GetValue<decimal>(), gewijzigd["resterendeUren"]!.GetValue<decimal>()));
    }

    [Fact]
    public async Task R5_5_a_coordinator_is_recorded_for_the_hosts_groups_only_and_gets_no_contract_as_a_zzper()
    {
        var backoffice = await fixture.AuthenticatedAsync(BackofficeA, "amsterdam");
        var lid = await fixture.AuthenticatedAsync(GroepLid, "amsterdam");
        var anderLid = await fixture.AuthenticatedAsync(AnderLid, "amsterdam");
        object Coordinator(params Guid[] administraties) => new
        {
            hostorganisatieId = fixture.HostAId, naam = "Sanne de Vries", functie = "Opbouwwerker", urenPerWeek = 24m, inDienstSinds = "2025-09-01",
            uitDienstPer = (string?)null, administratieIds = administraties, toelichting = "Ondersteunt de groep bij haar jaarplan.",
        };

        var vreemd = await (await backoffice.PostJsonAsync("/api/v1/coordinatoren", Coordinator(fixture.Administratie2))).AssertProblemAsync(400);
        Assert.Contains("alleen groepen die deze host host", vreemd["detail"]!.GetValue<string>());
        var coordinator = await LeesAsync(await backoffice.PostJsonAsync("/api/v1/coordinatoren", Coordinator(fixture.Administratie1)), HttpStatusCode.Created);
        Assert.Equal(("Welzijn Opdrachten", "Buurtgroep Sportveld", true),
            (coordinator["hostNaam"]!.GetValue<string>(), coordinator["groepen"]![0]!["groepNaam"]!.GetValue<string>(), coordinator["inDienst"]!.GetValue<bool>()));
        Assert.Contains((await LeesAsync(await lid.GetAsync("/api/v1/coordinatoren")))["items"]!.AsArray(), c => c!["id"]!.GetValue<Guid>() == coordinator["id"]!.GetValue<Guid>());
        Assert.Equal(0, (await LeesAsync(await anderLid.GetAsync("/api/v1/coordinatoren")))["totalCount"]!.GetValue<int>());

        var alsZzp = await (await backoffice.PostJsonAsync("/api/v1/opdrachtovereenkomsten", Opdracht(fixture.Administratie1, "Sanne de Vries"))).AssertProblemAsync(400);
        Assert.Contains("coördinator in dienst van de host", alsZzp["detail"]!.GetValue<string>());

        var uitDienst = await LeesAsync(await backoffice.PutJsonAsync($"/api/v1/coordinatoren/{coordinator["id"]}", new
        {
            naam = "Sanne de Vries", functie = "Opbouwwerker", urenPerWeek = 24m, inDienstSinds = "2025-09-01", uitDienstPer = $"{Vandaag.AddDays(-1):yyyy-MM-dd}",
            administratieIds = Array.Empty<Guid>(), toelichting = (string?)null,
        }));
        Assert.False(uitDienst["inDienst"]!.GetValue<bool>());
    }

    [Fact]
    public async Task R5_5_another_hosts_back_office_another_group_and_another_gemeente_see_nothing_and_change_nothing()
    {
        var backoffice = await fixture.AuthenticatedAsync(BackofficeA, "amsterdam");
        var opdracht = await LeesAsync(await backoffice.PostJsonAsync("/api/v1/opdrachtovereenkomsten", Opdracht(fixture.Administratie1, "Tuinman Piet")), HttpStatusCode.Created);
        var coordinator = await LeesAsync(await backoffice.PostJsonAsync("/api/v1/coordinatoren", new
        {
            hostorganisatieId = fixture.HostAId, naam = "Ilse Bakker", functie = "Buurtcoördinator", urenPerWeek = 16m, inDienstSinds = "2026-01-01",
            uitDienstPer = (string?)null, administratieIds = new[] { fixture.Administratie1 }, toelichting = (string?)null,
        }), HttpStatusCode.Created);
        var url = $"/api/v1/opdrachtovereenkomsten/{opdracht["id"]}";
        var andereHost = await fixture.AuthenticatedAsync(BackofficeB, "amsterdam");
        var andereGroep = await fixture.AuthenticatedAsync(AnderLid, "amsterdam");
        var aaEnHunze = await fixture.AuthenticatedAsync(ApiFactory.AaEnHunzeBeheerClient, "aa-en-hunze");

        foreach (var client in new[] { andereHost, andereGroep, aaEnHunze })
        {
            await (await client.GetAsync(url)).AssertProblemAsync(404);
            await (await client.GetAsync($"/api/v1/coordinatoren/{coordinator["id"]}")).AssertProblemAsync(404);
            Assert.DoesNotContain((await LeesAsync(await client.GetAsync("/api/v1/opdrachtovereenkomsten?pageSize=100")))["items"]!.AsArray(),
                o => o!["id"]!.GetValue<Guid>() == opdracht["id"]!.GetValue<Guid>());
        }
        await (await andereHost.PutJsonAsync(url, Opdracht(fixture.Administratie1, "Tuinman Piet", 99m))).AssertProblemAsync(404);
        await (await andereHost.PostJsonAsync("/api/v1/opdrachtovereenkomsten", Opdracht(fixture.Administratie1, "Overgenomen"))).AssertProblemAsync(404);
        await (await andereGroep.PostAsync($"{url}/facturen", Factuur("X-1", 1m, 45_00, 9_45))).AssertProblemAsync(404);
        await (await andereHost.PostJsonAsync("/api/v1/coordinatoren", new
        {
            hostorganisatieId = fixture.HostAId, naam = "Overgenomen", functie = "x", urenPerWeek = 1m, inDienstSinds = "2026-01-01", uitDienstPer = (string?)null,
            administratieIds = Array.Empty<Guid>(), toelichting = (string?)null,
        })).AssertProblemAsync(404);

        var nu = await LeesAsync(await backoffice.GetAsync(url));
        Assert.Equal((20m, 0), (nu["uren"]!.GetValue<decimal>(), nu["facturen"]!.AsArray().Count));
    }
}
