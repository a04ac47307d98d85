using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Organisaties;
using Gemeenschapskracht.Domain.Subsidies;
using Gemeenschapskracht.Infrastructure.Persistence;
using Gemeenschapskracht.Infrastructure.Tenancy;
using Gemeenschapskracht.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sylvan.Data.Csv;

namespace Gemeenschapskracht.IntegrationTests;

/// <summary>
/// The subsidy register as open data (360Giving, ADR 0021) over HTTP, read anonymously as the public reads it: every
/// verlening and no weigering, filtered on award year and wijk, the page and both files with the standard's required
/// fields; an informal group named by its group name only, never a member's name or e-mail; another gemeente's
/// subsidies never appear. Amsterdam has five decisions on one regeling in its first wijk (three standing verleningen,
/// one of them last year, one withdrawn, and a weigering), Aa en Hunze one verlening of its own.
/// </summary>
public sealed partial class SubsidieregisterTests(SubsidieregisterTests.Fixture fixture) : IClassFixture<SubsidieregisterTests.Fixture>
{
    private static readonly int Jaar = Kalender.Dag(DateTimeOffset.UtcNow).Year;
    private static readonly string[] Geheim =
    [
        "Karel Geheim", "karel.geheim@example.org", "06-12345678", "Hanna Host", "hanna@host.example.org", "NL91ABNA0417164300", "H. Host", "Stichting Host",
        "Aa Vereniging", "GM1680",
    ];

    public sealed class Fixture : ApiFactory, IAsyncLifetime
    {
        public Guid Wijk { get; private set; }

        public Guid AndereWijk { get; private set; }

        public string WijkCode { get; private set; } = "";

        public Guid AaEnHunzeWijk { get; private set; }

