using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Gemeenschapskracht.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Gemeenschapskracht.IntegrationTests;

/// <summary>
/// The wijkbeeld as a PDF: a team led by a bewonersorganisatie fills and shares it through the API, the public
/// downloads it and reads it back with PdfPig: the figures through both lenses (vitality first), every part, the
/// wijk's public places, and never the sterkhouders. The shared document is kept in artifacts/documents/ to look at.
/// </summary>
public sealed class WijkbeeldDocumentTests(WijkbeeldDocumentTests.Fixture fixture) : IClassFixture<WijkbeeldDocumentTests.Fixture>
{
    private const string Beheer = "voorbeeldstad-beheer";
    private const string Bewoners = "voorbeeldstad-bewoners-kade";
    private const string Sterkhouder = "Wilhelmina Sterkhouder-Vanderkade";

    [Fact]
    public async Task A_shared_wijkbeeld_is_a_pdf_for_everyone_with_vitality_before_problems_and_without_sterkhouders()
    {
        var beheer = await fixture.AuthenticatedAsync(Beheer, "voorbeeldstad");
        var wijk = fixture.Havenkwartier;
        using (var hernoemd = await beheer.PutJsonAsync($"/api/v1/gebieden/{wijk}", new { naam = "Havenkwartier & Pakhuizen-Oost", pilot = false, ouderId = fixture.Gemeente }))
            Assert.True(hernoemd.IsSuccessStatusCode, await hernoemd.Content.ReadAsStringAsync());
        await ReadAsync(await beheer.PostJsonAsync("/api/v1/publieke-plekken", new
        {
            wijkId = wijk, naam = "Buurthuis De Kade", soort = "buurthuis", locatie = (object?)null, adres = "Kadekant 12", eigenaar = "gemeente",
            beheerdDoor = "Bewonersvereniging De Kade", avondsOpen = true, vergadercapaciteit = 40, huurregime = "sociaal", status = "bedreigd",
            toelichting = (string?)null,
        }), HttpStatusCode.Created);

        var wijkbeeld = await ReadAsync(await beheer.PostJsonAsync("/api/v1/wijkbeelden",
            new { wijkId = wijk, titel = "Het Havenkwartier door de ogen van de buurt", team = new[] { fixture.Bewonersorganisatie } }), HttpStatusCode.Created);
        var id = wijkbeeld["id"]!.GetValue<Guid>();
        var inhoud = wijkbeeld["inhoud"]!;
        inhoud["inzet"] = Node(new object[]
        {
            new { id = (Guid?)null, organisatie = "Stichting Welzijn Voor Elkaar", functie = "Opbouwwerker", urenInWijk = 27, urenElders = 9,
                jarenAanwezig = 6, financiering = "subsidie" },
        });
        inhoud["samenwerkingen"] = Node(new object[]
        {
            new { id = (Guid?)null, partijen = "Woningcorporatie Thuis en de bewonerscommissie", wat = "Samen het onderhoud van de binnentuinen",
                sindsJaar = 2019, waaromHetWerkt = "Vaste gezichten en korte lijnen" },
        });
        inhoud = await UpdateAsync(beheer, id, inhoud);

        var bewoners = await fixture.BewonersAsync();
        inhoud["duiding"] = "Veel vrijwilligers, maar het buurthuis staat onder druk.";
        inhoud["geschiedenis"] = Node(new object[]
        {
            new { id = (Guid?)null, periode = "1975–1982", gebeurtenis = "De kraakbeweging redde de pakhuizen van de sloop.",
                spanningen = "Tussen oude en nieuwe bewoners", bron = "Buurtarchief" },
        });
        inhoud["informeleStructuren"] = Node(new object[]
        {
            new { id = (Guid?)null, omschrijving = "Appgroep van de Loodsenbuurt", soort = "appgroep", lokaliseerbaar = "deels" },
        });
        inhoud["initiatieven"] = Node(new object[]
        {
            new { id = (Guid?)null, naam = "Repair Café De Kade", organisatieId = (Guid?)null, omschrijving = "Elke zaterdag repareren buren samen.",
                behoeften = "Een vaste ruimte" },
        });
        inhoud["gespreksrondes"] = Node(new object[]
        {
            new { id = (Guid?)null, datum = "2026-03-14", deelnemers = new { bewoners = 23, professionals = 4, ambtenaren = 2, ondernemers = 1 },
                vragen = "Wat maakt deze wijk sterk?", bevindingen = "Bewoners noemen de kade hun huiskamer.", gespreksleider = "Ayşe Kılıç" },
        });
        inhoud["behoeften"] = Node(new object[] { new { id = (Guid?)null, soort = "plekken", omschrijving = "Een buurthuis dat open blijft" } });
        inhoud["wijkopbouwpunt"] = Node(new { keuze = "ja", redenen = "De vrijwilligers willen één plek om samen te komen." });
        await UpdateAsync(bewoners, id, inhoud);

        await ReadAsync(await beheer.PostJsonAsync($"/api/v1/wijkbeelden/{id}/sterkhouders", new
        {
            naam = Sterkhouder, rol = "informant", domein = "De kade", contact = "06-12345678", toestemmingOp = "2026-03-14", toestemmingWijze = "mondeling",
        }), HttpStatusCode.Created);
        foreach (var stap in new[] { "gesprekken", "duidingen", "delingen" })
            await ReadAsync(await beheer.PostAsync($"/api/v1/wijkbeelden/{id}/{stap}", null), HttpStatusCode.OK);

        using var response = await fixture.ForTenant("voorbeeldstad").GetAsync($"/api/v1/wijkbeelden/{id}/document");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("wijkbeeld-havenkwartier-pakhuizen-oost-versie-1.pdf", response.Content.Headers.ContentDisposition?.FileName);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        PdfFiles.Keep(pdf, "wijkbeeld-gedeeld.pdf");

        var text = PdfFiles.Text(pdf);
        Assert.Contains("Havenkwartier & Pakhuizen-Oost", text);
        Assert.Contains("Gemeente Voorbeeldstad", text);
        Assert.Contains("De kraakbeweging redde de pakhuizen van de sloop.", text);
        Assert.Contains("Bewoners noemen de kade hun huiskamer.", text);
        Assert.Contains("Ayşe Kılıç", text);
        Assert.Contains("75%", text);
        Assert.Contains("Buurthuis De Kade", text);
        Assert.Contains("Er zijn nog geen cijfers over wat deze wijk sterk maakt.", text);
        Assert.Contains("Door bewoners", text);
        var sterk = text.IndexOf("Wat de wijk sterk maakt", StringComparison.Ordinal);
        var worstelt = text.IndexOf("Waar de wijk mee worstelt", StringComparison.Ordinal);
        Assert.True(sterk >= 0 && worstelt > sterk, $"vitality at {sterk}, problems at {worstelt}");
        Assert.DoesNotContain(Sterkhouder, text);
        Assert.DoesNotContain("Wilhelmina", text);
        Assert.DoesNotContain("06-12345678", text);
    }

