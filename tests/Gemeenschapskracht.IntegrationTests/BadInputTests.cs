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
