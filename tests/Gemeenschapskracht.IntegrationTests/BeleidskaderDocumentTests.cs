using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Gemeenschapskracht.IntegrationTests.Infrastructure;
using UglyToad.PdfPig;

namespace Gemeenschapskracht.IntegrationTests;

/// <summary>
/// The beleidskader as a PDF: the public downloads an adopted version and reads the same content as on its page,
/// read back from the file with PdfPig, in the gemeente's theme and with its logo. The adopted document is kept in artifacts/documents/ to look at.
/// </summary>
public sealed class BeleidskaderDocumentTests(BeleidskaderDocumentTests.Factory factory) : IClassFixture<BeleidskaderDocumentTests.Factory>
{
    private const string Beheer = "voorbeeldstad-beheer";
    private const string Beleid = "voorbeeldstad-beleid";
    private const string Griffie = "voorbeeldstad-griffie";
    private const string OeverdorpBeleid = "oeverdorp-beleid";

    /// <summary>A 180 × 60 logo: a blue block with a white bar.</summary>
    private static readonly byte[] Logo = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAALQAAAA8CAIAAABATAfQAAAAk0lEQVR42u3aMREAQAgEMWrMvTQkwwtAAEVuVgGTkshX0lo4geAQHIJDcAgOwSE4BIfgEBwSHIJDcAgOwSE4BIfgEBxLbecHh8FhcBgcBofBYXDAAQcccMABBxxwwGFwGBwGh8FhcBgccMABBxxwwOHBWHAIDsEhOASH4BAcgkNwSHAIDsEhOASH4BAcgkNwCA7pNzYABMTZb9A7AAAAAElFTkSuQmCC");

    [Fact]
    public async Task An_adopted_kader_is_a_pdf_for_everyone_with_the_content_of_its_page()
    {
        var beheer = await factory.AuthenticatedAsync(Beheer, "voorbeeldstad");
        using (var thema = await beheer.PutJsonAsync("/api/v1/instellingen", new { thema = "groen" }))
            Assert.Equal(HttpStatusCode.OK, thema.StatusCode);
        using (var logo = await beheer.PutAsync("/api/v1/instellingen/logo", new ByteArrayContent(Logo) { Headers = { ContentType = new("image/png") } }))
            Assert.Equal(HttpStatusCode.OK, logo.StatusCode);
        var beleid = await factory.AuthenticatedAsync(Beleid, "voorbeeldstad");
        var kader = await CreateAsync(beleid, "Sociale basis: van aanbesteden naar subsidiëren");
        var id = kader["id"]!.GetValue<Guid>();
        var inhoud = kader["inhoud"]!;
        Vul(inhoud, "De gemeente besteedt het welzijnswerk niet meer aan; coöperaties en bewonersinitiatieven krijgen een meerjarige subsidie.");
        await UpdateAsync(beleid, id, "Sociale basis: van aanbesteden naar subsidiëren", inhoud);
        using (var voorgelegd = await beleid.PostAsync($"/api/v1/beleidskaders/{id}/voorleggingen", null))
            Assert.Equal(HttpStatusCode.OK, voorgelegd.StatusCode);
        var griffie = await factory.AuthenticatedAsync(Griffie, "voorbeeldstad");
        using (var vastgesteld = await griffie.PostJsonAsync($"/api/v1/beleidskaders/{id}/vaststellingen",
            new { datum = "2026-01-15", kenmerk = "RB-2026-041", documentUrl = (string?)null }))
            Assert.True(vastgesteld.IsSuccessStatusCode, await vastgesteld.Content.ReadAsStringAsync());

        using var response = await factory.ForTenant("voorbeeldstad").GetAsync($"/api/v1/beleidskaders/{id}/document");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("beleidskader-voorbeeldstad-versie-1.pdf", response.Content.Headers.ContentDisposition?.FileName);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        PdfFiles.Keep(pdf, "beleidskader-vastgesteld.pdf");

        using (var read = PdfDocument.Open(pdf))
            Assert.NotEmpty(read.GetPage(1).GetImages());
        var text = PdfFiles.Text(pdf);
        Assert.Contains("Sociale basis: van aanbesteden naar subsidiëren", text);
        Assert.Contains("RB-2026-041", text);
        Assert.Contains("15 januari 2026", text);
        Assert.Contains("coöperaties", text);
        foreach (var waarde in inhoud["publiekeWaarden"]!.AsArray())
            Assert.Contains(waarde!["naam"]!.GetValue<string>(), text);
        Assert.Contains("€ 2.450.000,00", text);
        Assert.Contains("€ 2.550.000,50", text);
        Assert.Contains("Wijkbudget ïn de wijk", text);
        Assert.Contains("beslist mee", text);
        Assert.Contains("korter dan een raadsperiode", text);
        Assert.Contains("Gemeente Voorbeeldstad", text);
        Assert.Contains("pagina 1 van", text);
    }

    [Fact]
    public async Task A_concept_is_not_found_for_the_public_and_a_long_text_flows_onto_the_next_pages()
    {
        var beleid = await factory.AuthenticatedAsync(OeverdorpBeleid, "oeverdorp");
        var kader = await CreateAsync(beleid, "Concept met een lange toelichting");
        var id = kader["id"]!.GetValue<Guid>();
        var inhoud = kader["inhoud"]!;
        var lang = string.Join(' ', Enumerable.Repeat("De wijk beslist mee over wat er in de buurt gebeurt, en de gemeente luistert.", 120));
        Vul(inhoud, $"BEGIN-VAN-DE-TEKST {lang} EINDE-VAN-DE-TEKST");
        await UpdateAsync(beleid, id, "Concept met een lange toelichting", inhoud);

        await (await factory.ForTenant("oeverdorp").GetAsync($"/api/v1/beleidskaders/{id}/document")).AssertProblemAsync(404);

        using var response = await beleid.GetAsync($"/api/v1/beleidskaders/{id}/document");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var pages = document.GetPages().Select(p => p.Text).ToList();
        var begin = pages.FindIndex(p => p.Contains("BEGIN-VAN-DE-TEKST"));
        var einde = pages.FindIndex(p => p.Contains("EINDE-VAN-DE-TEKST"));
        Assert.True(begin >= 1 && einde > begin, $"begin on page {begin + 1}, end on page {einde + 1}");
        Assert.Contains($"pagina {pages.Count} van {pages.Count}", pages[^1]);
    }

