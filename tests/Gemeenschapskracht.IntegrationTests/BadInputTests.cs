using System.Net;
using System.Text;
using Gemeenschapskracht.IntegrationTests.Infrastructure;

namespace Gemeenschapskracht.IntegrationTests;

/// <summary>Whatever a user can type gets a clear problem+json answer and changes nothing.</summary>
public sealed class BadInputTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Theory]
    [InlineData("GM9999", "gemeentecode")]
    [InlineData("0363", "gemeentecode")]
    [InlineData("gm0363", "gemeentecode")]
    public async Task An_unknown_or_malformed_gemeentecode_is_refused(string code, string field)
    {
        var platform = await factory.AuthenticatedAsync(ApiFactory.PlatformClient);
        var before = await CountGemeentenAsync(platform);
        using var response = await platform.PostJsonAsync("/api/v1/gemeenten", new { naam = "Nergens", slug = "nergens", gemeentecode = code });

        var problem = await response.AssertProblemAsync(400);
        Assert.NotNull(problem["errors"]![field]);
        Assert.Equal(before, await CountGemeentenAsync(platform));
    }

    [Theory]
    [InlineData("Amsterdam!")]
    [InlineData("a")]
    [InlineData("api")]
    [InlineData("-amsterdam")]
    [InlineData("")]
    public async Task A_malformed_or_reserved_slug_is_refused(string slug)
    {
        var platform = await factory.AuthenticatedAsync(ApiFactory.PlatformClient);
        var before = await CountGemeentenAsync(platform);
        using var response = await platform.PostJsonAsync("/api/v1/gemeenten", new { naam = "Amsterdam", slug, gemeentecode = "GM0363" });

        var problem = await response.AssertProblemAsync(400);
        Assert.NotNull(problem["errors"]!["slug"]);
        Assert.Equal(before, await CountGemeentenAsync(platform));
    }

    [Fact]
    public async Task Missing_fields_are_named_in_Dutch()
    {
        var platform = await factory.AuthenticatedAsync(ApiFactory.PlatformClient);
        using var response = await platform.PostJsonAsync("/api/v1/gemeenten", new { });

        var problem = await response.AssertProblemAsync(400);
        Assert.Contains("Vul de naam van de gemeente in.", problem["errors"]!["naam"]!.ToJsonString());
        Assert.NotNull(problem["errors"]!["slug"]);
        Assert.NotNull(problem["errors"]!["gemeentecode"]);
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem()
    {
        var platform = await factory.AuthenticatedAsync(ApiFactory.PlatformClient);
        var before = await CountGemeentenAsync(platform);
        using var content = new StringContent("{\"naam\": \"Delft\", \"slug\": ", Encoding.UTF8, "application/json");
        using var response = await platform.PostAsync("/api/v1/gemeenten", content);

        var problem = await response.AssertProblemAsync(400);
        Assert.Equal("De aanvraag bevat geen geldige JSON.", problem["detail"]!.GetValue<string>());
        Assert.Equal(before, await CountGemeentenAsync(platform));
    }

    [Fact]
    public async Task A_duplicate_slug_or_gemeentecode_is_a_conflict()
    {
        var platform = await factory.AuthenticatedAsync(ApiFactory.PlatformClient);
        await Provisioning.CreateAndWaitAsync(platform, "delft", "Delft", "GM0503");
        var before = await CountGemeentenAsync(platform);

        using var sameSlug = await platform.PostJsonAsync("/api/v1/gemeenten", new { naam = "Delft", slug = "delft", gemeentecode = "GM0518" });
        var problem = await sameSlug.AssertProblemAsync(409);
        Assert.Contains("delft", problem["detail"]!.GetValue<string>());
        using var sameCode = await platform.PostJsonAsync("/api/v1/gemeenten", new { naam = "Delft 2", slug = "delft-2", gemeentecode = "GM0503" });
        await sameCode.AssertProblemAsync(409);
        Assert.Equal(before, await CountGemeentenAsync(platform));
    }

    [Theory]
    [InlineData("/api/v1/gebieden?pageSize=0")]
    [InlineData("/api/v1/gebieden?pageSize=101")]
    [InlineData("/api/v1/gebieden?page=0")]
    [InlineData("/api/v1/gebieden?page=abc")]
    [InlineData("/api/v1/gebieden?soort=provincie")]
    [InlineData("/api/v1/gebieden?soort=1")]
    [InlineData("/api/v1/gebieden?ouderId=geen-guid")]
    public async Task Bad_query_parameters_are_a_400_problem(string url)
    {
        using var response = await factory.ForTenant("delft-nog-niet").GetAsync(url);
        // An unknown gemeente is refused before the parameters are read.
        await response.AssertProblemAsync(404);

        using var bad = await (await AaEnHunzeAsync()).GetAsync(url);
        await bad.AssertProblemAsync(400);
    }

    [Fact]
    public async Task A_gebied_cannot_be_moved_under_an_area_of_the_wrong_level()
    {
        var wijken = (await (await (await AaEnHunzeAsync()).GetAsync("/api/v1/gebieden?soort=wijk&pageSize=2")).ReadJsonAsync())["items"]!.AsArray();
        var beheer = await factory.AuthenticatedAsync(ApiFactory.AaEnHunzeBeheerClient, "aa-en-hunze");

        using var response = await beheer.PutJsonAsync($"/api/v1/gebieden/{wijken[0]!["id"]}",
            new { naam = "Onder een wijk", pilot = true, ouderId = wijken[1]!["id"]!.GetValue<Guid>() });

        var problem = await response.AssertProblemAsync(400);
        Assert.Contains("alleen onder een gemeente", problem["detail"]!.GetValue<string>());
        var unchanged = await (await beheer.GetAsync($"/api/v1/gebieden/{wijken[0]!["id"]}")).ReadJsonAsync();
        Assert.Null(unchanged["naam"]);
        Assert.False(unchanged["pilot"]!.GetValue<bool>());
    }

    [Fact]
    public async Task The_platform_beheerder_holds_no_role_inside_a_gemeente()
    {
        var wijk = (await (await (await AaEnHunzeAsync()).GetAsync("/api/v1/gebieden?soort=wijk&pageSize=1")).ReadJsonAsync())["items"]![0]!;
        var platform = await factory.AuthenticatedAsync(ApiFactory.PlatformClient);

        using var response = await platform.PutJsonAsync($"/aa-en-hunze/api/v1/gebieden/{wijk["id"]}", new { naam = "X", pilot = false, ouderId = wijk["ouderId"]!.GetValue<Guid>() });

        await response.AssertProblemAsync(403);
    }

    [Fact]
    public async Task A_put_that_leaves_out_a_field_is_refused_with_the_field_named_and_changes_nothing()
    {
        var platform = await factory.AuthenticatedAsync(ApiFactory.PlatformClient);
        await AaEnHunzeAsync();

        using var gemeente = await platform.PutJsonAsync("/api/v1/gemeenten/aa-en-hunze", new { naam = "Aa en Hunze" });
        var problem = await gemeente.AssertProblemAsync(400);
        Assert.NotNull(problem["errors"]!["actief"]);
        Assert.True((await (await platform.GetAsync("/api/v1/gemeenten/aa-en-hunze")).ReadJsonAsync())["actief"]!.GetValue<bool>());

        // The third wijk: the other tests of this class leave it alone.
        var wijk = (await (await (await AaEnHunzeAsync()).GetAsync("/api/v1/gebieden?soort=wijk&pageSize=3")).ReadJsonAsync())["items"]![2]!;
        var beheer = await factory.AuthenticatedAsync(ApiFactory.AaEnHunzeBeheerClient, "aa-en-hunze");
        using var pilot = await beheer.PutJsonAsync($"/api/v1/gebieden/{wijk["id"]}", new { naam = "Pilotwijk", pilot = true, ouderId = wijk["ouderId"] });
        Assert.True(pilot.IsSuccessStatusCode);
        Assert.Equal("Aa en Hunze", (await pilot.ReadJsonAsync())["ouderWeergavenaam"]!.GetValue<string>());
        using var withoutPilot = await beheer.PutJsonAsync($"/api/v1/gebieden/{wijk["id"]}", new { naam = "Andere naam", ouderId = wijk["ouderId"] });
        Assert.NotNull((await withoutPilot.AssertProblemAsync(400))["errors"]!["pilot"]);
        var unchanged = await (await beheer.GetAsync($"/api/v1/gebieden/{wijk["id"]}")).ReadJsonAsync();
        Assert.True(unchanged["pilot"]!.GetValue<bool>());
        Assert.Equal("Pilotwijk", unchanged["naam"]!.GetValue<string>());
        Assert.Equal("Aa en Hunze", unchanged["ouderWeergavenaam"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("Nul\\u0000teken")]
    [InlineData("Twee\\r\\nregels")]
    [InlineData("\\u202Eeiznel")]
    [InlineData("Omgekeerd\\u2067")]
    [InlineData("\\u200B\\u200D")]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Names_refuse_control_and_direction_characters_and_blank_values(string escaped)
    {
        var naam = System.Text.RegularExpressions.Regex.Unescape(escaped);
        var platform = await factory.AuthenticatedAsync(ApiFactory.PlatformClient);
        await AaEnHunzeAsync();
        var wijk = (await (await (await AaEnHunzeAsync()).GetAsync("/api/v1/gebieden?soort=wijk&pageSize=1")).ReadJsonAsync())["items"]![0]!;
        var beheer = await factory.AuthenticatedAsync(ApiFactory.AaEnHunzeBeheerClient, "aa-en-hunze");
        var before = await CountGemeentenAsync(platform);

        using var created = await platform.PostJsonAsync("/api/v1/gemeenten", new { naam, slug = "nieuw", gemeentecode = "GM0014" });
        using var renamed = await platform.PutJsonAsync("/api/v1/gemeenten/aa-en-hunze", new { naam, actief = true });
        using var gebied = await beheer.PutJsonAsync($"/api/v1/gebieden/{wijk["id"]}", new { naam, pilot = false, ouderId = wijk["ouderId"] });

        foreach (var response in new[] { created, renamed, gebied })
            Assert.NotNull((await response.AssertProblemAsync(400))["errors"]!["naam"]);
        Assert.Equal(before, await CountGemeentenAsync(platform));
        Assert.Equal("Aa en Hunze", (await (await platform.GetAsync("/api/v1/gemeenten/aa-en-hunze")).ReadJsonAsync())["naam"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("/api/v1/instellingen", "text/plain", "neutraal")]
    [InlineData("/api/v1/instellingen", "application/xml", "<thema>neutraal</thema>")]
    [InlineData("/api/v1/instellingen/logo", "image/svg+xml", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")]
    [InlineData("/api/v1/instellingen/logo", "application/json", "\"iVBORw0KGgo=\"")]
    public async Task A_body_of_a_type_the_endpoint_does_not_take_is_a_415(string path, string contentType, string body)
    {
        await AaEnHunzeAsync();
        var beheer = await factory.AuthenticatedAsync(ApiFactory.AaEnHunzeBeheerClient, "aa-en-hunze");

        using var response = await beheer.PutAsync(path, new StringContent(body, Encoding.UTF8, contentType));

        await response.AssertProblemAsync(415);
    }

    private async Task<HttpClient> AaEnHunzeAsync()
    {
        var platform = await factory.AuthenticatedAsync(ApiFactory.PlatformClient);
        if ((await platform.GetAsync("/api/v1/gemeenten/aa-en-hunze")).StatusCode == HttpStatusCode.NotFound)
            await Provisioning.CreateAndWaitAsync(platform, "aa-en-hunze", "Aa en Hunze", "GM1680");
        return factory.ForTenant("aa-en-hunze");
    }

    private static async Task<int> CountGemeentenAsync(HttpClient platform) =>
        (await (await platform.GetAsync("/api/v1/gemeenten")).ReadJsonAsync())["totalCount"]!.GetValue<int>();
}
