using System.Net;
using System.Net.Http.Headers;
using Gemeenschapskracht.IntegrationTests.Infrastructure;

namespace Gemeenschapskracht.IntegrationTests;

/// <summary>A gemeente chooses its theme and logo; everyone may read them; no other gemeente sees them.</summary>
public sealed class InstellingenTests(TweeGemeentenFactory fixture) : IClassFixture<TweeGemeentenFactory>
{
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    [Fact]
    public async Task The_gemeente_beheerder_chooses_a_theme_that_everyone_sees()
    {
        var beheer = await fixture.AuthenticatedAsync(ApiFactory.AmsterdamBeheerClient, "amsterdam");
        using (var chosen = await beheer.PutJsonAsync("/api/v1/instellingen", new { thema = "groen" }))
            Assert.Equal(HttpStatusCode.OK, chosen.StatusCode);

        var publiek = await (await fixture.ForTenant("amsterdam").GetAsync("/api/v1/instellingen")).ReadJsonAsync();
        Assert.Equal("groen", publiek["thema"]!.GetValue<string>());
        Assert.Equal("Amsterdam", publiek["gemeente"]!.GetValue<string>());
        var elders = await (await fixture.ForTenant("aa-en-hunze").GetAsync("/api/v1/instellingen")).ReadJsonAsync();
        Assert.Equal("neutraal", elders["thema"]!.GetValue<string>());

        var problem = await (await beheer.PutJsonAsync("/api/v1/instellingen", new { thema = "roze" })).AssertProblemAsync(400);
        Assert.Contains("neutraal", problem["errors"]!["thema"]!.ToJsonString());
    }

    [Fact]
    public async Task A_logo_is_uploaded_served_and_kept_to_its_gemeente()
    {
        var beheer = await fixture.AuthenticatedAsync(ApiFactory.AmsterdamBeheerClient, "amsterdam");
        using (var upload = await beheer.PutAsync("/api/v1/instellingen/logo", Image(Png, "image/png")))
            Assert.True((await upload.ReadJsonAsync())["heeftLogo"]!.GetValue<bool>());

        using var logo = await fixture.ForTenant("amsterdam").GetAsync("/api/v1/instellingen/logo");
        Assert.Equal("image/png", logo.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Png, await logo.Content.ReadAsByteArrayAsync());
        await (await fixture.ForTenant("aa-en-hunze").GetAsync("/api/v1/instellingen/logo")).AssertProblemAsync(404);

        using (var removed = await beheer.DeleteAsync("/api/v1/instellingen/logo"))
            Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        await (await fixture.ForTenant("amsterdam").GetAsync("/api/v1/instellingen/logo")).AssertProblemAsync(404);
    }

    [Fact]
    public async Task Files_that_are_not_small_images_are_refused_whatever_they_claim()
    {
        var beheer = await fixture.AuthenticatedAsync(ApiFactory.AaEnHunzeBeheerClient, "aa-en-hunze");
        var script = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"u8.ToArray();
        var tooLarge = Png.Concat(new byte[300 * 1024]).ToArray();

        await (await beheer.PutAsync("/api/v1/instellingen/logo", Image(script, "image/png"))).AssertProblemAsync(400);
        await (await beheer.PutAsync("/api/v1/instellingen/logo", Image(tooLarge, "image/png"))).AssertProblemAsync(400);
        await (await beheer.PutAsync("/api/v1/instellingen/logo", Image([], "image/png"))).AssertProblemAsync(400);
        Assert.False((await (await fixture.ForTenant("aa-en-hunze").GetAsync("/api/v1/instellingen")).ReadJsonAsync())["heeftLogo"]!.GetValue<bool>());
    }

    private static ByteArrayContent Image(byte[] data, string type)
    {
        var content = new ByteArrayContent(data);
        content.Headers.ContentType = new MediaTypeHeaderValue(type);
        return content;
    }
}