    [Fact]
    public async Task A_concept_is_not_found_for_the_public_and_says_so_when_vitality_figures_are_missing()
    {
        var beheer = await fixture.AuthenticatedAsync(Beheer, "voorbeeldstad");
        var wijkbeeld = await ReadAsync(await beheer.PostJsonAsync("/api/v1/wijkbeelden",
            new { wijkId = fixture.Centrum, titel = "Centrum in beeld", team = new[] { fixture.Bewonersorganisatie } }), HttpStatusCode.Created);
        var id = wijkbeeld["id"]!.GetValue<Guid>();

        await (await fixture.ForTenant("voorbeeldstad").GetAsync($"/api/v1/wijkbeelden/{id}/document")).AssertProblemAsync(404);

        using var response = await beheer.GetAsync($"/api/v1/wijkbeelden/{id}/document");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = PdfFiles.Text(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("Er zijn nog geen cijfers over wat deze wijk sterk maakt.", text);
        Assert.Contains("concept", text);
    }

    private static async Task<JsonNode> UpdateAsync(HttpClient client, Guid id, JsonNode inhoud) =>
        (await ReadAsync(await client.PutJsonAsync($"/api/v1/wijkbeelden/{id}", new { titel = "Het Havenkwartier door de ogen van de buurt", inhoud }),
            HttpStatusCode.OK))["inhoud"]!;

    private static async Task<JsonNode> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        using (response)
        {
            Assert.True(response.StatusCode == expected, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            return await response.ReadJsonAsync();
        }
    }

    private static JsonNode Node(object value) => JsonSerializer.SerializeToNode(value)!;

    public sealed class Fixture : ApiFactory, IAsyncLifetime
    {
        protected override string CbsSource => "Demo";

        public Guid Gemeente { get; private set; }

        public Guid Centrum { get; private set; }

        public Guid Havenkwartier { get; private set; }

        /// <summary>The team's trekker: a bewonersorganisatie of the Havenkwartier.</summary>
        public Guid Bewonersorganisatie { get; private set; }

        /// <summary>The same API on the same database, with a machine client acting for the bewonersorganisatie, known only once it is registered.</summary>
        private WebApplicationFactory<Program> _metBewoners = null!;

        protected override IEnumerable<KeyValuePair<string, string>> ExtraSettings
        {
            get
            {
                var settings = new Dictionary<string, string>();
                AddClient(settings, FirstFreeClientIndex, Beheer, "voorbeeldstad", "gemeente-beheerder");
                return settings;
            }
        }

        public async Task InitializeAsync()
        {
            var platform = await this.AuthenticatedAsync(PlatformClient);
            await Provisioning.CreateAndWaitAsync(platform, "voorbeeldstad", "Voorbeeldstad", "GM9901");
            var publiek = this.ForTenant("voorbeeldstad");
            Gemeente = (await (await publiek.GetAsync("/api/v1/gebieden?soort=gemeente")).ReadJsonAsync())["items"]![0]!["id"]!.GetValue<Guid>();
            var wijken = (await (await publiek.GetAsync("/api/v1/gebieden?soort=wijk&pageSize=100")).ReadJsonAsync())["items"]!.AsArray();
            Guid Wijk(string code) => wijken.First(w => w!["code"]!.GetValue<string>() == code)!["id"]!.GetValue<Guid>();
            Centrum = Wijk("WK990100");
            Havenkwartier = Wijk("WK990101");

            var beheer = await this.AuthenticatedAsync(Beheer, "voorbeeldstad");
            Bewonersorganisatie = (await ReadAsync(await beheer.PostJsonAsync("/api/v1/organisaties", new
            {
                naam = "Bewonersvereniging De Kade", soort = "bewonersorganisatie", rechtsvorm = "vereniging", kvknummer = (string?)null,
                omschrijving = (string?)null, wijkIds = new[] { Havenkwartier }, publiekeWaardeIds = Array.Empty<Guid>(),
                contactpersoon = (string?)null, email = (string?)null, telefoon = (string?)null, website = (string?)null,
            }), HttpStatusCode.Created))["id"]!.GetValue<Guid>();

            var metBewoners = new Dictionary<string, string>();
            AddClient(metBewoners, FirstFreeClientIndex + 1, Bewoners, "voorbeeldstad", "bewonersorganisatie", Bewonersorganisatie);
            _metBewoners = WithWebHostBuilder(builder =>
            {
                foreach (var (key, value) in metBewoners)
                    builder.UseSetting(key, value);
            });
        }

        public async Task<HttpClient> BewonersAsync()
        {
            var client = _metBewoners.CreateClient();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await client.GetTokenAsync(Bewoners));
            client.DefaultRequestHeaders.Add("Gemeente", "voorbeeldstad");
            return client;
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }
}
