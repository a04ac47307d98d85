using System.Globalization;
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
/// Bank statements over HTTP with real tokens (R5.x, ADR 0029): the host's back office imports a CAMT.053 file into an
/// administratie it keeps; lines that fit an entry are linked, the rest are listed open and keep their month from
/// closing until the back office links one by hand or explains it. The same statement twice and a file that is not
/// CAMT.053 are problems that save nothing; another host's back office, the group and another gemeente cannot import
/// or resolve, and only those who read the administratie read its statements.
/// </summary>
public sealed class BankafschriftenTests(BankafschriftenTests.Fixture fixture) : IClassFixture<BankafschriftenTests.Fixture>
{
    private const string Beleid = "amsterdam-bank-beleid";
    private const string BackofficeA = "amsterdam-bank-backoffice-a";
    private const string BackofficeB = "amsterdam-bank-backoffice-b";
    private const string GroepLid = "amsterdam-bank-groep";
    private const string Rekening = "NL91ABNA0417164300";
    private static readonly Guid HostA = Guid.Parse("0192f000-0000-7000-8000-0000000000f1");
    private static readonly Guid HostB = Guid.Parse("0192f000-0000-7000-8000-0000000000f2");
    private static readonly Guid Groep1 = Guid.Parse("0192f000-0000-7000-8000-0000000000f3");

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
                AddClient(settings, i, GroepLid, "amsterdam", "bewonersorganisatie", Groep1);
                return base.ExtraSettings.Concat(settings);
            }
        }

        async Task IAsyncLifetime.InitializeAsync()
        {
            await InitializeAsync();
            await this.AddOrganisatiesAsync("amsterdam",
                (HostA, "Welzijn Centrum", OrganisatieSoort.Welzijnsorganisatie, null),
                (HostB, "Welzijn Noord", OrganisatieSoort.Welzijnsorganisatie, null),
                (Groep1, "Buurtgroep Portiek 9", OrganisatieSoort.Bewonersgroep, null));
            var beleid = await this.AuthenticatedAsync(Beleid, "amsterdam");
            HostAId = await beleid.RegisterHostAsync(HostA);
            await beleid.RegisterHostAsync(HostB);
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    private static readonly DateOnly Vandaag = Kalender.Dag(DateTimeOffset.UtcNow);

    /// <summary>The first day of the month three months ago: that month is over and may close.</summary>
    private static readonly DateOnly Start = new DateOnly(Vandaag.Year, Vandaag.Month, 1).AddMonths(-3);

    private static object Regel(string rekening, long debet, long credit) => new { rekening, debetEurocent = debet, creditEurocent = credit };

    private static object Post(DateOnly datum, string omschrijving, string debet, string credit, long bedrag) => new
    {
        boekdatum = $"{datum:yyyy-MM-dd}", omschrijving, regels = new[] { Regel(debet, bedrag, 0), Regel(credit, 0, bedrag) },
    };

    /// <summary>A CAMT.053.001.02 statement of the month of <see cref="Start"/>, opening at 500 euro.</summary>
    private static string Camt(string id, params (int Dag, long Cent, bool Bij, string Tekst)[] regels)
    {
        static string Bedrag(long cent) => (cent / 100m).ToString("0.00", CultureInfo.InvariantCulture);
        var eind = 500_00 + regels.Sum(r => r.Bij ? r.Cent : -r.Cent);
        var xml = new StringBuilder($"""
            <?xml version="1.0" encoding="UTF-8"?>
            <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt>
            <GrpHdr><MsgId>{id}</MsgId><CreDtTm>{Start:yyyy-MM-dd}T23:00:00</CreDtTm></GrpHdr>
            <Stmt><Id>{id}</Id><FrToDt><FrDtTm>{Start:yyyy-MM-dd}T00:00:00</FrDtTm><ToDtTm>{Start.AddMonths(1).AddDays(-1):yyyy-MM-dd}T23:59:59</ToDtTm></FrToDt>
            <Acct><Id><IBAN>{Rekening}</IBAN></Id><Ccy>EUR</Ccy></Acct>
            <Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">500.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>{Start:yyyy-MM-dd}</Dt></Dt></Bal>
            <Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">{Bedrag(eind)}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>{Start.AddMonths(1).AddDays(-1):yyyy-MM-dd}</Dt></Dt></Bal>
            """);
        foreach (var r in regels)
            xml.Append($"""
                <Ntry><Amt Ccy="EUR">{Bedrag(r.Cent)}</Amt><CdtDbtInd>{(r.Bij ? "CRDT" : "DBIT")}</CdtDbtInd><Sts>BOOK</Sts>
                <BookgDt><Dt>{Start.AddDays(r.Dag - 1):yyyy-MM-dd}</Dt></BookgDt><NtryDtls><TxDtls><Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs>
                <RltdPties><{(r.Bij ? "Dbtr" : "Cdtr")}><Nm>Buurtwinkel De Hoek</Nm></{(r.Bij ? "Dbtr" : "Cdtr")}></RltdPties><RmtInf><Ustrd>{r.Tekst}</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>
                """);
        xml.Append("</Stmt></BkToCstmrStmt></Document>");
        return xml.ToString();
    }

    private static Task<HttpResponseMessage> ImporteerAsync(HttpClient client, string url, string xml, string type = "application/xml")
    {
        var inhoud = new ByteArrayContent(Encoding.UTF8.GetBytes(xml));
        inhoud.Headers.ContentType = new MediaTypeHeaderValue(type);
        return client.PostAsync($"{url}/bankafschriften?naam=januari.xml", inhoud);
    }

    /// <summary>An administratie of a new group, opened at <see cref="Start"/> with 500 euro on the bank.</summary>
    private async Task<string> AdministratieAsync(Guid? groep = null)
    {
        var id = groep ?? Guid.CreateVersion7();
        if (groep is null)
            await fixture.AddOrganisatiesAsync("amsterdam", (id, $"Buurtgroep {id.ToString()[^6..]}", OrganisatieSoort.Bewonersgroep, null));
        var beleid = await fixture.AuthenticatedAsync(Beleid, "amsterdam");
        var administratie = await LeesAsync(await beleid.PostJsonAsync("/api/v1/administraties",
            new { groepId = id, hostorganisatieId = fixture.HostAId, startdatum = $"{Start:yyyy-MM-dd}" }), HttpStatusCode.Created);
        var url = $"/api/v1/administraties/{administratie["id"]}";
        var backoffice = await fixture.AuthenticatedAsync(BackofficeA, "amsterdam");
        await LeesAsync(await backoffice.PostJsonAsync($"{url}/openingsbalansen", new { regels = new[] { Regel("1100", 500_00, 0), Regel("0500", 0, 500_00) } }),
            HttpStatusCode.Created);
        return url;
    }

    [Fact]
    public async Task R5_x_an_imported_statement_links_the_lines_that_fit_and_lists_the_rest_which_keep_the_month_open_until_linked_or_explained()
    {
        var url = await AdministratieAsync(Groep1);
        var backoffice = await fixture.AuthenticatedAsync(BackofficeA, "amsterdam");
        var lid = await fixture.AuthenticatedAsync(GroepLid, "amsterdam");
        var gift = await LeesAsync(await backoffice.PostJsonAsync($"{url}/journaalposten", Post(Start.AddDays(3), "Gift van de buurtwinkel", "1100", "8100", 250_00)),
            HttpStatusCode.Created);
        await LeesAsync(await backoffice.PostJsonAsync($"{url}/journaalposten", Post(Start.AddDays(5), "Huur buurthuis", "4100", "1100", 120_00)), HttpStatusCode.Created);

        var afschrift = await LeesAsync(await ImporteerAsync(backoffice, url,
            Camt("STMT-1", (5, 250_00, true, "Gift voor de buurtdag"), (6, 120_00, false, "Huur"), (8, 45_00, false, "Verf voor de bankjes"), (9, 3_50, false, "Kosten"))),
            HttpStatusCode.Created);
        Assert.Equal((Rekening, 4, 2, 2, "januari.xml"), (afschrift["iban"]!.GetValue<string>(), afschrift["aantalMutaties"]!.GetValue<int>(),
            afschrift["aantalGekoppeld"]!.GetValue<int>(), afschrift["aantalOpen"]!.GetValue<int>(), afschrift["bestandsnaam"]!.GetValue<string>()));
        var mutaties = afschrift["mutaties"]!.AsArray();
        Assert.Equal(["gekoppeld", "gekoppeld", "open", "open"], mutaties.Select(m => m!["status"]!.GetValue<string>()));
        Assert.Equal((gift["id"]!.GetValue<Guid>(), true), (mutaties[0]!["journaalpostId"]!.GetValue<Guid>(), mutaties[0]!["automatischGekoppeld"]!.GetValue<bool>()));
        var afschriftUrl = $"{url}/bankafschriften/{afschrift["id"]}";

        // The group reads its statements; the month does not close while lines are open.
        var lijst = await LeesAsync(await lid.GetAsync($"{url}/bankafschriften"));
        Assert.Equal((1, 2), (lijst["totalCount"]!.GetValue<int>(), lijst["items"]![0]!["aantalOpen"]!.GetValue<int>()));
        var perioden = await LeesAsync(await backoffice.GetAsync($"{url}/perioden"));
        var eerste = perioden["items"]!.AsArray().Single(p => p!["code"]!.GetValue<string>() == $"{Start:yyyy-MM}")!;
        Assert.Contains(eerste["blokkades"]!.AsArray(), b => b!["soort"]!.GetValue<string>() == "bankmutatiesOngekoppeld");
        var dicht = await (await backoffice.PostAsync($"{url}/perioden/{Start:yyyy-MM}/afsluitingen", null)).AssertProblemAsync(400);
        Assert.Contains("bankmutaties van deze maand", dicht["detail"]!.GetValue<string>());

        // The paint is booked afterwards and linked by hand; its candidates are offered; a wrong entry is refused.
        var verf = await LeesAsync(await backoffice.PostJsonAsync($"{url}/journaalposten", Post(Start.AddDays(20), "Verf", "4200", "1100", 45_00)), HttpStatusCode.Created);
        var open = (await LeesAsync(await backoffice.GetAsync(afschriftUrl)))["mutaties"]![2]!;
        Assert.Equal(verf["id"]!.GetValue<Guid>(), Assert.Single(open["kandidaten"]!.AsArray())!["journaalpostId"]!.GetValue<Guid>());
        var verkeerd = await (await backoffice.PostJsonAsync($"{afschriftUrl}/mutaties/{open["id"]}/koppelingen", new { journaalpostId = gift["id"] })).AssertProblemAsync(400);
        Assert.Contains("al aan een bankmutatie gekoppeld", verkeerd["detail"]!.GetValue<string>());
        await (await lid.PostJsonAsync($"{afschriftUrl}/mutaties/{open["id"]}/koppelingen", new { journaalpostId = verf["id"] })).AssertProblemAsync(403);
        var gekoppeld = await LeesAsync(await backoffice.PostJsonAsync($"{afschriftUrl}/mutaties/{open["id"]}/koppelingen", new { journaalpostId = verf["id"] }));
        Assert.Equal(("gekoppeld", false), (gekoppeld["mutaties"]![2]!["status"]!.GetValue<string>(), gekoppeld["mutaties"]![2]!["automatischGekoppeld"]!.GetValue<bool>()));

        await (await backoffice.PostJsonAsync($"{afschriftUrl}/mutaties/{mutaties[3]!["id"]}/verklaringen", new { reden = " " })).AssertProblemAsync(400);
        var verklaard = await LeesAsync(await backoffice.PostJsonAsync($"{afschriftUrl}/mutaties/{mutaties[3]!["id"]}/verklaringen",
            new { reden = "Bankkosten; de bank boekt ze volgende maand terug" }));
        Assert.Equal(0, verklaard["aantalOpen"]!.GetValue<int>());
        await (await backoffice.PostJsonAsync($"{afschriftUrl}/mutaties/{Guid.CreateVersion7()}/verklaringen", new { reden = "Bestaat niet" })).AssertProblemAsync(404);

        var gesloten = await LeesAsync(await backoffice.PostAsync($"{url}/perioden/{Start:yyyy-MM}/afsluitingen", null));
        Assert.Equal("afgesloten", gesloten["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task R5_x_the_same_statement_is_imported_once_and_a_file_that_is_not_camt_053_saves_nothing()
    {
        var url = await AdministratieAsync();
        var backoffice = await fixture.AuthenticatedAsync(BackofficeA, "amsterdam");
        var xml = Camt("STMT-DUBBEL", (5, 10_00, true, "Gift"));
        await LeesAsync(await ImporteerAsync(backoffice, url, xml, "text/xml"), HttpStatusCode.Created);

        var dubbel = await (await ImporteerAsync(backoffice, url, xml)).AssertProblemAsync(409);
        Assert.Contains("al geïmporteerd", dubbel["detail"]!.GetValue<string>());
        var kapot = await (await ImporteerAsync(backoffice, url, xml[..^40])).AssertProblemAsync(400);
        Assert.StartsWith("Het bankafschrift is geen geldig CAMT.053-bestand: het is geen goedgevormde XML", kapot["detail"]!.GetValue<string>());
        var ander = await (await ImporteerAsync(backoffice, url, Camt("STMT-2", (5, 10_00, true, "Gift")).Replace("camt.053.001.02", "camt.052.001.02"))).AssertProblemAsync(400);
        Assert.Contains("geen camt.053-bericht", ander["detail"]!.GetValue<string>());
        var zonderSaldo = await (await ImporteerAsync(backoffice, url, Camt("STMT-3").Replace("<Cd>CLBD</Cd>", "<Cd>XXXX</Cd>"))).AssertProblemAsync(400);
        Assert.Contains("eindsaldo", zonderSaldo["detail"]!.GetValue<string>());
        await (await ImporteerAsync(backoffice, url, xml, "application/json")).AssertProblemAsync(415);
        var groot = await (await ImporteerAsync(backoffice, url, xml + new string(' ', 5 * 1024 * 1024))).AssertProblemAsync(400);
        Assert.Contains("5 MB", groot["detail"]!.GetValue<string>());

        var lijst = await LeesAsync(await backoffice.GetAsync($"{url}/bankafschriften"));
        Assert.Equal(1, lijst["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task R5_x_another_hosts_back_office_and_another_gemeente_see_no_statement_and_change_nothing()
    {
        var url = await AdministratieAsync();
        var eigen = await fixture.AuthenticatedAsync(BackofficeA, "amsterdam");
        var afschrift = await LeesAsync(await ImporteerAsync(eigen, url, Camt("STMT-ISO", (5, 10_00, true, "Gift"))), HttpStatusCode.Created);
        var afschriftUrl = $"{url}/bankafschriften/{afschrift["id"]}";
        var mutatie = afschrift["mutaties"]![0]!["id"];
        var andereHost = await fixture.AuthenticatedAsync(BackofficeB, "amsterdam");
        var groep = await fixture.AuthenticatedAsync(GroepLid, "amsterdam");
        var aaEnHunze = await fixture.AuthenticatedAsync(ApiFactory.AaEnHunzeBeheerClient, "aa-en-hunze");

        foreach (var client in new[] { andereHost, groep, aaEnHunze })
        {
            var problem = await (await client.GetAsync($"{url}/bankafschriften")).AssertProblemAsync(404);
            Assert.DoesNotContain("STMT-ISO", problem.ToJsonString());
            await (await client.GetAsync(afschriftUrl)).AssertProblemAsync(404);
        }
        await (await ImporteerAsync(andereHost, url, Camt("STMT-OVER", (5, 10_00, true, "Gift")))).AssertProblemAsync(404);
        await (await andereHost.PostJsonAsync($"{afschriftUrl}/mutaties/{mutatie}/verklaringen", new { reden = "Overgenomen" })).AssertProblemAsync(404);
        await (await andereHost.PostJsonAsync($"{afschriftUrl}/mutaties/{mutatie}/koppelingen", new { journaalpostId = Guid.CreateVersion7() })).AssertProblemAsync(404);
        await (await aaEnHunze.PostJsonAsync($"{afschriftUrl}/mutaties/{mutatie}/verklaringen", new { reden = "Overgenomen" })).AssertProblemAsync(403);

        var nog = await LeesAsync(await eigen.GetAsync(afschriftUrl));
        Assert.Equal("open", nog["mutaties"]![0]!["status"]!.GetValue<string>());
        Assert.Equal(1, (await LeesAsync(await eigen.GetAsync($"{url}/bankafschriften")))["totalCount"]!.GetValue<int>());
    }

    private static Task<JsonNode> LeesAsync(HttpResponseMessage response, HttpStatusCode verwacht = HttpStatusCode.OK) => response.ReadExpectedAsync(verwacht);
}