        public async Task InitializeAsync()
        {
            var platform = await this.AuthenticatedAsync(PlatformClient);
            await Provisioning.CreateAndWaitAsync(platform, "amsterdam", "Amsterdam", "GM0363");
            await Provisioning.CreateAndWaitAsync(platform, "aa-en-hunze", "Aa en Hunze", "GM1680");
            var wijken = (await LeesAsync(await this.ForTenant("amsterdam").GetAsync("/api/v1/gebieden?soort=wijk&pageSize=2")))["items"]!.AsArray();
            (Wijk, WijkCode, AndereWijk) = (Id(wijken[0]!), wijken[0]!["code"]!.GetValue<string>(), Id(wijken[1]!));
            AaEnHunzeWijk = Id((await LeesAsync(await this.ForTenant("aa-en-hunze").GetAsync("/api/v1/gebieden?soort=wijk&pageSize=1")))["items"]![0]!);

            var amsterdam = await OpenRegelingAsync(await this.AuthenticatedAsync(AmsterdamBeheerClient, "amsterdam"), Wijk, "openOproep");
            await InGemeenteAsync("amsterdam", async db =>
            {
                var regeling = await db.Set<Subsidieregeling>().SingleAsync(r => r.Id == amsterdam);
                var buurtwerk = Organisatie("Stichting Buurtwerk", Rechtsvorm.Stichting, "12345678", "Pietje Puk", "pietje@buurtwerk.example.org");
                var hofje = Organisatie("Bewonersgroep Hofje", Rechtsvorm.Informeel, null, "Karel Geheim", "karel.geheim@example.org", "06-12345678");
                var host = Organisatie("Stichting Host", Rechtsvorm.Stichting, "87654321", "Hanna Host", "hanna@host.example.org");
                host.LegBankrekeningVast("NL91ABNA0417164300", "H. Host", DateTimeOffset.UtcNow);
                db.AddRange(buurtwerk, hofje, host);
                var nu = DateTimeOffset.UtcNow;
                var vorigJaar = new DateTimeOffset(Jaar - 1, 6, 15, 10, 0, 0, TimeSpan.Zero);
                Verleen(db, regeling, buurtwerk.Id, null, "Koken, eten en \"samen\" praten,\nelke woensdag in de buurtkamer.", 1_234_50, nu);
                Verleen(db, regeling, hofje.Id, null, "Een moestuin op het hofje.", 800_00, nu);
                Verleen(db, regeling, host.Id, "Buurtgroep Portiek 12", "Een buurtfeest met de portiekburen.", 500_00, vorigJaar);
                var ingetrokken = Verleen(db, regeling, hofje.Id, null, "Een zomerfestival dat niet doorging.", 600_00, nu);
                db.Add(ingetrokken.WijzigVerlening(Wijzigingsgrond.ActiviteitenNietVerricht, Bedrag.Nul, "Het festival ging niet door.", null, null, false, nu));
                var geweigerd = Ingediend(regeling, buurtwerk.Id, null, "Een tweede plan.", 300_00, nu);
                db.AddRange(geweigerd, geweigerd.Weiger(regeling, "Het plafond is bereikt (Awb 4:25 lid 2).", nu));
                await db.SaveChangesAsync();
            });

            var aaEnHunze = await OpenRegelingAsync(await this.AuthenticatedAsync(AaEnHunzeBeheerClient, "aa-en-hunze"), AaEnHunzeWijk, "enigeKandidaat");
            await InGemeenteAsync("aa-en-hunze", async db =>
            {
                var regeling = await db.Set<Subsidieregeling>().SingleAsync(r => r.Id == aaEnHunze);
                var vereniging = Organisatie("Aa Vereniging", Rechtsvorm.Vereniging, null, "Ank Aa", "ank@aa.example.org");
                db.Add(vereniging);
                Verleen(db, regeling, vereniging.Id, null, "Een dorpsfeest.", 700_00, DateTimeOffset.UtcNow);
                await db.SaveChangesAsync();
            });
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

        /// <summary>A granted wijkbudget of the wijk and an open regeling on its initiatives line, through the API as the gemeente-beheerder.</summary>
        private async Task<Guid> OpenRegelingAsync(HttpClient beheer, Guid wijk, string mededinging)
        {
            var volgendJaar = Jaar + 1;
            var kader = await GeldendKader.StelVastAsync(beheer, beheer, 2_000_000_00);
            var bron = kader["inhoud"]!["financieringsbronnen"]![0]!["id"]!.GetValue<Guid>();
            var waarde = kader["inhoud"]!["publiekeWaarden"]![0]!["id"]!.GetValue<Guid>();
            var methodiek = await LeesAsync(await beheer.PostJsonAsync("/api/v1/budgetmethodieken", new
            {
                titel = "Verdeling",
                inhoud = new
                {
                    envelop = new[] { new { financieringsbronId = bron, bedragPerJaarEurocent = 1_000_000_00L } },
                    criteria = new[] { new { id = (Guid?)null, naam = "Basis", soort = "gelijk", maatstaf = (string?)null, gewichtProcent = 100m } },
                    ondersteuningsVloerProcent = 30m, opzegtermijnMaanden = 6,
                },
            }), HttpStatusCode.Created);
            await LeesAsync(await beheer.PostJsonAsync($"/api/v1/budgetmethodieken/{methodiek["id"]}/vaststellingen", Besluit()));
            object Regel(string doel, string categorie) => new
            {
                id = (Guid?)null, doel, categorie, ambitieId = (Guid?)null, publiekeWaardeId = waarde,
                bedragen = Enumerable.Range(volgendJaar, 2).Select(j => new { jaar = j, bedragEurocent = 50_000_00L }).ToArray(),
            };
            var budget = await LeesAsync(await beheer.PostJsonAsync("/api/v1/wijkbudgetten", new
            {
                wijkId = wijk, startJaar = volgendJaar, aantalJaren = 2,
                regels = new[] { Regel("Buurtkamer", "organisatorischeOndersteuning"), Regel("Bewonersinitiatieven", "bewonersinitiatieven") },
                bronnen = new[] { new { financieringsbronId = bron, aandeelProcent = 100m } },
            }), HttpStatusCode.Created);
            budget = await LeesAsync(await beheer.PostJsonAsync($"/api/v1/wijkbudgetten/{budget["id"]}/toekenningen", Besluit()));
            var regeling = await LeesAsync(await beheer.PostJsonAsync("/api/v1/subsidieregelingen", new
            {
                titel = "Bewonersinitiatieven", grondslag = "Subsidieverordening sociale basis, art. 4", wijkbudgetId = Id(budget),
                regelIds = new[] { Id(budget["regels"]![1]!) }, plafondEurocent = 20_000_00L,
                plafondVan = $"{volgendJaar}-01-01", plafondTot = $"{volgendJaar}-12-31",
                criteria = new[] { new { naam = "Open voor de buurt", toelichting = "Iedereen uit de buurt kan meedoen." } },
                verdeelwijze = "Op volgorde van binnenkomst.", aanvragers = "Bewonersorganisaties en bewonersgroepen.", beslistermijnWeken = 8,
                vierOgenVanafEurocent = 25_000_00L,
            }), HttpStatusCode.Created);
            var id = Id(regeling);
            await LeesAsync(await beheer.PostAsync($"/api/v1/subsidieregelingen/{id}/publicaties", null));
            await LeesAsync(await beheer.PostJsonAsync($"/api/v1/subsidieregelingen/{id}/mededingingsruimtes",
                new { soort = mededinging, verantwoording = "Een oproep in de wijkkrant, vier weken open voor iedereen.", datum = Vandaag() }));
            await LeesAsync(await beheer.PostAsync($"/api/v1/subsidieregelingen/{id}/openingen", null));
            return id;
        }

        private static Organisatie Organisatie(string naam, Rechtsvorm rechtsvorm, string? kvk, string contactpersoon, string email, string? telefoon = null)
        {
            var soort = rechtsvorm == Rechtsvorm.Informeel ? OrganisatieSoort.Bewonersgroep : OrganisatieSoort.Bewonersorganisatie;
            var organisatie = new Organisatie(naam, soort, rechtsvorm, kvk, DateTimeOffset.UtcNow);
            organisatie.Wijzig(naam, soort, rechtsvorm, kvk, null, [], [], new Contactgegevens(contactpersoon, email, telefoon, null), DateTimeOffset.UtcNow);
            return organisatie;
        }

        private static Subsidieaanvraag Ingediend(Subsidieregeling regeling, Guid organisatie, string? groep, string plan, long eurocent, DateTimeOffset op)
        {
            var aanvraag = new Subsidieaanvraag(regeling, organisatie, groep, plan, new Bedrag(eurocent),
                regeling.Plafond.Van.AddMonths(2), regeling.Plafond.Van.AddMonths(9), [], op);
            aanvraag.DienIn(regeling, op);
            aanvraag.Beoordeel(regeling, "beoordelaar-in-de-test", "Beoordelaar", null, true, Advies.Verlenen,
                regeling.Criteria.Select(c => new Criteriumoordeel(c.Naam, Rubriekniveau.Voldoet)).ToList(), "Voldoet.", op);
            return aanvraag;
        }

        private static Beschikking Verleen(ApplicationDbContext db, Subsidieregeling regeling, Guid organisatie, string? groep, string plan, long eurocent, DateTimeOffset op)
        {
            var aanvraag = Ingediend(regeling, organisatie, groep, plan, eurocent, op);
            var beschikking = aanvraag.Verleen(regeling, aanvraag.Bedrag, "Past in de regeling.", op);
            db.AddRange(aanvraag, beschikking);
            return beschikking;
        }

        private async Task InGemeenteAsync(string slug, Func<ApplicationDbContext, Task> werk)
        {
            var tenant = await Services.GetRequiredService<ITenantStore>().GetByIdentifierAsync(slug, CancellationToken.None);
            using var _ = Services.GetRequiredService<ITenantContextAccessor>().Use(tenant!);
            await using var scope = Services.CreateAsyncScope();
            await werk(scope.ServiceProvider.GetRequiredService<ApplicationDbContext>());
        }
    }

