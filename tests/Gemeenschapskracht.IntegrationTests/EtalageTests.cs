using System.Net;
using System.Net.Http.Headers;
using Gemeenschapskracht.Domain.Lidmaatschappen;
using Gemeenschapskracht.IntegrationTests.Identity;
using Gemeenschapskracht.IntegrationTests.Infrastructure;

namespace Gemeenschapskracht.IntegrationTests;

/// <summary>
/// The etalage over HTTP with real tokens (R6.4), on Amsterdam's demo: the demo bewonersorganisatie nominates a story
/// of its own initiative, the gemeente adds a photo, the initiative gives its consent, the gemeente publishes and later
/// archives it; every refusal on the way is a Dutch problem that changes nothing, and nothing is public before it may be.
/// </summary>
public sealed class EtalageTests(IdentityFactory factory) : IClassFixture<IdentityFactory>
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];

    [Fact]
    public async Task R6_4_a_nominated_story_is_published_only_with_the_initiatives_consent_and_photos_with_consent()
    {
        var bewoners = await factory.SignedInAsync(RolCatalogus.Bewonersorganisatie);
        var beheer = await factory.AuthenticatedAsync(ApiFactory.AmsterdamBeheerClient, "amsterdam");
        var publiek = factory.ForTenant("amsterdam");
        var organisatie = (await (await bewoners.GetAsync("/api/v1/organisaties?soort=bewonersorganisatie&pageSize=100")).ReadExpectedAsync())["items"]!.AsArray()
            .First()!["id"]!.GetValue<Guid>();

        var leeg = await (await bewoners.PostJsonAsync("/api/v1/etalage", Verhaal(organisatie) with { Titel = " " })).AssertProblemAsync(400);
        Assert.Contains("titel", leeg.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        var onbekend = await (await bewoners.PostJsonAsync("/api/v1/etalage", Verhaal(Guid.NewGuid()))).AssertProblemAsync(400);
        Assert.Contains("Deze organisatie bestaat niet in deze gemeente.", onbekend.ToJsonString());
        var verhaal = await (await bewoners.PostJsonAsync("/api/v1/etalage", Verhaal(organisatie))).ReadExpectedAsync(HttpStatusCode.Created);
        var url = $"/api/v1/etalage/{verhaal["id"]}";
        Assert.Equal("genomineerd", verhaal["status"]!.GetValue<string>());
        await (await publiek.GetAsync(url)).AssertProblemAsync(404);
        Assert.DoesNotContain((await (await publiek.GetAsync("/api/v1/etalage")).ReadExpectedAsync())["items"]!.AsArray(), v => v!["id"]!.ToString() == verhaal["id"]!.ToString());
        (await bewoners.GetAsync(url)).EnsureSuccessStatusCode();

        // Photos only, placed by the gemeente; then consent, and every file a photo with a caption and consent.
        await (await UploadAsync(bewoners, $"{url}/bijlagen?naam=foto.png", Png, "image/png")).AssertProblemAsync(403);
        var pdf = await (await UploadAsync(beheer, $"{url}/bijlagen?naam=flyer.pdf", "%PDF-1.4 test"u8.ToArray(), "application/pdf")).AssertProblemAsync(400);
        Assert.Contains("alleen foto's", pdf["detail"]!.GetValue<string>());
        var foto = (await (await UploadAsync(beheer, $"{url}/bijlagen?naam=buurtkamer.png", Png, "image/png")).ReadExpectedAsync(HttpStatusCode.Created))["id"]!.GetValue<Guid>();
        var zonderToestemming = await (await beheer.PostAsync($"{url}/publicaties", null)).AssertProblemAsync(400);
        Assert.Contains("nog geen toestemming", zonderToestemming["detail"]!.GetValue<string>());
        (await bewoners.PostJsonAsync($"{url}/toestemmingen", new { door = "Fatima el Amrani, voorzitter" })).EnsureSuccessStatusCode();
        var losseFoto = await (await beheer.PostAsync($"{url}/publicaties", null)).AssertProblemAsync(400);
        Assert.Contains("zonder bijschrift en toestemming", losseFoto["detail"]!.GetValue<string>());
        var gewijzigd = await (await beheer.PutJsonAsync(url, Verhaal(organisatie) with
        {
            Fotos = [new { bijlageId = foto, bijschrift = "Bewoners aan de lange tafel in de buurtkamer", toestemmingVan = "De mensen op de foto" }],
        })).ReadExpectedAsync();
        Assert.Null(gewijzigd["toestemming"]);
        (await beheer.PostJsonAsync($"{url}/toestemmingen", new { door = "Fatima el Amrani, per e-mail" })).EnsureSuccessStatusCode();
        var gepubliceerd = await (await beheer.PostAsync($"{url}/publicaties", null)).ReadExpectedAsync();
        Assert.Equal("gepubliceerd", gepubliceerd["status"]!.GetValue<string>());

        // Public now: the story, its photo with its caption, not the consent details.
        var openbaar = await (await publiek.GetAsync(url)).ReadExpectedAsync();
        Assert.Equal("Bewoners aan de lange tafel in de buurtkamer", openbaar["fotos"]![0]!["bijschrift"]!.GetValue<string>());
        Assert.Null(openbaar["fotos"]![0]!["toestemmingVan"]);
        Assert.Null(openbaar["toestemming"]);
        using (var bestand = await publiek.GetAsync($"{url}/bijlagen/{foto}"))
            Assert.Equal("image/png", bestand.Content.Headers.ContentType!.MediaType);
        await (await UploadAsync(beheer, $"{url}/bijlagen?naam=nog-een.png", Png, "image/png")).AssertProblemAsync(400);
        await (await beheer.PutJsonAsync(url, Verhaal(organisatie))).AssertProblemAsync(400);
        await (await factory.ForTenant("aa-en-hunze").GetAsync(url)).AssertProblemAsync(404);

        (await beheer.PostAsync($"{url}/archiveringen", null)).EnsureSuccessStatusCode();
        await (await publiek.GetAsync(url)).AssertProblemAsync(404);
        await (await publiek.GetAsync($"{url}/bijlagen/{foto}")).AssertProblemAsync(404);
    }

    [Fact]
    public async Task R6_4_only_a_member_of_the_initiative_or_the_gemeente_gives_consent_and_the_public_lists_only_published_stories()
    {
        var bewoners = await factory.SignedInAsync(RolCatalogus.Bewonersorganisatie);
        var professional = await factory.SignedInAsync(RolCatalogus.Professional);
        var organisatie = (await (await bewoners.GetAsync("/api/v1/organisaties?soort=bewonersorganisatie&pageSize=100")).ReadExpectedAsync())["items"]!.AsArray()
            .First()!["id"]!.GetValue<Guid>();
        var verhaal = await (await bewoners.PostJsonAsync("/api/v1/etalage", Verhaal(organisatie))).ReadExpectedAsync(HttpStatusCode.Created);

        await (await professional.GetAsync($"/api/v1/etalage/{verhaal["id"]}")).AssertProblemAsync(404);
        await (await professional.PostJsonAsync($"/api/v1/etalage/{verhaal["id"]}/toestemmingen", new { door = "Iemand anders" })).AssertProblemAsync(404);

        // A story of the welfare organisation, nominated by the residents: its own member reads it and gives the consent.
        var welzijn = (await (await bewoners.GetAsync("/api/v1/organisaties?soort=welzijnsorganisatie&pageSize=100")).ReadExpectedAsync())["items"]!.AsArray()
            .First()!["id"]!.GetValue<Guid>();
        var vanWelzijn = await (await bewoners.PostJsonAsync("/api/v1/etalage", Verhaal(welzijn))).ReadExpectedAsync(HttpStatusCode.Created);
        var toegestemd = await (await professional.PostJsonAsync($"/api/v1/etalage/{vanWelzijn["id"]}/toestemmingen", new { door = "De teamleider" })).ReadExpectedAsync();
        Assert.Equal("De teamleider", toegestemd["toestemming"]!["door"]!.GetValue<string>());
        await (await bewoners.PostJsonAsync($"/api/v1/etalage/{vanWelzijn["id"]}/toestemmingen", new { door = "Niet van ons" })).AssertProblemAsync(403);
        Assert.Contains(Directory.GetFiles(factory.MailFolder, "*.eml").Select(File.ReadAllText),
            m => m.Contains(IdentityFactory.Email(RolCatalogus.GemeenteBeheerder)) && m.Contains("Genomineerd voor de etalage"));
        var lijst = (await (await factory.ForTenant("amsterdam").GetAsync("/api/v1/etalage?pageSize=100")).ReadExpectedAsync())["items"]!.AsArray();
        Assert.All(lijst, v => Assert.Equal("gepubliceerd", v!["status"]!.GetValue<string>()));
        await (await factory.ForTenant("amsterdam").GetAsync("/api/v1/etalage?status=bekroond")).AssertProblemAsync(400);
    }

    private static VerhaalInvoer Verhaal(Guid organisatie) => new(
        "De buurtkamer van de Oostbuurt", "Bewoners openden samen een buurtkamer in een leeg winkelpand.",
        "Begin klein, laat bewoners de sleutel houden en vraag de corporatie om het pand.", "buurtkamer@example.org", "watWerkt", organisatie, null, []);

    private sealed record VerhaalInvoer(string Titel, string Verhaal, string Lessen, string Contact, string Herkomst, Guid? OrganisatieId, Guid? WijkId, object[] Fotos);

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, string url, byte[] bytes, string contentType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return client.PostAsync(url, content);
    }
}
