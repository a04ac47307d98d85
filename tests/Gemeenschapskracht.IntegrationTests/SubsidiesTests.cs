using System.Net;
using System.Text.Json.Nodes;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Organisaties;
using Gemeenschapskracht.Domain.Regels;
using Gemeenschapskracht.Domain.Subsidies;
using Gemeenschapskracht.Infrastructure.Persistence;
using Gemeenschapskracht.Infrastructure.Tenancy;
using Gemeenschapskracht.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gemeenschapskracht.IntegrationTests;

/// <summary>
/// The subsidy over HTTP with real tokens (Awb titel 4.2): a regeling opens only published and with its
/// mededingingsruimte; a resident organisation applies for itself, is asked to complete and is granted from the
/// plafond; 1,000 simultaneous grants never exceed the plafond; another organisation and another gemeente see nothing.
/// Amsterdam has an adopted kader and methodiek and a granted wijkbudget from the fixture.
/// </summary>
public sealed partial class SubsidiesTests(SubsidiesTests.Fixture fixture) : IClassFixture<SubsidiesTests.Fixture>
{
    private const string Beleid = "amsterdam-subsidie-beleid";
    private const string Griffie = "amsterdam-subsidie-griffie";
    private const string Bewoners = "amsterdam-bewoners-a";
    private const string AndereBewoners = "amsterdam-bewoners-b";
    private static readonly Guid OrganisatieA = Guid.Parse("0192f000-0000-7000-8000-00000000000a");
    private static readonly Guid OrganisatieB = Guid.Parse("0192f000-0000-7000-8000-00000000000b");
    private static readonly int Jaar = Kalender.Dag(DateTimeOffset.UtcNow).Year + 1;

    public sealed class Fixture : ApiFactory, IAsyncLifetime
    {
        public JsonNode Budget { get; private set; } = null!;

        protected override IEnumerable<KeyValuePair<string, string>> ExtraSettings
        {
            get
            {
                var settings = new Dictionary<string, string>();
                var i = FirstFreeClientIndex;
                AddClient(settings, i++, Beleid, "amsterdam", "beleidsmedewerker");
                AddClient(settings, i++, Griffie, "amsterdam", "griffie");
                AddClient(settings, i++, Bewoners, "amsterdam", "bewonersorganisatie", OrganisatieA);
                AddClient(settings, i, AndereBewoners, "amsterdam", "bewonersorganisatie", OrganisatieB);
                return settings;
            }
        }