    [Fact]
    public async Task The_register_publishes_every_standing_verlening_in_360Giving_fields_and_no_weigering_or_withdrawn_one()
    {
        var json = await (await Publiek().GetAsync("/api/v1/open-subsidiedata/json")).Content.ReadAsStringAsync();
        var grants = JsonNode.Parse(json)!["grants"]!.AsArray();

        Assert.Equal(3, grants.Count);
        Assert.All(grants, s =>
        {
            Assert.Matches(@"^360G-GM0363-SUB-\d{4}-[0-9A-F]{8}$", s!["id"]!.GetValue<string>());
            Assert.Equal("EUR", s["currency"]!.GetValue<string>());
            Assert.Equal("360G-GM0363", s["fundingOrganization"]![0]!["id"]!.GetValue<string>());
            Assert.Equal("Amsterdam", s["fundingOrganization"]![0]!["name"]!.GetValue<string>());
            Assert.Equal(fixture.WijkCode, s["beneficiaryLocation"]![0]!["geoCode"]!.GetValue<string>());
            Assert.Equal("WK", s["beneficiaryLocation"]![0]!["geoCodeType"]!.GetValue<string>());
            Assert.Equal("Yes", s["fromOpenCall"]!.GetValue<string>());
            Assert.Equal("Bewonersinitiatieven", s["grantProgramme"]![0]!["title"]!.GetValue<string>());
            Assert.Matches(IsoDatum(), s["plannedDates"]![0]!["startDate"]!.GetValue<string>());
        });
        var buurtwerk = grants.Single(s => s!["recipientOrganization"]![0]!["name"]!.GetValue<string>() == "Stichting Buurtwerk")!;
        Assert.Equal("NL-KVK-12345678", buurtwerk["recipientOrganization"]![0]!["id"]!.GetValue<string>());
        Assert.Equal($"{Kalender.Dag(DateTimeOffset.UtcNow):yyyy-MM-dd}", buurtwerk["awardDate"]!.GetValue<string>());
        Assert.Contains("\"amountAwarded\": 1234.50", json, StringComparison.Ordinal);
        Assert.Contains("\"amountAwarded\": 800.00", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Een tweede plan", json, StringComparison.Ordinal);
        Assert.DoesNotContain("zomerfestival", json, StringComparison.Ordinal);

        // The page lists the same records in the API's names, newest decision first: last year's grant comes last.
        var (pagina, tekst) = await PaginaAsync("");
        Assert.Equal(3, pagina["totalCount"]!.GetValue<int>());
        var items = pagina["items"]!.AsArray();
        Assert.Equal(grants.Select(g => g!["id"]!.GetValue<string>()), items.Select(i => i!["id"]!.GetValue<string>()));
        var rij = items.Single(i => i!["ontvanger"]!.GetValue<string>() == "Stichting Buurtwerk")!;
        Assert.Equal(1_234_50, rij["bedragEurocent"]!.GetValue<long>());
        Assert.Equal("NL-KVK-12345678", rij["ontvangerId"]!.GetValue<string>());
        Assert.Equal(fixture.WijkCode, rij["wijkCode"]!.GetValue<string>());
        Assert.True(rij["openOproep"]!.GetValue<bool>());
        Assert.Equal("Buurtgroep Portiek 12", items[^1]!["ontvanger"]!.GetValue<string>());
        Assert.DoesNotContain("Een tweede plan", tekst, StringComparison.Ordinal);
        Assert.DoesNotContain("zomerfestival", tekst, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_register_filters_on_award_year_and_wijk_and_offers_only_years_and_wijken_with_grants()
    {
        Assert.Equal(2, (await PaginaAsync($"?jaar={Jaar}")).Pagina["totalCount"]!.GetValue<int>());
        var vorigJaar = (await PaginaAsync($"?jaar={Jaar - 1}")).Pagina;
        Assert.Equal("Buurtgroep Portiek 12", Assert.Single(vorigJaar["items"]!.AsArray())!["ontvanger"]!.GetValue<string>());
        Assert.Equal(0, (await PaginaAsync($"?jaar={Jaar - 2}")).Pagina["totalCount"]!.GetValue<int>());
        Assert.Equal(3, (await PaginaAsync($"?wijkId={fixture.Wijk}")).Pagina["totalCount"]!.GetValue<int>());
        Assert.Equal(0, (await PaginaAsync($"?wijkId={fixture.AndereWijk}")).Pagina["totalCount"]!.GetValue<int>());
        var tweeDePagina = (await PaginaAsync($"?wijkId={fixture.Wijk}&jaar={Jaar}&page=2&pageSize=1")).Pagina;
        Assert.Equal(2, tweeDePagina["totalCount"]!.GetValue<int>());
        Assert.Single(tweeDePagina["items"]!.AsArray());

        var keuzes = await LeesAsync(await Publiek().GetAsync("/api/v1/open-subsidiedata/keuzes"));
        Assert.Equal([Jaar, Jaar - 1], keuzes["jaren"]!.AsArray().Select(j => j!.GetValue<int>()));
        var wijk = Assert.Single(keuzes["wijken"]!.AsArray())!;
        Assert.Equal(fixture.Wijk, Id(wijk));
        Assert.Equal(fixture.WijkCode, wijk["code"]!.GetValue<string>());

        var csv = await Publiek().GetAsync($"/api/v1/open-subsidiedata/csv?jaar={Jaar - 1}&wijkId={fixture.Wijk}");
        Assert.Equal($"subsidieregister-amsterdam-{Jaar - 1}-{fixture.WijkCode.ToLowerInvariant()}.csv", csv.Content.Headers.ContentDisposition?.FileName);
        Assert.Single(LeesCsv(await csv.Content.ReadAsByteArrayAsync()));
    }

    [Fact]
    public async Task Personal_data_of_informal_groups_is_never_published()
    {
        var pagina = (await PaginaAsync("")).Tekst;
        var json = await (await Publiek().GetAsync("/api/v1/open-subsidiedata/json")).Content.ReadAsStringAsync();
        var csv = Encoding.UTF8.GetString(await (await Publiek().GetAsync("/api/v1/open-subsidiedata/csv")).Content.ReadAsByteArrayAsync());

        foreach (var (soort, inhoud) in new[] { ("pagina", pagina), ("json", json), ("csv", csv) })
        {
            Assert.Contains("Bewonersgroep Hofje", inhoud, StringComparison.Ordinal);
            Assert.Contains("Buurtgroep Portiek 12", inhoud, StringComparison.Ordinal);
            foreach (var geheim in Geheim)
                Assert.False(inhoud.Contains(geheim, StringComparison.OrdinalIgnoreCase), $"{soort} publiceert '{geheim}'");
            // The host's KvK number would name the host, not the group.
            Assert.DoesNotContain("87654321", inhoud, StringComparison.Ordinal);
        }
        var groep = JsonNode.Parse(json)!["grants"]!.AsArray()
            .Single(g => g!["recipientOrganization"]![0]!["name"]!.GetValue<string>() == "Buurtgroep Portiek 12")!["recipientOrganization"]![0]!;
        Assert.StartsWith("360G-GM0363-ORG-", groep["id"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.EndsWith("-buurtgroep-portiek-12", groep["id"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(["id", "name"], groep.AsObject().Select(p => p.Key));
    }

    [Fact]
    public async Task The_csv_and_json_files_hold_every_field_360Giving_requires_and_say_the_same()
    {
        var verplicht = File.ReadAllLines(Path.Combine(TestPaths.Repository, "tests", "Gemeenschapskracht.IntegrationTests", "TestData", "360giving-verplichte-velden.csv"))
            .Skip(1).Where(r => r.Length > 0).Select(r => r.Split(',')).Select(r => (Json: r[0], Kolom: r[1])).ToList();
        Assert.Equal(10, verplicht.Count);

        using var jsonAntwoord = await Publiek().GetAsync("/api/v1/open-subsidiedata/json");
        Assert.Equal(HttpStatusCode.OK, jsonAntwoord.StatusCode);
        Assert.Equal("application/json", jsonAntwoord.Content.Headers.ContentType?.MediaType);
        Assert.Equal("subsidieregister-amsterdam.json", jsonAntwoord.Content.Headers.ContentDisposition?.FileName);
        var grants = (await jsonAntwoord.ReadJsonAsync())["grants"]!.AsArray();
        Assert.Equal(3, grants.Count);
        foreach (var grant in grants)
            foreach (var (pad, _) in verplicht)
                Assert.False(string.IsNullOrWhiteSpace(Waarde(grant!, pad)?.ToString()), $"{grant!["id"]} mist {pad}");
        Assert.All(grants, g =>
        {
            Assert.Equal(System.Text.Json.JsonValueKind.Number, g!["amountAwarded"]!.GetValueKind());
            Assert.Matches(IsoDatum(), g["awardDate"]!.GetValue<string>());
            Assert.Equal("EUR", g["currency"]!.GetValue<string>());
        });

        using var csvAntwoord = await Publiek().GetAsync("/api/v1/open-subsidiedata/csv");
        Assert.Equal("text/csv", csvAntwoord.Content.Headers.ContentType?.MediaType);
        Assert.Equal("subsidieregister-amsterdam.csv", csvAntwoord.Content.Headers.ContentDisposition?.FileName);
        var bytes = await csvAntwoord.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var rijen = LeesCsv(bytes);
        Assert.Equal(3, rijen.Count);
        foreach (var (pad, kolom) in verplicht)
            foreach (var rij in rijen)
            {
                Assert.True(rij.TryGetValue(kolom, out var waarde) && !string.IsNullOrWhiteSpace(waarde), $"CSV mist de kolom of waarde '{kolom}'");
                var grant = grants.Single(g => g!["id"]!.GetValue<string>() == rij["Identifier"])!;
                var verwacht = Waarde(grant, pad)!;
                Assert.Equal(verwacht.GetValueKind() == System.Text.Json.JsonValueKind.Number
                    ? verwacht.GetValue<decimal>().ToString("0.00", CultureInfo.InvariantCulture) : verwacht.GetValue<string>(), waarde);
            }
        // A description with a comma, quotes and a line break comes back whole from the CSV.
        Assert.Contains(rijen, r => r["Description"] == "Koken, eten en \"samen\" praten,\nelke woensdag in de buurtkamer.");
        Assert.Contains(rijen, r => r["Amount Awarded"] == "1234.50" && r["Beneficiary Location:Geographic Code"] == fixture.WijkCode);
    }

    [Fact]
    public async Task Another_gemeentes_subsidies_never_appear_in_the_register_Isolation()
    {
        var amsterdam = (await PaginaAsync("")).Tekst
            + await (await Publiek().GetAsync("/api/v1/open-subsidiedata/json")).Content.ReadAsStringAsync()
            + Encoding.UTF8.GetString(await (await Publiek().GetAsync("/api/v1/open-subsidiedata/csv")).Content.ReadAsByteArrayAsync())
            + await (await Publiek().GetAsync("/api/v1/open-subsidiedata/keuzes")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("Aa Vereniging", amsterdam, StringComparison.Ordinal);
        Assert.DoesNotContain("GM1680", amsterdam, StringComparison.Ordinal);
        Assert.DoesNotContain(fixture.AaEnHunzeWijk.ToString(), amsterdam, StringComparison.Ordinal);

        var aaEnHunze = await LeesAsync(await fixture.ForTenant("aa-en-hunze").GetAsync("/api/v1/open-subsidiedata"));
        var enige = Assert.Single(aaEnHunze["items"]!.AsArray())!;
        Assert.Equal("Aa Vereniging", enige["ontvanger"]!.GetValue<string>());
        Assert.StartsWith("360G-GM1680-SUB-", enige["id"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.False(enige["openOproep"]!.GetValue<bool>());

        // Amsterdam's wijk is no wijk of Aa en Hunze: a 400 that names it, not another gemeente's data.
        var probleem = await (await fixture.ForTenant("aa-en-hunze").GetAsync($"/api/v1/open-subsidiedata?wijkId={fixture.Wijk}")).AssertProblemAsync(400);
        Assert.NotNull(probleem["errors"]!["wijkId"]);
        await (await fixture.ForTenant("aa-en-hunze").GetAsync($"/api/v1/open-subsidiedata/csv?wijkId={fixture.Wijk}")).AssertProblemAsync(400);
    }

    private HttpClient Publiek() => fixture.ForTenant("amsterdam");

    private async Task<(JsonNode Pagina, string Tekst)> PaginaAsync(string query)
    {
        using var antwoord = await Publiek().GetAsync("/api/v1/open-subsidiedata" + query);
        var tekst = await antwoord.Content.ReadAsStringAsync();
        Assert.True(antwoord.StatusCode == HttpStatusCode.OK, tekst);
        return (JsonNode.Parse(tekst)!, tekst);
    }

    private static JsonNode? Waarde(JsonNode grant, string pad) =>
        pad.Split('/').Aggregate<string, JsonNode?>(grant, (node, deel) => node is JsonArray a ? a[int.Parse(deel, CultureInfo.InvariantCulture)] : node?[deel]);

    private static List<Dictionary<string, string>> LeesCsv(byte[] bytes)
    {
        using var reader = CsvDataReader.Create(new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true));
        var rijen = new List<Dictionary<string, string>>();
        while (reader.Read())
            rijen.Add(Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, reader.GetString));
        return rijen;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDatum();

    private static Guid Id(JsonNode node) => node["id"]!.GetValue<Guid>();

    private static string Vandaag() => Kalender.Dag(DateTimeOffset.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static object Besluit() => new { datum = Vandaag(), kenmerk = "RB-REG-1", documentUrl = (string?)null };

    private static async Task<JsonNode> LeesAsync(HttpResponseMessage response, HttpStatusCode verwacht = HttpStatusCode.OK)
    {
        using (response)
        {
            Assert.True(response.StatusCode == verwacht, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            return await response.ReadJsonAsync();
        }
    }
}