    private static async Task<JsonNode> CreateAsync(HttpClient client, string titel)
    {
        using var created = await client.PostJsonAsync("/api/v1/beleidskaders", new { titel });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return await created.ReadJsonAsync();
    }

    private static async Task UpdateAsync(HttpClient client, Guid id, string titel, JsonNode inhoud)
    {
        using var updated = await client.PutJsonAsync($"/api/v1/beleidskaders/{id}", new { titel, inhoud });
        Assert.True(updated.StatusCode == HttpStatusCode.OK, await updated.Content.ReadAsStringAsync());
    }

    /// <summary>Every part filled, with Dutch characters and amounts; the programme shorter than a council term, so there is a signalering.</summary>
    private static void Vul(JsonNode inhoud, string besluit)
    {
        inhoud["aanbestedingsbesluit"] = Node(new
        {
            besluit,
            reikwijdte = "Welzijnswerk, opbouwwerk en jongerenwerk in alle wijken.",
            evaluatieVerleden = "Drie aanbestedingsrondes sinds 2015; bij elke ronde vertrokken opbouwwerkers.",
            geenMarktMotivering = "Bewoners zijn geen klanten; wat in een wijk groeit vraagt relaties over vele jaren.",
        });
        inhoud["financieringsbronnen"] = Node(new object[]
        {
            new { id = (Guid?)null, naam = "Welzijnswerk en opbouwwerk", regime = "Wmo 2015", bedragPerJaarEurocent = 245_000_000L,
                instrument = "aanbesteding", contractEinddatum = "2031-06-30", omzettingGepland = "2031-01-01" },
            new { id = (Guid?)null, naam = "Bewonersinitiatieven", regime = (string?)null, bedragPerJaarEurocent = 10_000_050L,
                instrument = "subsidie", contractEinddatum = (string?)null, omzettingGepland = (string?)null },
        });
        inhoud["delegaties"] = Node(new object[]
        {
            new { besluittype = "Wijkbudget ïn de wijk", niveau = "gemeente", zeggenschap = "beslist" },
            new { besluittype = "Wijkbudget ïn de wijk", niveau = "wijk", zeggenschap = "beslistMee" },
            new { besluittype = "Inrichting openbare ruimte", niveau = "buurt", zeggenschap = "adviseert" },
        });
        inhoud["buurtrechten"] = Node(new object[] { new { soort = "rechtOmUitTeDagen", artikel = "Verordening uitdaagrecht, art. 2" } });
        inhoud["fasen"] = Node(new object[]
        {
            new { naam = "Wijken in beeld", instrumenten = new[] { "Wijkgesprekken", "Cijfers" }, verantwoordelijke = "Team sociale basis",
                start = "2026-02-01", eind = "2026-09-30" },
        });
        inhoud["tijdspanne"] = Node(new { programmaStart = "2026-01-01", programmaEind = "2028-12-31", verkiezingsdata = new[] { "2030-03-20" } });
        inhoud["partijen"] = Node(new object[]
        {
            new { naam = "Stichting Welzijn Voor Elkaar", soort = "welzijnsorganisatie", verwachting = "Opbouwwerkers blijven in hun wijk",
                vorm = "Subsidie", status = "toegezegd" },
        });
        inhoud["rolVanDePolitiek"] = Node(new { raad = "De raad stelt de kaders en de budgetten vast.", college = "Het college voert uit en rapporteert jaarlijks." });
        inhoud["toezeggingen"] = Node(new object[]
        {
            new { omschrijving = "Jaarlijkse voortgangsrapportage per wijk", door = "Wethouder sociaal domein", uiterlijk = "2026-12-31", status = "toegezegd" },
        });
        inhoud["wijkindelingToelichting"] = "De wijkindeling van het CBS.";
    }

    private static JsonNode Node(object value) => JsonSerializer.SerializeToNode(value)!;

    public sealed class Factory : ApiFactory, IAsyncLifetime
    {
        protected override string CbsSource => "Demo";

        protected override IEnumerable<KeyValuePair<string, string>> ExtraSettings
        {
            get
            {
                var settings = new Dictionary<string, string>();
                AddClient(settings, FirstFreeClientIndex, Beheer, "voorbeeldstad", "gemeente-beheerder");
                AddClient(settings, FirstFreeClientIndex + 1, Beleid, "voorbeeldstad", "beleidsmedewerker");
                AddClient(settings, FirstFreeClientIndex + 2, Griffie, "voorbeeldstad", "griffie");
                AddClient(settings, FirstFreeClientIndex + 3, OeverdorpBeleid, "oeverdorp", "beleidsmedewerker");
                return settings;
            }
        }

        public async Task InitializeAsync()
        {
            var platform = await this.AuthenticatedAsync(PlatformClient);
            await Provisioning.CreateAndWaitAsync(platform, "voorbeeldstad", "Voorbeeldstad", "GM9901");
            await Provisioning.CreateAndWaitAsync(platform, "oeverdorp", "Oeverdorp", "GM9902");
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }
}
