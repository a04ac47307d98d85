using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Gemeenschapskracht.IntegrationTests.Infrastructure;

namespace Gemeenschapskracht.IntegrationTests;

/// <summary>
/// The file store over HTTP, on the demo route: a file's type is read from its bytes, its size is bounded, it is
/// placed by who may change what it belongs to and served only to who may see that (the public: an adopted kader, a
/// shared wijkbeeld). Nothing is stored when a file is refused.
/// </summary>
public sealed class BijlagenTests(BijlagenTests.Factory factory) : IClassFixture<BijlagenTests.Factory>
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

    [Fact]
    public async Task The_griffie_places_the_raadsbesluit_with_the_adopted_kader_and_the_public_downloads_it()
    {
        var griffie = await factory.AuthenticatedAsync(Factory.Griffie, "voorbeeldstad");
        var kader = await GeldendAsync("voorbeeldstad");

        using var geplaatst = await UploadAsync(griffie, $"/api/v1/beleidskaders/{kader}/bijlagen?naam=raadsbesluit-2026-041.pdf", Pdf, "application/pdf");
        Assert.Equal(HttpStatusCode.Created, geplaatst.StatusCode);
        var bijlage = await geplaatst.ReadJsonAsync();

        var publiek = factory.ForTenant("voorbeeldstad");
        var lijst = await (await publiek.GetAsync($"/api/v1/beleidskaders/{kader}/bijlagen")).ReadJsonAsync();
        Assert.Contains(lijst.AsArray(), b => b!["naam"]!.GetValue<string>() == "raadsbesluit-2026-041.pdf" && b["grootte"]!.GetValue<long>() == Pdf.Length);
        using var download = await publiek.GetAsync($"/api/v1/beleidskaders/{kader}/bijlagen/{bijlage["id"]}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("raadsbesluit-2026-041.pdf", download.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("een PNG die zegt een PDF te zijn", "png", "application/pdf", "bestand.pdf", 400)]
    [InlineData("HTML die zegt een PDF te zijn", "html", "application/pdf", "bestand.pdf", 400)]
    [InlineData("een leeg bestand", "leeg", "application/pdf", "bestand.pdf", 400)]
    [InlineData("groter dan 10 MB", "groot", "application/pdf", "bestand.pdf", 400)]
    [InlineData("een naam met een schuine streep", "pdf", "application/pdf", "../elders.pdf", 400)]
    [InlineData("een type dat geen bijlage kan zijn", "html", "text/html", "bestand.html", 415)]
    public async Task A_refused_file_is_a_problem_and_nothing_is_stored(string geval, string inhoud, string contentType, string naam, int status)
    {
        var beleid = await factory.AuthenticatedAsync(Factory.Beleid, "voorbeeldstad");
        var kader = await GeldendAsync("voorbeeldstad");
        var voor = await AantalAsync($"/api/v1/beleidskaders/{kader}/bijlagen");
        byte[] bytes = inhoud switch
        {
            "png" => Png,
            "html" => Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>"),
            "leeg" => [],
            "groot" => [.. Pdf, .. new byte[10 * 1024 * 1024]],
            _ => Pdf,
        };

        using var response = await UploadAsync(beleid, $"/api/v1/beleidskaders/{kader}/bijlagen?naam={Uri.EscapeDataString(naam)}", bytes, contentType);

        await response.AssertProblemAsync(status);
        Assert.True(voor == await AantalAsync($"/api/v1/beleidskaders/{kader}/bijlagen"), geval);
    }

    [Fact]
    public async Task Only_who_may_change_the_kader_places_a_file()
    {
        var kader = await GeldendAsync("voorbeeldstad");
        var raadslid = await factory.AuthenticatedAsync(Factory.Raadslid, "voorbeeldstad");

        await (await UploadAsync(raadslid, $"/api/v1/beleidskaders/{kader}/bijlagen?naam=a.pdf", Pdf, "application/pdf")).AssertProblemAsync(403);
        await (await UploadAsync(factory.ForTenant("voorbeeldstad"), $"/api/v1/beleidskaders/{kader}/bijlagen?naam=a.pdf", Pdf, "application/pdf")).AssertProblemAsync(401);
    }

    [Fact]
    public async Task The_material_of_a_concept_wijkbeeld_is_for_the_gemeente_not_the_public()
    {
        var beleid = await factory.AuthenticatedAsync(Factory.OeverdorpBeleid, "oeverdorp");
        var concept = (await (await beleid.GetAsync("/api/v1/wijkbeelden")).ReadJsonAsync())["items"]![0]!["id"]!.GetValue<Guid>();

        using var geplaatst = await UploadAsync(beleid, $"/api/v1/wijkbeelden/{concept}/bijlagen?naam=foto-buurtkamer.png", Png, "image/png");
        Assert.Equal(HttpStatusCode.Created, geplaatst.StatusCode);
        var bijlage = (await geplaatst.ReadJsonAsync())["id"]!.GetValue<Guid>();

        Assert.Equal(HttpStatusCode.OK, (await beleid.GetAsync($"/api/v1/wijkbeelden/{concept}/bijlagen/{bijlage}")).StatusCode);
        await (await factory.ForTenant("oeverdorp").GetAsync($"/api/v1/wijkbeelden/{concept}/bijlagen")).AssertProblemAsync(404);
        await (await factory.ForTenant("oeverdorp").GetAsync($"/api/v1/wijkbeelden/{concept}/bijlagen/{bijlage}")).AssertProblemAsync(404);
        // Another gemeente does not find it either, whatever it is given.
        await (await factory.ForTenant("voorbeeldstad").GetAsync($"/api/v1/wijkbeelden/{concept}/bijlagen/{bijlage}")).AssertProblemAsync(404);
    }

    private async Task<Guid> GeldendAsync(string slug) =>
        (await (await factory.ForTenant(slug).GetAsync("/api/v1/beleidskaders/geldend")).ReadJsonAsync())["id"]!.GetValue<Guid>();

    private async Task<int> AantalAsync(string url) => (await (await factory.ForTenant("voorbeeldstad").GetAsync(url)).ReadJsonAsync()).AsArray().Count;

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, string url, byte[] bytes, string contentType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return client.PostAsync(url, content);
    }

    /// <summary>The fictional demo gemeenten with their route, and machine clients of their staff.</summary>
    public sealed class Factory : ApiFactory, IAsyncLifetime
    {
        public const string Beleid = "voorbeeldstad-beleid";
        public const string Griffie = "voorbeeldstad-griffie";
        public const string Raadslid = "voorbeeldstad-raad";
        public const string OeverdorpBeleid = "oeverdorp-beleid";

        protected override string CbsSource => "Demo";

        protected override IEnumerable<KeyValuePair<string, string>> ExtraSettings
        {
            get
            {
                var settings = new Dictionary<string, string>
                {
                    ["Seed:Enabled"] = "true",
                    ["Seed:Gemeenten:0:Slug"] = "voorbeeldstad",
                    ["Seed:Gemeenten:0:Naam"] = "Voorbeeldstad (fictief)",
                    ["Seed:Gemeenten:0:Gemeentecode"] = "GM9901",
                    ["Seed:Gemeenten:1:Slug"] = "oeverdorp",
                    ["Seed:Gemeenten:1:Naam"] = "Oeverdorp (fictief)",
                    ["Seed:Gemeenten:1:Gemeentecode"] = "GM9902",
                    ["Bestanden:Map"] = Path.Combine(Path.GetTempPath(), $"gk-bestanden-{Guid.NewGuid():N}"),
                };
                var index = FirstFreeClientIndex;
                AddClient(settings, index++, Beleid, "voorbeeldstad", "beleidsmedewerker");
                AddClient(settings, index++, Griffie, "voorbeeldstad", "griffie");
                AddClient(settings, index++, Raadslid, "voorbeeldstad", "raadslid");
                AddClient(settings, index, OeverdorpBeleid, "oeverdorp", "beleidsmedewerker");
                return settings;
            }
        }

        public async Task InitializeAsync()
        {
            var platform = await this.AuthenticatedAsync(PlatformClient);
            await Provisioning.WaitUntilFinishedAsync(platform, "voorbeeldstad");
            await Provisioning.WaitUntilFinishedAsync(platform, "oeverdorp");
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }
}
