using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Organisaties;
using Gemeenschapskracht.IntegrationTests.Identity;
using Gemeenschapskracht.IntegrationTests.Infrastructure;

namespace Gemeenschapskracht.IntegrationTests;

/// <summary>
/// Declaraties over HTTP with real tokens (R5.4): a group's member submits an expense with its receipt as a form; the
/// host's back office approves it with four eyes above the threshold (never the submitter, never twice the same); a
/// batch is refused whole when a group's bank balance is too low, then made, exported as pain.001 and executed, which
/// books the expense. A receipt that is no image or PDF by its bytes, or too large, is a problem that changes nothing;
/// another host's back office, another group and another gemeente see nothing and change nothing.
/// </summary>
public sealed class DeclaratiesTests(DeclaratiesTests.Fixture fixture) : IClassFixture<DeclaratiesTests.Fixture>
{
    private const string Beleid = "amsterdam-dec-beleid";
    private const string BackofficeA = "amsterdam-dec-backoffice-a";
    private const string BackofficeA2 = "amsterdam-dec-backoffice-a2";
    private const string BackofficeB = "amsterdam-dec-backoffice-b";
    private const string GroepLid = "amsterdam-dec-groep";
    private const string AnderLid = "amsterdam-dec-andere-groep";
    private static readonly Guid HostA = Guid.Parse("0192f000-0000-7000-8000-0000000000d1");
    private static readonly Guid HostB = Guid.Parse("0192f000-0000-7000-8000-0000000000d2");
    private static readonly Guid Groep1 = Guid.Parse("0192f000-0000-7000-8000-0000000000d3");
    private static readonly Guid Groep2 = Guid.Parse("0192f000-0000-7000-8000-0000000000d4");
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, .. "IHDR"u8];
    private static readonly DateOnly Vandaag = Kalender.Dag(DateTimeOffset.UtcNow);

    public sealed class Fixture : IdentityFactory, IAsyncLifetime
    {
        public Guid HostAId { get; private set; }

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
                (HostA, "Welzijn Declaraties", OrganisatieSoort.Welzijnsorganisatie, null),
                (HostB, "Welzijn Elders", OrganisatieSoort.Welzijnsorganisatie, null),
                (Groep1, "Buurtgroep Springkussen", OrganisatieSoort.Bewonersgroep, null),
                (Groep2, "Moestuin De Akker", OrganisatieSoort.Bewonersgroep, null));
            var beleid = await this.AuthenticatedAsync(Beleid, "amsterdam");
            HostAId = await beleid.RegisterHostAsync(HostA, "NL91ABNA0417164300");
            await beleid.RegisterHostAsync(HostB);
            Administratie1 = await beleid.OpenAdministratieAsync(Groep1, HostAId);
            Administratie2 = await beleid.OpenAdministratieAsync(Groep2, HostAId);
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    private static MultipartFormDataContent Formulier(Guid administratie, long bedrag, string omschrijving, byte[]? bon = null, string bonNaam = "bon.png",
        bool indienen = true)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent($"{administratie}"), "administratieId" },
            { new StringContent($"{bedrag}"), "bedragEurocent" },
            { new StringContent($"{Vandaag:yyyy-MM-dd}"), "uitgavedatum" },
            { new StringContent("4200"), "rekening" },
            { new StringContent(omschrijving), "omschrijving" },
            { new StringContent("Fatima el Amrani"), "naamBegunstigde" },
            { new StringContent("NL44 RABO 0123 4567 89"), "iban" },
            { new StringContent(indienen ? "true" : "false"), "indienen" },
        };
        if (bon is not null)
        {
            var bestand = new ByteArrayContent(bon);
            bestand.Headers.ContentType = new MediaTypeHeaderValue(bonNaam.EndsWith(".pdf", StringComparison.Ordinal) ? "application/pdf" : "image/jpeg");
            form.Add(bestand, "bonnetje", bonNaam);
        }
        return form;
    }

    private static Task<JsonNode> LeesAsync(HttpResponseMessage response, HttpStatusCode verwacht = HttpStatusCode.OK) => response.ReadExpectedAsync(verwacht);

    private static async Task<int> AantalAsync(HttpClient client, Guid administratie) =>
        (await LeesAsync(await client.GetAsync($"/api/v1/declaraties?administratieId={administratie}&pageSize=100")))["totalCount"]!.GetValue<int>();

    [Fact]
    public async Task R5_4_a_member_submits_two_back_office_users_approve_above_the_threshold_a_refused_batch_is_withdrawn_and_an_executed_one_books_it()
    {
        var lid = await fixture.AuthenticatedAsync(GroepLid, "amsterdam");
        var eerste = await fixture.AuthenticatedAsync(BackofficeA, "amsterdam");
        var tweede = await fixture.AuthenticatedAsync(BackofficeA2, "amsterdam");
        var beleid = await fixture.AuthenticatedAsync(Beleid, "amsterdam");
        var administratie = fixture.Administratie1;

        var declaratie = await LeesAsync(await lid.PostAsync("/api/v1/declaraties", Formulier(administratie, 312_00, "Springkussen voor het buurtfeest", Png, "IMG_1.jpg")),
            HttpStatusCode.Created);
        var id = declaratie["id"]!.GetValue<Guid>();
        Assert.Equal(("ingediend", 2, "image/png", "NL44RABO0123456789", "Activiteiten en materialen"),
            (declaratie["status"]!.GetValue<string>(), declaratie["benodigdeGoedkeuringen"]!.GetValue<int>(), declaratie["bonnetje"]!["contentType"]!.GetValue<string>(),
             declaratie["iban"]!.GetValue<string>(), declaratie["rekeningOmschrijving"]!.GetValue<string>()));
        Assert.StartsWith($"DEC-{Vandaag.Year}-", declaratie["kenmerk"]!.GetValue<string>());
        using (var bon = await lid.GetAsync($"/api/v1/declaraties/{id}/bonnetje"))
        {
            Assert.Equal("image/png", bon.Content.Headers.ContentType!.MediaType);
            Assert.Equal(Png, await bon.Content.ReadAsByteArrayAsync());
        }
        Assert.Null((await LeesAsync(await beleid.GetAsync($"/api/v1/declaraties/{id}")))["iban"]);

        await LeesAsync(await eerste.PostAsync($"/api/v1/declaraties/{id}/goedkeuringen", null));
        var twee = await (await eerste.PostAsync($"/api/v1/declaraties/{id}/goedkeuringen", null)).AssertProblemAsync(400);
        Assert.Contains("al goedgekeurd", twee["detail"]!.GetValue<string>());
        var goed = await LeesAsync(await tweede.PostAsync($"/api/v1/declaraties/{id}/goedkeuringen", null));
        Assert.Equal(("goedgekeurd", 2), (goed["status"]!.GetValue<string>(), goed["goedkeuringen"]!.AsArray().Count));
        // The list filters by status as the API writes it (camelCase) and refuses one that does not exist.
        Assert.Contains((await LeesAsync(await eerste.GetAsync("/api/v1/declaraties?status=goedgekeurd&pageSize=100")))["items"]!.AsArray(),
            d => d!["id"]!.GetValue<Guid>() == id);
        Assert.Contains("Kies een bestaande status.", (await (await eerste.GetAsync("/api/v1/declaraties?status=betaald-misschien")).AssertProblemAsync(400)).ToJsonString());

        // The group has nothing in the bank yet: the whole batch is refused, naming it.
        var batch = new { hostorganisatieId = fixture.HostAId, uitvoerdatum = $"{Vandaag:yyyy-MM-dd}" };
        var tekort = await (await eerste.PostJsonAsync("/api/v1/declaratiebetalingen", batch)).AssertProblemAsync(400);
        Assert.Contains("Buurtgroep Springkussen", tekort["detail"]!.GetValue<string>());
        Assert.Null((await LeesAsync(await eerste.GetAsync($"/api/v1/declaraties/{id}")))["declaratiebetalingId"]);
        await LeesAsync(await eerste.PostJsonAsync($"/api/v1/administraties/{administratie}/openingsbalansen",
            new { regels = new[] { new { rekening = "1100", debetEurocent = 500_00L, creditEurocent = 0L }, new { rekening = "0500", debetEurocent = 0L, creditEurocent = 500_00L } } }),
            HttpStatusCode.Created);

        var betaling = await LeesAsync(await eerste.PostJsonAsync("/api/v1/declaratiebetalingen", batch), HttpStatusCode.Created);
        var betalingId = betaling["id"]!.GetValue<Guid>();
        Assert.Equal(("klaargezet", 312_00L, "NL91ABNA0417164300"),
            (betaling["status"]!.GetValue<string>(), betaling["totaalEurocent"]!.GetValue<long>(), betaling["opdrachtgeverIban"]!.GetValue<string>()));
        await (await eerste.PutJsonAsync($"/api/v1/declaraties/{id}", new
        {
            bedragEurocent = 1_00L, uitgavedatum = $"{Vandaag:yyyy-MM-dd}", rekening = "4200", omschrijving = "x", naamBegunstigde = "x", iban = "NL44RABO0123456789",
        })).AssertProblemAsync(403);
        await (await eerste.PostJsonAsync("/api/v1/declaratiebetalingen", batch)).AssertProblemAsync(400);
        using (var pain = await eerste.GetAsync($"/api/v1/declaratiebetalingen/{betalingId}/pain001"))
        {
            var xml = Encoding.UTF8.GetString(await pain.Content.ReadAsByteArrayAsync());
            Assert.Contains(declaratie["kenmerk"]!.GetValue<string>(), xml);
            Assert.Contains("<InstdAmt Ccy=\"EUR\">312.00</InstdAmt>", xml);
        }
        await (await beleid.GetAsync($"/api/v1/declaratiebetalingen/{betalingId}/pain001")).AssertProblemAsync(403);

        // The bank refused the file: the back office withdraws the batch with a reason, and the declaratie is free again.
        var intrekken = $"/api/v1/declaratiebetalingen/{betalingId}/intrekkingen";
        await (await eerste.PostJsonAsync(intrekken, new { reden = " " })).AssertProblemAsync(400);
        var ingetrokken = await LeesAsync(await eerste.PostJsonAsync(intrekken, new { reden = "De bank weigerde het bestand" }));
        Assert.Equal(("ingetrokken", "De bank weigerde het bestand"),
            (ingetrokken["status"]!.GetValue<string>(), ingetrokken["intrekkingsreden"]!.GetValue<string>()));
        Assert.Null((await LeesAsync(await eerste.GetAsync($"/api/v1/declaraties/{id}")))["declaratiebetalingId"]);
        await (await eerste.GetAsync($"/api/v1/declaratiebetalingen/{betalingId}/pain001")).AssertProblemAsync(409);
        await (await eerste.PostJsonAsync($"/api/v1/declaratiebetalingen/{betalingId}/uitvoeringen", new { uitgevoerdOp = $"{Vandaag:yyyy-MM-dd}" }))
            .AssertProblemAsync(400);
        await (await eerste.PostJsonAsync(intrekken, new { reden = "Nogmaals" })).AssertProblemAsync(400);
        betalingId = (await LeesAsync(await eerste.PostJsonAsync("/api/v1/declaratiebetalingen", batch), HttpStatusCode.Created))["id"]!.GetValue<Guid>();

        var uitgevoerd = await LeesAsync(await eerste.PostJsonAsync($"/api/v1/declaratiebetalingen/{betalingId}/uitvoeringen", new { uitgevoerdOp = $"{Vandaag:yyyy-MM-dd}" }));
        Assert.Equal("uitgevoerd", uitgevoerd["status"]!.GetValue<string>());
        Assert.Equal("betaald", (await LeesAsync(await lid.GetAsync($"/api/v1/declaraties/{id}")))["status"]!.GetValue<string>());
        var balans = await LeesAsync(await lid.GetAsync($"/api/v1/administraties/{administratie}/balans"));
        Assert.Equal(312_00L, balans["rekeningen"]!.AsArray().Single(r => r!["code"]!.GetValue<string>() == "4200")!["saldoEurocent"]!.GetValue<long>());
        Assert.Equal(188_00L, balans["liquideMiddelenEurocent"]!.GetValue<long>());
    }

    [Fact]
    public async Task R5_4_the_submitter_never_approves_their_own_and_each_refusal_needs_a_reason()
    {
        var backoffice = await fixture.AuthenticatedAsync(BackofficeA, "amsterdam");
        var eigen = await LeesAsync(await backoffice.PostAsync("/api/v1/declaraties", Formulier(fixture.Administratie2, 20_00, "Zaden", Png)), HttpStatusCode.Created);
        var id = eigen["id"]!.GetValue<Guid>();

        var fout = await (await backoffice.PostAsync($"/api/v1/declaraties/{id}/goedkeuringen", null)).AssertProblemAsync(400);
        Assert.Contains("zelf ingediend", fout["detail"]!.GetValue<string>());
        var zonderReden = await (await backoffice.PostJsonAsync($"/api/v1/declaraties/{id}/beoordelingen", new { uitkomst = "afgewezen", reden = " " })).AssertProblemAsync(400);
        Assert.Contains("reden", zonderReden["errors"]!["reden"]![0]!.GetValue<string>());
        var terug = await LeesAsync(await backoffice.PostJsonAsync($"/api/v1/declaraties/{id}/beoordelingen", new { uitkomst = "onvolledig", reden = "De bon is onleesbaar." }));
        Assert.Equal(("onvolledig", "De bon is onleesbaar."), (terug["status"]!.GetValue<string>(), terug["historie"]!.AsArray()[^1]!["reden"]!.GetValue<string>()));
        Assert.Equal("ingediend", (await LeesAsync(await backoffice.PostAsync($"/api/v1/declaraties/{id}/indieningen", null)))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task R5_4_a_receipt_that_is_no_image_or_pdf_by_its_bytes_or_too_large_is_refused_and_nothing_is_stored()
    {
        var lid = await fixture.AuthenticatedAsync(AnderLid, "amsterdam");
        var voor = await AantalAsync(lid, fixture.Administratie2);

        var nep = await (await lid.PostAsync("/api/v1/declaraties", Formulier(fixture.Administratie2, 10_00, "Nep", "MZ dit is een programma"u8.ToArray(), "bon.jpg")))
            .AssertProblemAsync(400);
        Assert.Contains("geen foto", nep["detail"]!.GetValue<string>());
        using var groot = await lid.PostAsync("/api/v1/declaraties", Formulier(fixture.Administratie2, 10_00, "Te groot", [.. "%PDF-1.7\n"u8, .. new byte[10 * 1024 * 1024]], "bon.pdf"));
        Assert.Contains((int)groot.StatusCode, new[] { 400, 413 });
        Assert.Equal("application/problem+json", groot.Content.Headers.ContentType!.MediaType);
        var zonderVelden = await (await lid.PostAsync("/api/v1/declaraties", new MultipartFormDataContent { { new StringContent("x"), "omschrijving" } })).AssertProblemAsync(400);
        Assert.NotNull(zonderVelden["errors"]!["bedragEurocent"]);

        Assert.Equal(voor, await AantalAsync(lid, fixture.Administratie2));
    }

    [Fact]
    public async Task R5_4_another_hosts_back_office_another_group_and_another_gemeente_see_nothing_and_change_nothing()
    {
        var lid = await fixture.AuthenticatedAsync(GroepLid, "amsterdam");
        var declaratie = await LeesAsync(await lid.PostAsync("/api/v1/declaraties", Formulier(fixture.Administratie1, 15_00, "Koffie", Png)), HttpStatusCode.Created);
        var url = $"/api/v1/declaraties/{declaratie["id"]}";
        var andereHost = await fixture.AuthenticatedAsync(BackofficeB, "amsterdam");
        var andereGroep = await fixture.AuthenticatedAsync(AnderLid, "amsterdam");
        var aaEnHunze = await fixture.AuthenticatedAsync(ApiFactory.AaEnHunzeBeheerClient, "aa-en-hunze");

        foreach (var client in new[] { andereHost, andereGroep, aaEnHunze })
        {
            await (await client.GetAsync(url)).AssertProblemAsync(404);
            await (await client.GetAsync($"{url}/bonnetje")).AssertProblemAsync(404);
            Assert.DoesNotContain((await LeesAsync(await client.GetAsync("/api/v1/declaraties?pageSize=100")))["items"]!.AsArray(),
                d => d!["id"]!.GetValue<Guid>() == declaratie["id"]!.GetValue<Guid>());
        }
        await (await andereHost.PostAsync($"{url}/goedkeuringen", null)).AssertProblemAsync(404);
        await (await andereGroep.PostAsync($"{url}/indieningen", null)).AssertProblemAsync(404);
        await (await andereGroep.PostAsync("/api/v1/declaraties", Formulier(fixture.Administratie1, 15_00, "Overgenomen", Png))).AssertProblemAsync(404);
        await (await andereHost.PostJsonAsync("/api/v1/declaratiebetalingen", new { hostorganisatieId = fixture.HostAId, uitvoerdatum = $"{Vandaag:yyyy-MM-dd}" }))
            .AssertProblemAsync(404);

        var nu = await LeesAsync(await lid.GetAsync(url));
        Assert.Equal(("ingediend", 0), (nu["status"]!.GetValue<string>(), nu["goedkeuringen"]!.AsArray().Count));
    }
}