        public async Task InitializeAsync()
        {
            var platform = await this.AuthenticatedAsync(PlatformClient);
            await Provisioning.CreateAndWaitAsync(platform, "amsterdam", "Amsterdam", "GM0363");
            await Provisioning.CreateAndWaitAsync(platform, "aa-en-hunze", "Aa en Hunze", "GM1680");
            var beleid = await this.AuthenticatedAsync(Beleid, "amsterdam");
            var griffie = await this.AuthenticatedAsync(Griffie, "amsterdam");
            var kader = await GeldendKader.StelVastAsync(beleid, griffie, 2_000_000_00);
            var bron = kader["inhoud"]!["financieringsbronnen"]![0]!["id"]!.GetValue<Guid>();
            var waarde = kader["inhoud"]!["publiekeWaarden"]![0]!["id"]!.GetValue<Guid>();
            var methodiek = await LeesAsync(await beleid.PostJsonAsync("/api/v1/budgetmethodieken", new
            {
                titel = "Verdeling",
                inhoud = new
                {
                    envelop = new[] { new { financieringsbronId = bron, bedragPerJaarEurocent = 1_000_000_00L } },
                    criteria = new[] { new { id = (Guid?)null, naam = "Basis", soort = "gelijk", maatstaf = (string?)null, gewichtProcent = 100m } },
                    ondersteuningsVloerProcent = 30m, opzegtermijnMaanden = 6,
                },
            }), HttpStatusCode.Created);
            await LeesAsync(await griffie.PostJsonAsync($"/api/v1/budgetmethodieken/{methodiek["id"]}/vaststellingen", Besluit()));
            var wijk = (await LeesAsync(await this.ForTenant("amsterdam").GetAsync("/api/v1/gebieden?soort=wijk&pageSize=1")))["items"]![0]!["id"]!.GetValue<Guid>();
            object Regel(string doel, string categorie, long eurocent) => new
            {
                id = (Guid?)null, doel, categorie, ambitieId = (Guid?)null, publiekeWaardeId = waarde,
                bedragen = Enumerable.Range(Jaar, 4).Select(j => new { jaar = j, bedragEurocent = eurocent }).ToArray(),
            };
            var budget = await LeesAsync(await beleid.PostJsonAsync("/api/v1/wijkbudgetten", new
            {
                wijkId = wijk, startJaar = Jaar, aantalJaren = 4,
                regels = new[] { Regel("Buurtkamer", "organisatorischeOndersteuning", 40_000_00), Regel("Bewonersinitiatieven", "bewonersinitiatieven", 60_000_00) },
                bronnen = new[] { new { financieringsbronId = bron, aandeelProcent = 100m } },
            }), HttpStatusCode.Created);
            Budget = await LeesAsync(await griffie.PostJsonAsync($"/api/v1/wijkbudgetten/{budget["id"]}/toekenningen", Besluit()));
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Awb4_25)]
    [Trait("Regel", Regelcatalogus.Abrvs2018_2310)]
    [Trait("Regel", Regelcatalogus.Awb4_13)]
    [Trait("Regel", Regelcatalogus.Awb2_4)]
    [Trait("Regel", Regelcatalogus.Awb6_7)]
    public async Task A_regeling_opens_published_with_its_mededingingsruimte_and_an_application_runs_to_a_grant()
    {
        var beleid = await fixture.AuthenticatedAsync(Beleid, "amsterdam");
        var bewoners = await fixture.AuthenticatedAsync(Bewoners, "amsterdam");
        var anderen = await fixture.AuthenticatedAsync(AndereBewoners, "amsterdam");
        var regeling = await LeesAsync(await beleid.PostJsonAsync("/api/v1/subsidieregelingen", Regeling(50_000_00)), HttpStatusCode.Created);
        var id = regeling["id"]!.GetValue<Guid>();
        Assert.Equal("ontwerp", regeling["status"]!.GetValue<string>());
        await (await fixture.ForTenant("amsterdam").GetAsync($"/api/v1/subsidieregelingen/{id}")).AssertProblemAsync(404);

        var ongepubliceerd = await (await beleid.PostAsync($"/api/v1/subsidieregelingen/{id}/openingen", null)).AssertProblemAsync(400);
        Assert.Contains("4:25", ongepubliceerd["detail"]!.GetValue<string>());
        await LeesAsync(await beleid.PostAsync($"/api/v1/subsidieregelingen/{id}/publicaties", null));
        var zonderRuimte = await (await beleid.PostAsync($"/api/v1/subsidieregelingen/{id}/openingen", null)).AssertProblemAsync(400);
        Assert.Contains("mededingingsruimte", zonderRuimte["detail"]!.GetValue<string>());
        await LeesAsync(await beleid.PostJsonAsync($"/api/v1/subsidieregelingen/{id}/mededingingsruimtes",
            new { soort = "openOproep", verantwoording = "Oproep in de wijkkrant en op de website, vier weken open.", datum = Vandaag() }));
        Assert.Equal("open", (await LeesAsync(await beleid.PostAsync($"/api/v1/subsidieregelingen/{id}/openingen", null)))["status"]!.GetValue<string>());

        // The organisation applies for itself only (its membership's scope), in its own words (G-10).
        await (await bewoners.PostJsonAsync("/api/v1/subsidieaanvragen", Aanvraag(id, OrganisatieB, 5_000_00))).AssertProblemAsync(403);
        var aanvraag = await LeesAsync(await bewoners.PostJsonAsync("/api/v1/subsidieaanvragen", Aanvraag(id, OrganisatieA, 5_000_00)), HttpStatusCode.Created);
        var aanvraagId = aanvraag["id"]!.GetValue<Guid>();
        await (await beleid.GetAsync($"/api/v1/subsidieaanvragen/{aanvraagId}")).AssertProblemAsync(404);
        await (await anderen.GetAsync($"/api/v1/subsidieaanvragen/{aanvraagId}")).AssertProblemAsync(404);
        await (await anderen.PostAsync($"/api/v1/subsidieaanvragen/{aanvraagId}/indieningen", null)).AssertProblemAsync(404);
        var ingediend = await LeesAsync(await bewoners.PostAsync($"/api/v1/subsidieaanvragen/{aanvraagId}/indieningen", null));
        Assert.Equal(Kalender.Dag(DateTimeOffset.UtcNow).AddDays(56).ToString("yyyy-MM-dd"), ingediend["beslistermijn"]!.GetValue<string>());

        // Awb 4:5 and 4:15: asked to complete, the clock stands still; completed, it runs on.
        Assert.Equal("aanvullingGevraagd", (await LeesAsync(await beleid.PostJsonAsync($"/api/v1/subsidieaanvragen/{aanvraagId}/aanvullingsverzoeken",
            new { vraag = "Welke bewoners doen mee?" })))["status"]!.GetValue<string>());
        await (await beleid.PostJsonAsync($"/api/v1/subsidieaanvragen/{aanvraagId}/verleningen", new { bedragEurocent = 5_000_00L, motivering = "Past." })).AssertProblemAsync(400);
        await LeesAsync(await bewoners.PostJsonAsync($"/api/v1/subsidieaanvragen/{aanvraagId}/aanvullingen", new { plan = "Een moestuin met twaalf buren uit de portiekflats." }));

        // Reviewed first, by someone without an interest in the applicant; the applicant's own member cannot.
        await (await beleid.PostJsonAsync($"/api/v1/subsidieaanvragen/{aanvraagId}/verleningen", new { bedragEurocent = 5_000_00L, motivering = "Past." })).AssertProblemAsync(400);
        await (await beleid.PostJsonAsync($"/api/v1/subsidieaanvragen/{aanvraagId}/beoordelingen",
            new { advies = "verlenen", oordelen = Oordelen, toelichting = "Voldoet.", verklaartGeenBelang = false })).AssertProblemAsync(400);
        var half = await (await beleid.PostJsonAsync($"/api/v1/subsidieaanvragen/{aanvraagId}/beoordelingen",
            new { advies = "verlenen", oordelen = Oordelen.Take(1), toelichting = "Voldoet.", verklaartGeenBelang = true })).AssertProblemAsync(400);
        Assert.Contains("Draagt bij aan de agenda", half["detail"]!.GetValue<string>());
        var beoordeeld = await LeesAsync(await beleid.PostJsonAsync($"/api/v1/subsidieaanvragen/{aanvraagId}/beoordelingen",
            new { advies = "verlenen", oordelen = Oordelen, toelichting = "Voldoet aan de criteria: open voor de buurt.", verklaartGeenBelang = true }));
        var beoordeling = Assert.Single(beoordeeld["beoordelingen"]!.AsArray())!;
        Assert.Equal(["voldoet", "voldoetDeels"], beoordeling["oordelen"]!.AsArray().Select(o => o!["niveau"]!.GetValue<string>()));
        await (await beleid.PostJsonAsync($"/api/v1/subsidieaanvragen/{aanvraagId}/beoordelingen",
            new { advies = "verlenen", oordelen = Oordelen, toelichting = "Nog eens.", verklaartGeenBelang = true })).AssertProblemAsync(400);

        var teVeel = await (await beleid.PostJsonAsync($"/api/v1/subsidieaanvragen/{aanvraagId}/verleningen", new { bedragEurocent = 5_000_01L, motivering = "Past." })).AssertProblemAsync(400);
        Assert.Contains("aangevraagd", teVeel["detail"]!.GetValue<string>());
        var besloten = await LeesAsync(await beleid.PostJsonAsync($"/api/v1/subsidieaanvragen/{aanvraagId}/verleningen",
            new { bedragEurocent = 5_000_00L, motivering = "Draagt bij aan ontmoeting in de wijk." }));
        Assert.Equal("besloten", besloten["status"]!.GetValue<string>());
        Assert.Equal("verlening", besloten["besluit"]!["soort"]!.GetValue<string>());
        var na = await LeesAsync(await beleid.GetAsync($"/api/v1/subsidieregelingen/{id}"));
        Assert.Equal(5_000_00, na["verleendEurocent"]!.GetValue<long>());
        Assert.Equal(45_000_00, na["resterendEurocent"]!.GetValue<long>());
        Assert.Equal(1, (await LeesAsync(await bewoners.GetAsync("/api/v1/subsidieaanvragen")))["totalCount"]!.GetValue<int>());

        // The beschikking tot verlening, as the applicant reads it: amount, period, plan, legal basis, the bezwaarclausule.
        var beschikkingId = besloten["besluit"]!["beschikkingId"]!.GetValue<Guid>();
        using var pdf = await bewoners.GetAsync($"/api/v1/beschikkingen/{beschikkingId}/document");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        PdfFiles.Keep(bytes, "beschikking-verlening.pdf");
        var tekst = PdfFiles.Text(bytes);
        Assert.Contains("Beschikking: verlening van subsidie", tekst);
        Assert.Contains("5.000,00", tekst);
        Assert.Contains("Draagt bij aan ontmoeting in de wijk.", tekst);
        Assert.Contains("Subsidieverordening sociale basis, art. 4", tekst);
        Assert.Contains("binnen zes weken", tekst);
        Assert.Contains("6:7", tekst);
        await (await anderen.GetAsync($"/api/v1/beschikkingen/{beschikkingId}/document")).AssertProblemAsync(404);
        Assert.Equal(0, (await LeesAsync(await anderen.GetAsync("/api/v1/subsidieaanvragen")))["totalCount"]!.GetValue<int>());
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Awb4_25)]
    public async Task Awb_4_25_a_thousand_simultaneous_grants_never_exceed_the_plafond_and_add_up_exactly()
    {
        const long Plafond = 50_000_00;
        const long Bedrag = 73_00;
        const int Aantal = 1000;
        var beleid = await fixture.AuthenticatedAsync(Beleid, "amsterdam");
        var regelingId = await OpenRegelingAsync(beleid, Plafond);
        var aanvragen = await DienAanvragenInAsync(regelingId, Aantal, Bedrag);

        var antwoorden = await Task.WhenAll(aanvragen.Select(async id =>
        {
            using var response = await beleid.PostJsonAsync($"/api/v1/subsidieaanvragen/{id}/verleningen", new { bedragEurocent = Bedrag, motivering = "Past in de regeling." });
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }));

        Assert.All(antwoorden, a => Assert.True(a.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest or HttpStatusCode.Conflict, $"{(int)a.StatusCode} {a.Body}"));
        var verleend = antwoorden.Count(a => a.StatusCode == HttpStatusCode.OK);
        var regeling = await LeesAsync(await beleid.GetAsync($"/api/v1/subsidieregelingen/{regelingId}"));
        Assert.Equal(verleend * Bedrag, regeling["verleendEurocent"]!.GetValue<long>());
        Assert.True(verleend * Bedrag <= Plafond, $"{verleend} grants of {Bedrag} exceed the plafond {Plafond}");
        Assert.True(Plafond - (verleend * Bedrag) < Bedrag, $"the plafond has room left for another grant after {verleend}");
        Assert.Equal(verleend, await TelBeslotenAsync(regelingId));
    }

    [Fact]
    public async Task Another_gemeente_cannot_read_or_decide_amsterdams_subsidies()
    {
        var beleid = await fixture.AuthenticatedAsync(Beleid, "amsterdam");
        var anderen = await fixture.AuthenticatedAsync(ApiFactory.AaEnHunzeBeheerClient, "aa-en-hunze");
        var regelingId = await OpenRegelingAsync(beleid, 10_000_00);
        var aanvraag = (await DienAanvragenInAsync(regelingId, 1, 1_000_00)).Single();

        await (await anderen.GetAsync($"/api/v1/subsidieregelingen/{regelingId}")).AssertProblemAsync(404);
        await (await anderen.PostAsync($"/api/v1/subsidieregelingen/{regelingId}/publicaties", null)).AssertProblemAsync(404);
        await (await anderen.GetAsync($"/api/v1/subsidieaanvragen/{aanvraag}")).AssertProblemAsync(404);
        var besluit = await (await anderen.PostJsonAsync($"/api/v1/subsidieaanvragen/{aanvraag}/verleningen", new { bedragEurocent = 1_000_00L, motivering = "Overgenomen." })).AssertProblemAsync(404);
        Assert.DoesNotContain("Amsterdam", besluit.ToJsonString());
        Assert.Equal(0, (await LeesAsync(await anderen.GetAsync("/api/v1/subsidieregelingen")))["totalCount"]!.GetValue<int>());
        Assert.Equal(0, (await LeesAsync(await anderen.GetAsync("/api/v1/subsidieaanvragen")))["totalCount"]!.GetValue<int>());
        var onveranderd = await LeesAsync(await beleid.GetAsync($"/api/v1/subsidieaanvragen/{aanvraag}"));
        Assert.Equal("inBehandeling", onveranderd["status"]!.GetValue<string>());
        Assert.Null(onveranderd["besluit"]);
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Awb4_29)]
    [Trait("Regel", Regelcatalogus.Awb6_7)]
    public async Task A_refusal_names_its_ground_and_its_beschikking_the_bezwaarclausule()
    {
        var beleid = await fixture.AuthenticatedAsync(Beleid, "amsterdam");
        var regelingId = await OpenRegelingAsync(beleid, 2_000_00);
        var aanvraag = (await DienAanvragenInAsync(regelingId, 1, 1_500_00)).Single();
        Assert.Equal(0, (await LeesAsync(await beleid.GetAsync($"/api/v1/beschikkingen?aanvraagId={aanvraag}")))["totalCount"]!.GetValue<int>());
        await (await beleid.PostJsonAsync($"/api/v1/subsidieaanvragen/{aanvraag}/weigeringen", new { grond = " " })).AssertProblemAsync(400);

        var geweigerd = await LeesAsync(await beleid.PostJsonAsync($"/api/v1/subsidieaanvragen/{aanvraag}/weigeringen",
            new { grond = "Het initiatief is niet open voor de buurt, zoals de criteria vragen." }));

        Assert.Equal("weigering", geweigerd["besluit"]!["soort"]!.GetValue<string>());
        using var pdf = await beleid.GetAsync($"/api/v1/beschikkingen/{geweigerd["besluit"]!["beschikkingId"]}/document");
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        PdfFiles.Keep(bytes, "beschikking-weigering.pdf");
        var tekst = PdfFiles.Text(bytes);
        Assert.Contains("Beschikking: weigering van subsidie", tekst);
        Assert.Contains("niet open voor de buurt", tekst);
        Assert.Contains("6:7", tekst);
        Assert.DoesNotContain("4:34", tekst);
        await (await beleid.PostJsonAsync($"/api/v1/subsidieaanvragen/{aanvraag}/verleningen", new { bedragEurocent = 1_500_00L, motivering = "Toch." })).AssertProblemAsync(400);
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Awb4_34)]
    [Trait("Regel", Regelcatalogus.Awb4_29)]
    public async Task Voorschotten_go_out_in_a_sepa_batch_to_a_checked_iban_only_for_years_whose_begroting_is_adopted_Awb_4_34()
    {
        var beleid = await fixture.AuthenticatedAsync(Beleid, "amsterdam");
        var griffie = await fixture.AuthenticatedAsync(Griffie, "amsterdam");
        var bewoners = await fixture.AuthenticatedAsync(Bewoners, "amsterdam");
        var anderen = await fixture.AuthenticatedAsync(AndereBewoners, "amsterdam");
        await InAmsterdamAsync(async db =>
        {
            if (!await db.Set<Organisatie>().AnyAsync(o => o.Id == OrganisatieA))
            {
                var organisatie = new Organisatie("Bewonersvereniging Zuid", OrganisatieSoort.Bewonersorganisatie, Rechtsvorm.Vereniging, null, DateTimeOffset.UtcNow);
                db.Entry(organisatie).Property(o => o.Id).CurrentValue = OrganisatieA;
                db.Add(organisatie);
            }
            return await db.SaveChangesAsync();
        });

        // A grant over two years, both under begrotingsvoorbehoud: its voorschotten wait for the begroting.
        var (van, tot) = ($"{Jaar}-07-01", $"{Jaar + 1}-06-30");
        var regeling = (await LeesAsync(await beleid.PostJsonAsync("/api/v1/subsidieregelingen", Regeling(100_000_00, Jaar, Jaar + 1)), HttpStatusCode.Created))["id"]!.GetValue<Guid>();
        await OpenAsync(beleid, regeling);
        var beschikking = await VerleenAsync(beleid, bewoners, regeling, 20_000_00, van, tot, new
        {
            bedragEurocent = 20_000_00L, motivering = "Een buurtkamer voor iedereen.", activiteiten = "De buurtkamer vijf dagen per week open.",
            verplichtingen = new[] { "U houdt een lijst bij van de activiteiten.", "U meldt het ons als de buurtkamer dicht moet." },
        });
        var aanvraagId = beschikking["aanvraagId"]!.GetValue<Guid>();
        var id = beschikking["id"]!.GetValue<Guid>();
        Assert.Equal([Jaar, Jaar + 1], beschikking["jaren"]!.AsArray().Select(j => j!["jaar"]!.GetValue<int>()));
        Assert.All(beschikking["jaren"]!.AsArray(), j => Assert.True(j!["onderVoorbehoud"]!.GetValue<bool>()));
        Assert.Equal(20_000_00, beschikking["jaren"]!.AsArray().Sum(j => j!["bedragEurocent"]!.GetValue<long>()));
        var voorschotten = beschikking["voorschotten"]!.AsArray();
        Assert.Equal([van, $"{Jaar + 1}-01-01"], voorschotten.Select(v => v!["datum"]!.GetValue<string>()));
        Assert.Equal(20_000_00, voorschotten.Sum(v => v!["bedragEurocent"]!.GetValue<long>()));
        Assert.Equal(["U houdt een lijst bij van de activiteiten.", "U meldt het ons als de buurtkamer dicht moet."],
            beschikking["verplichtingen"]!.AsArray().Select(v => v!.GetValue<string>()));
        await (await anderen.GetAsync($"/api/v1/beschikkingen/{id}")).AssertProblemAsync(404);
        Assert.Equal(0, (await LeesAsync(await anderen.GetAsync($"/api/v1/beschikkingen?aanvraagId={aanvraagId}")))["totalCount"]!.GetValue<int>());

        object Batch(string iban = "NL91ABNA0417164300") => new { opdrachtgever = "Gemeente Amsterdam", opdrachtgeverIban = iban, uitvoerdatum = van };
        var voorbehouden = await (await beleid.PostJsonAsync($"/api/v1/beschikkingen/{id}/voorschotten/1/betalingen", new { betaaldOp = Vandaag(), kenmerk = "BANK-1" })).AssertProblemAsync(400);
        Assert.Contains("4:34", voorbehouden["detail"]!.GetValue<string>());
        await (await beleid.PostJsonAsync("/api/v1/betaalopdrachten", Batch())).AssertProblemAsync(400);
        await LeesAsync(await griffie.PostJsonAsync("/api/v1/begrotingsbesluiten", new { jaar = Jaar, datum = Vandaag(), kenmerk = "RB-BEGR-V", documentUrl = (string?)null }), HttpStatusCode.Created);
        var vrij = await LeesAsync(await bewoners.GetAsync($"/api/v1/beschikkingen/{id}"));
        Assert.Equal([false, true], vrij["jaren"]!.AsArray().Select(j => j!["onderVoorbehoud"]!.GetValue<bool>()));

        // Without a valid account on record nothing is paid; the IBAN is checked (mod 97) and only its own organisation sets it.
        var zonderIban = await (await beleid.PostJsonAsync("/api/v1/betaalopdrachten", Batch())).AssertProblemAsync(400);
        Assert.Contains("IBAN", zonderIban["detail"]!.GetValue<string>());
        await (await beleid.PostJsonAsync("/api/v1/betaalopdrachten", Batch("NL91ABNA0417164301"))).AssertProblemAsync(400);
        var fout = await (await bewoners.PutJsonAsync($"/api/v1/organisaties/{OrganisatieA}/bankrekening", new { iban = "NL91ABNA0417164301", tenaamstelling = "Bewonersvereniging Zuid" })).AssertProblemAsync(400);
        Assert.Contains("mod 97", fout["detail"]!.GetValue<string>());
        await (await anderen.PutJsonAsync($"/api/v1/organisaties/{OrganisatieA}/bankrekening", new { iban = "NL44RABO0123456789", tenaamstelling = "Iemand anders" })).AssertProblemAsync(403);
        await (await anderen.GetAsync($"/api/v1/organisaties/{OrganisatieA}/bankrekening")).AssertProblemAsync(403);
        var rekening = await LeesAsync(await bewoners.PutJsonAsync($"/api/v1/organisaties/{OrganisatieA}/bankrekening", new { iban = "nl91 abna 0417 1643 00", tenaamstelling = "Bewonersvereniging Zuid" }));
        Assert.Equal("NL91ABNA0417164300", rekening["iban"]!.GetValue<string>());

        // Batches made at once: exactly one takes the voorschot.
        var pogingen = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            using var response = await beleid.PostJsonAsync("/api/v1/betaalopdrachten", Batch());
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }));
        var gemaakt = Assert.Single(pogingen, p => p.StatusCode == HttpStatusCode.Created);
        Assert.All(pogingen.Where(p => p.StatusCode != HttpStatusCode.Created), p => Assert.True(p.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Conflict, $"{(int)p.StatusCode} {p.Body}"));
        var opdracht = JsonNode.Parse(gemaakt.Body)!;
        var opdrachtId = opdracht["id"]!.GetValue<Guid>();
        var regel = Assert.Single(opdracht["regels"]!.AsArray(), r => r!["beschikkingId"]!.GetValue<Guid>() == id)!;
        Assert.Equal(voorschotten[0]!["bedragEurocent"]!.GetValue<long>(), regel["bedragEurocent"]!.GetValue<long>());
        Assert.Equal("Bewonersvereniging Zuid", regel["begunstigde"]!.GetValue<string>());
        await (await beleid.PostJsonAsync($"/api/v1/beschikkingen/{id}/voorschotten/1/betalingen", new { betaaldOp = Vandaag(), kenmerk = "BANK-1" })).AssertProblemAsync(400);

        using (var bestand = await beleid.GetAsync($"/api/v1/betaalopdrachten/{opdrachtId}/pain001"))
        {
            Assert.Equal(HttpStatusCode.OK, bestand.StatusCode);
            Assert.Equal("application/xml", bestand.Content.Headers.ContentType!.MediaType);
            var xml = System.Xml.Linq.XDocument.Parse(await bestand.Content.ReadAsStringAsync());
            var ns = System.Xml.Linq.XNamespace.Get("urn:iso:std:iso:20022:tech:xsd:pain.001.001.03");
            Assert.Equal(opdracht["berichtkenmerk"]!.GetValue<string>(), xml.Descendants(ns + "MsgId").Single().Value);
            Assert.Contains(xml.Descendants(ns + "EndToEndId"), e => e.Value == $"{beschikking["kenmerk"]}-V1");
            Assert.Contains(xml.Descendants(ns + "IBAN"), e => e.Value == "NL91ABNA0417164300");
        }
        await (await bewoners.GetAsync($"/api/v1/betaalopdrachten/{opdrachtId}/pain001")).AssertProblemAsync(403);
        // Another gemeente sees neither the beschikking nor the batch.
        var anderGemeente = await fixture.AuthenticatedAsync(ApiFactory.AaEnHunzeBeheerClient, "aa-en-hunze");
        await (await anderGemeente.GetAsync($"/api/v1/beschikkingen/{id}")).AssertProblemAsync(404);
        await (await anderGemeente.GetAsync($"/api/v1/betaalopdrachten/{opdrachtId}/pain001")).AssertProblemAsync(404);
        Assert.Equal(0, (await LeesAsync(await anderGemeente.GetAsync("/api/v1/betaalopdrachten")))["totalCount"]!.GetValue<int>());
        Assert.Equal(0, (await LeesAsync(await anderGemeente.GetAsync("/api/v1/beschikkingen")))["totalCount"]!.GetValue<int>());

        // The bank executed it: the voorschot is paid, once.
        var uitgevoerd = await LeesAsync(await beleid.PostJsonAsync($"/api/v1/betaalopdrachten/{opdrachtId}/uitvoeringen", new { uitgevoerdOp = Vandaag() }));
        Assert.Equal("uitgevoerd", uitgevoerd["status"]!.GetValue<string>());
        await (await beleid.PostJsonAsync($"/api/v1/betaalopdrachten/{opdrachtId}/uitvoeringen", new { uitgevoerdOp = Vandaag() })).AssertProblemAsync(400);
        var betaald = await LeesAsync(await bewoners.GetAsync($"/api/v1/beschikkingen/{id}"));
        Assert.Equal(Vandaag(), betaald["voorschotten"]![0]!["betaaldOp"]!.GetValue<string>());
        Assert.Null(betaald["voorschotten"]![1]!["betaaldOp"]);
        Assert.Equal(voorschotten[0]!["bedragEurocent"]!.GetValue<long>(), betaald["betaaldEurocent"]!.GetValue<long>());

        // The letter: the activities and obligations as granted, the voorschotten, the year still under begrotingsvoorbehoud.
        using var pdf = await bewoners.GetAsync($"/api/v1/beschikkingen/{id}/document");
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        PdfFiles.Keep(bytes, "beschikking-verlening-meerjarig.pdf");
        var tekst = PdfFiles.Text(bytes);
        Assert.Contains(beschikking["kenmerk"]!.GetValue<string>(), tekst);
        Assert.Contains("De buurtkamer vijf dagen per week open.", tekst);
        Assert.Contains("U houdt een lijst bij van de activiteiten.", tekst);
        Assert.Contains("Voorschotten", tekst);
        Assert.Contains($"{Jaar + 1}", tekst);
        Assert.Contains("4:34", tekst);
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.UskNiveau)]
    [Trait("Regel", Regelcatalogus.G4)]
    [Trait("Regel", Regelcatalogus.G10)]
    [Trait("Regel", Regelcatalogus.Awb4_46)]
    [Trait("Regel", Regelcatalogus.Awb4_95)]
    [Trait("Regel", Regelcatalogus.Awb4_57)]
    [Trait("Regel", Regelcatalogus.Awb6_7)]
    [Trait("Regel", Regelcatalogus.UskSteekproef)]
    public async Task A_subsidy_reports_what_its_tier_asks_and_is_set_with_its_voorschotten_offset_Awb_4_45()
    {
        var beheer = await fixture.AuthenticatedAsync(ApiFactory.AmsterdamBeheerClient, "amsterdam");
        var beleid = await fixture.AuthenticatedAsync(Beleid, "amsterdam");
        var bewoners = await fixture.AuthenticatedAsync(Bewoners, "amsterdam");
        var anderen = await fixture.AuthenticatedAsync(AndereBewoners, "amsterdam");

        // The gemeente's own tiers: a report from €1,000 on; later versions never change what was granted under this one.
        await (await beheer.PostJsonAsync("/api/v1/verantwoordingskaders", new { zonderVerslagTotEurocent = 50_000_00L, activiteitenverslagTotEurocent = 1_000_00L, steekproefProcent = 10 })).AssertProblemAsync(400);
        await (await beleid.PostJsonAsync("/api/v1/verantwoordingskaders", new { zonderVerslagTotEurocent = 1_000_00L, activiteitenverslagTotEurocent = 125_000_00L, steekproefProcent = 10 })).AssertProblemAsync(403);
        var kader = await LeesAsync(await beheer.PostJsonAsync("/api/v1/verantwoordingskaders",
            new { zonderVerslagTotEurocent = 1_000_00L, activiteitenverslagTotEurocent = 125_000_00L, steekproefProcent = 10 }), HttpStatusCode.Created);
        var geldend = await LeesAsync(await fixture.ForTenant("amsterdam").GetAsync("/api/v1/verantwoordingskaders/geldend"));
        Assert.Equal(kader["versie"]!.GetValue<int>(), geldend["versie"]!.GetValue<int>());
        Assert.Equal(1_000_00, geldend["zonderVerslagTotEurocent"]!.GetValue<long>());

        var regeling = await OpenRegelingAsync(beleid, 10_000_00);
        var beschikking = await VerleenAsync(beleid, bewoners, regeling, 2_000_00, $"{Jaar}-03-01", $"{Jaar}-10-31");
        var id = beschikking["id"]!.GetValue<Guid>();
        Assert.Equal("activiteitenverslag", beschikking["niveau"]!.GetValue<string>());
        // No host keeps this organisation's books: the report is entered as before (G-4, ADR 0028), in the list and on its own.
        Assert.False(beschikking["boekenBijHost"]!.GetValue<bool>());
        Assert.False((await LeesAsync(await bewoners.GetAsync($"/api/v1/beschikkingen/{id}")))["boekenBijHost"]!.GetValue<bool>());
        Assert.Equal($"{Jaar}-10-31", DateOnly.Parse(beschikking["verslagUiterlijk"]!.GetValue<string>()).AddDays(-91).ToString("yyyy-MM-dd"));

        // Set after the report its tier asks for; the report asks only for what was done (G-4, G-10).
        var teVroeg = await (await beleid.PostJsonAsync("/api/v1/vaststellingen", new { beschikkingId = id, bedragEurocent = 2_000_00L })).AssertProblemAsync(400);
        Assert.Contains("verslag", teVroeg["detail"]!.GetValue<string>());
        var teveel = await (await bewoners.PostJsonAsync("/api/v1/verantwoordingen",
            new { beschikkingId = id, activiteitenverslag = "Gedaan.", gerealiseerdeKostenEurocent = 1_900_00L, financieelVerslag = "Zaden en gereedschap." })).AssertProblemAsync(400);
        Assert.Contains("geen financieel verslag", teveel["detail"]!.GetValue<string>());
        await (await anderen.PostJsonAsync("/api/v1/verantwoordingen", new { beschikkingId = id, activiteitenverslag = "Niet van ons." })).AssertProblemAsync(404);
        var verslag = await LeesAsync(await bewoners.PostJsonAsync("/api/v1/verantwoordingen",
            new { beschikkingId = id, activiteitenverslag = "Twaalf buren hielden de moestuin het hele seizoen bij; de oogst ging naar de buurtmaaltijd." }), HttpStatusCode.Created);
        Assert.Equal("activiteitenverslag", verslag["niveau"]!.GetValue<string>());
        await (await bewoners.PostJsonAsync("/api/v1/verantwoordingen", new { beschikkingId = id, activiteitenverslag = "Nog eens." })).AssertProblemAsync(400);

        // Awb 4:46: at most the granted amount, lower only with the reason; the voorschotten offset (4:95).
        await (await beleid.PostJsonAsync("/api/v1/vaststellingen", new { beschikkingId = id, bedragEurocent = 2_000_01L })).AssertProblemAsync(400);
        await (await beleid.PostJsonAsync("/api/v1/vaststellingen", new { beschikkingId = id, bedragEurocent = 1_500_00L })).AssertProblemAsync(400);
        await (await bewoners.PostJsonAsync("/api/v1/vaststellingen", new { beschikkingId = id, bedragEurocent = 2_000_00L })).AssertProblemAsync(403);
        var vaststelling = await LeesAsync(await beleid.PostJsonAsync("/api/v1/vaststellingen",
            new { beschikkingId = id, bedragEurocent = 1_500_00L, reden = "De oogstdag in oktober ging niet door." }), HttpStatusCode.Created);
        Assert.Equal("nabetaling", vaststelling["uitkomst"]!.GetValue<string>());
        Assert.Equal(1_500_00 - vaststelling["betaaldeVoorschottenEurocent"]!.GetValue<long>(), vaststelling["saldoEurocent"]!.GetValue<long>());
        Assert.False(vaststelling["ambtshalve"]!.GetValue<bool>());
        await (await beleid.PostJsonAsync("/api/v1/vaststellingen", new { beschikkingId = id, bedragEurocent = 1_500_00L, reden = "Nog eens." })).AssertProblemAsync(400);
        Assert.Equal(vaststelling["id"]!.GetValue<Guid>(), (await LeesAsync(await bewoners.GetAsync($"/api/v1/beschikkingen/{id}")))["vaststellingId"]!.GetValue<Guid>());

        using var pdf = await bewoners.GetAsync($"/api/v1/vaststellingen/{vaststelling["id"]}/document");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        PdfFiles.Keep(bytes, "beschikking-vaststelling.pdf");
        var tekst = PdfFiles.Text(bytes);
        Assert.Contains("Beschikking: vaststelling van subsidie", tekst);
        Assert.Contains(vaststelling["kenmerk"]!.GetValue<string>(), tekst);
        Assert.Contains("De oogstdag in oktober ging niet door.", tekst);
        Assert.Contains("4:95", tekst);
        Assert.Contains("6:7", tekst);
        Assert.Equal(0, (await LeesAsync(await anderen.GetAsync($"/api/v1/vaststellingen?beschikkingId={id}")))["totalCount"]!.GetValue<int>());
        await (await anderen.GetAsync($"/api/v1/vaststellingen/{vaststelling["id"]}/document")).AssertProblemAsync(404);
        var anderGemeente = await fixture.AuthenticatedAsync(ApiFactory.AaEnHunzeBeheerClient, "aa-en-hunze");
        Assert.Equal(0, (await LeesAsync(await anderGemeente.GetAsync("/api/v1/vaststellingen")))["totalCount"]!.GetValue<int>());

        // The nabetaling is paid and recorded (Awb 4:95): never more than is open, only by the gemeente, only in its own gemeente.
        var saldo = vaststelling["saldoEurocent"]!.GetValue<long>();
        Assert.Equal(saldo, vaststelling["openstaandEurocent"]!.GetValue<long>());
        var afwikkelingen = $"/api/v1/vaststellingen/{vaststelling["id"]}/afwikkelingen";
        object Betaling(long eurocent) => new { datum = Kalender.Dag(DateTimeOffset.UtcNow).ToString("yyyy-MM-dd"), bedragEurocent = eurocent, kenmerk = "NABET-1" };
        var teVeel = await (await beleid.PostJsonAsync(afwikkelingen, Betaling(saldo + 1))).AssertProblemAsync(400);
        Assert.Contains("openstaat", teVeel["detail"]!.GetValue<string>());
        await (await bewoners.PostJsonAsync(afwikkelingen, Betaling(saldo))).AssertProblemAsync(403);
        await (await anderGemeente.PostJsonAsync(afwikkelingen, Betaling(saldo))).AssertProblemAsync(404);
        Assert.Empty((await LeesAsync(await beleid.GetAsync($"/api/v1/vaststellingen?beschikkingId={id}")))["items"]![0]!["afwikkelingen"]!.AsArray());
        var afgewikkeld = await LeesAsync(await beleid.PostJsonAsync(afwikkelingen, Betaling(saldo)));
        Assert.Equal(0, afgewikkeld["openstaandEurocent"]!.GetValue<long>());
        var afwikkeling = Assert.Single(afgewikkeld["afwikkelingen"]!.AsArray())!;
        Assert.Equal(("uitbetaald", saldo, "NABET-1"), (afwikkeling["richting"]!.GetValue<string>(), afwikkeling["bedragEurocent"]!.GetValue<long>(), afwikkeling["kenmerk"]!.GetValue<string>()));
        Assert.Equal("nabetaling", afgewikkeld["uitkomst"]!.GetValue<string>());
        await (await beleid.PostJsonAsync(afwikkelingen, Betaling(1))).AssertProblemAsync(400);

        // Below the threshold no report is asked; the steekproef draws its share, reproducibly, once a year.
        var klein = await VerleenAsync(beleid, bewoners, regeling, 500_00, $"{Jaar}-03-01", $"{Jaar}-10-31");
        Assert.Equal("zonderVerslag", klein["niveau"]!.GetValue<string>());
        var nietNodig = await (await bewoners.PostJsonAsync("/api/v1/verantwoordingen", new { beschikkingId = klein["id"], activiteitenverslag = "Toch." })).AssertProblemAsync(400);
        Assert.Contains("geen verslag", nietNodig["detail"]!.GetValue<string>());
        var steekproef = await LeesAsync(await beleid.PostJsonAsync("/api/v1/vaststellingen/steekproeven", new { jaar = Jaar }), HttpStatusCode.Created);
        var populatie = steekproef["populatie"]!.AsArray().Select(p => p!.GetValue<Guid>()).ToList();
        var getrokken = steekproef["getrokken"]!.AsArray().Select(p => p!.GetValue<Guid>()).ToList();
        Assert.Contains(klein["id"]!.GetValue<Guid>(), populatie);
        Assert.Equal((int)Math.Ceiling(populatie.Count * 0.1m), getrokken.Count);
        Assert.Equal(Steekproef.Volgorde(steekproef["zaad"]!.GetValue<string>(), populatie).Take(getrokken.Count), getrokken);
        await (await beleid.PostJsonAsync("/api/v1/vaststellingen/steekproeven", new { jaar = Jaar })).AssertProblemAsync(400);
    }

    /// <summary>An application of organisation A through the API, submitted, reviewed and granted; answers its beschikking.</summary>
    private static async Task<JsonNode> VerleenAsync(HttpClient beleid, HttpClient bewoners, Guid regeling, long eurocent, string van, string tot, object? verlening = null)
    {
        var aanvraagId = (await LeesAsync(await bewoners.PostJsonAsync("/api/v1/subsidieaanvragen", Aanvraag(regeling, OrganisatieA, eurocent) with { Van = van, Tot = tot }),
            HttpStatusCode.Created))["id"]!.GetValue<Guid>();
        await LeesAsync(await bewoners.PostAsync($"/api/v1/subsidieaanvragen/{aanvraagId}/indieningen", null));
        await LeesAsync(await beleid.PostJsonAsync($"/api/v1/subsidieaanvragen/{aanvraagId}/beoordelingen",
            new { advies = "verlenen", oordelen = Oordelen, toelichting = "Voldoet.", verklaartGeenBelang = true }));
        await LeesAsync(await beleid.PostJsonAsync($"/api/v1/subsidieaanvragen/{aanvraagId}/verleningen",
            verlening ?? new { bedragEurocent = eurocent, motivering = "Past in de regeling." }));
        return (await LeesAsync(await bewoners.GetAsync($"/api/v1/beschikkingen?aanvraagId={aanvraagId}")))["items"]![0]!;
    }

    private static readonly object[] Oordelen =
    [
        new { criterium = "Open voor de buurt", niveau = "voldoet" },
        new { criterium = "Draagt bij aan de agenda", niveau = "voldoetDeels" },
    ];

    private object Regeling(long plafond) => Regeling(plafond, Jaar, Jaar);

    private object Regeling(long plafond, int vanJaar, int totJaar) => new
    {
        titel = "Bewonersinitiatieven", grondslag = "Subsidieverordening sociale basis, art. 4", wijkbudgetId = fixture.Budget["id"]!.GetValue<Guid>(),
        regelIds = new[] { fixture.Budget["regels"]![1]!["id"]!.GetValue<Guid>() }, plafondEurocent = plafond,
        plafondVan = $"{vanJaar}-01-01", plafondTot = $"{totJaar}-12-31", criteria = new[]
        {
            new { naam = "Open voor de buurt", toelichting = "Iedereen uit de buurt kan meedoen." },
            new { naam = "Draagt bij aan de agenda", toelichting = "Het draagt bij aan een ambitie of publieke waarde van de wijk." },
        },
        verdeelwijze = "Op volgorde van binnenkomst.", aanvragers = "Bewonersorganisaties en bewonersgroepen in de wijk.", beslistermijnWeken = 8,
        vierOgenVanafEurocent = 25_000_00L,
    };

    private sealed record AanvraagBody(Guid RegelingId, Guid OrganisatieId, string? Groepsnaam, string Plan, long BedragEurocent, string Van, string Tot, Guid[] AmbitieIds);

    private static AanvraagBody Aanvraag(Guid regelingId, Guid organisatie, long eurocent) =>
        new(regelingId, organisatie, null, "Een moestuin op het binnenterrein.", eurocent, $"{Jaar}-03-01", $"{Jaar}-10-31", []);

    private async Task<Guid> OpenRegelingAsync(HttpClient beleid, long plafond)
    {
        var id = (await LeesAsync(await beleid.PostJsonAsync("/api/v1/subsidieregelingen", Regeling(plafond)), HttpStatusCode.Created))["id"]!.GetValue<Guid>();
        await OpenAsync(beleid, id);
        return id;
    }

    private static async Task OpenAsync(HttpClient beleid, Guid id)
    {
        await LeesAsync(await beleid.PostAsync($"/api/v1/subsidieregelingen/{id}/publicaties", null));
        await LeesAsync(await beleid.PostJsonAsync($"/api/v1/subsidieregelingen/{id}/mededingingsruimtes",
            new { soort = "enigeKandidaat", verantwoording = "Alleen de bewonersorganisatie van de wijk beheert de buurtkamer.", datum = Vandaag() }));
        await LeesAsync(await beleid.PostAsync($"/api/v1/subsidieregelingen/{id}/openingen", null));
    }

    /// <summary>Submitted applications put in directly (a thousand through the API would only slow the test), each by its own organisation.</summary>
    private Task<IReadOnlyList<Guid>> DienAanvragenInAsync(Guid regelingId, int aantal, long eurocent) => InAmsterdamAsync<IReadOnlyList<Guid>>(async db =>
    {
        var regeling = await db.Set<Subsidieregeling>().SingleAsync(r => r.Id == regelingId);
        var now = DateTimeOffset.UtcNow;
        var aanvragen = Enumerable.Range(0, aantal).Select(_ =>
        {
            var aanvraag = new Subsidieaanvraag(regeling, Guid.NewGuid(), null, "Een buurtactiviteit.", new Bedrag(eurocent),
                new DateOnly(Jaar, 3, 1), new DateOnly(Jaar, 10, 31), [], now);
            aanvraag.DienIn(regeling, now);
            aanvraag.Beoordeel(regeling, "beoordelaar-in-de-test", "Beoordelaar", null, true, Advies.Verlenen,
                regeling.Criteria.Select(c => new Criteriumoordeel(c.Naam, Rubriekniveau.Voldoet)).ToList(), "Voldoet.", now);
            return aanvraag;
        }).ToList();
        db.AddRange(aanvragen);
        await db.SaveChangesAsync();
        return aanvragen.Select(a => a.Id).ToList();
    });

    private Task<int> TelBeslotenAsync(Guid regelingId) => InAmsterdamAsync(db =>
        db.Set<Subsidieaanvraag>().CountAsync(a => a.RegelingId == regelingId && a.Status == AanvraagStatus.Besloten));

    private async Task<T> InAmsterdamAsync<T>(Func<ApplicationDbContext, Task<T>> werk)
    {
        var tenant = await fixture.Services.GetRequiredService<ITenantStore>().GetByIdentifierAsync("amsterdam", CancellationToken.None);
        using var _ = fixture.Services.GetRequiredService<ITenantContextAccessor>().Use(tenant!);
        await using var scope = fixture.Services.CreateAsyncScope();
        return await werk(scope.ServiceProvider.GetRequiredService<ApplicationDbContext>());
    }

    private static string Vandaag() => Kalender.Dag(DateTimeOffset.UtcNow).ToString("yyyy-MM-dd");

    private static object Besluit() => new { datum = Vandaag(), kenmerk = "RB-SUB-1", documentUrl = (string?)null };

    private static async Task<JsonNode> LeesAsync(HttpResponseMessage response, HttpStatusCode verwacht = HttpStatusCode.OK)
    {
        using (response)
        {
            Assert.True(response.StatusCode == verwacht, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            return await response.ReadJsonAsync();
        }
    }
}
