using System.Net;
using Gemeenschapskracht.IntegrationTests.Infrastructure;

namespace Gemeenschapskracht.IntegrationTests;

/// <summary>NL API Design Rules that a linter cannot see, plus security headers, health and paging.</summary>
public sealed class ApiConventionsTests(ApiConventionsTests.Fixture fixture) : IClassFixture<ApiConventionsTests.Fixture>
{
    public sealed class Fixture : ApiFactory, IAsyncLifetime
    {
        public async Task InitializeAsync() =>
            await Provisioning.CreateAndWaitAsync(await this.AuthenticatedAsync(PlatformClient), "aa-en-hunze", "Aa en Hunze", "GM1680");

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task The_openapi_document_is_public_under_the_base_path()
    {
        using var response = await fixture.CreateClient().GetAsync("/api/v1/openapi.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.ReadJsonAsync();
        Assert.Equal("/api/v1", document["servers"]![0]!["url"]!.GetValue<string>());
        Assert.NotNull(document["paths"]!["/gebieden"]);
        Assert.NotNull(document["info"]!["contact"]!["email"]);
    }

    [Fact]
    public async Task Every_operation_has_a_unique_operation_id_named_after_its_handler_method()
    {
        var document = await (await fixture.CreateClient().GetAsync("/api/v1/openapi.json")).ReadJsonAsync();
        var ids = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(op => op.Value!["operationId"]?.GetValue<string>()))
            .ToList();

        var handlers = Gemeenschapskracht.Api.Endpoints.Conventions.EndpointGroupRegistration.Discover()
            .SelectMany(g => g.GetType().GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.DeclaredOnly))
            .Select(m => m.Name);

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(handlers.Order(), ids.Order());
    }

    /// <summary>
    /// Two types of one name in different features become <c>Name</c> and <c>Name2</c> in the document, and the
    /// generated client's <c>Name2</c> says nothing about what it is: every schema name is a feature's own.
    /// </summary>
    [Fact]
    public async Task No_two_types_share_a_schema_name()
    {
        var document = await (await fixture.CreateClient().GetAsync("/api/v1/openapi.json")).ReadJsonAsync();

        var genummerd = document["components"]!["schemas"]!.AsObject().Select(s => s.Key).Where(n => char.IsDigit(n[^1])).ToList();

        Assert.Empty(genummerd);
    }

    [Fact]
    public async Task Every_path_belongs_to_an_endpoint_group()
    {
        var routes = Gemeenschapskracht.Api.Endpoints.Conventions.EndpointGroupRegistration.Discover().Select(g => g.Route).ToHashSet();
        var document = await (await fixture.CreateClient().GetAsync("/api/v1/openapi.json")).ReadJsonAsync();

        Assert.All(document["paths"]!.AsObject(), path => Assert.Contains(path.Key.Split('/')[1], routes));
    }

    [Fact]
    public async Task Every_gemeente_group_refuses_a_read_that_names_no_gemeente()
    {
        var gemeenteRoutes = Gemeenschapskracht.Api.Endpoints.Conventions.EndpointGroupRegistration.Discover()
            .Where(g => g.Tenant == Gemeenschapskracht.Api.Endpoints.Conventions.TenantScope.Gemeente).Select(g => g.Route).ToHashSet();
        var document = await (await fixture.CreateClient().GetAsync("/api/v1/openapi.json")).ReadJsonAsync();
        var reads = document["paths"]!.AsObject()
            .Where(p => p.Value!["get"] is not null && !p.Key.Contains('{') && gemeenteRoutes.Contains(p.Key.Split('/')[1]))
            .Select(p => p.Key)
            .ToList();
        Assert.Contains("/gebieden", reads);

        var platform = await fixture.AuthenticatedAsync(ApiFactory.PlatformClient);
        foreach (var path in reads)
        {
            using var response = await platform.GetAsync("/api/v1" + path);
            var problem = await response.AssertProblemAsync(400);
            Assert.Equal("Geen gemeente opgegeven", problem["title"]!.GetValue<string>());
        }
    }

    [Theory]
    [InlineData("/api/v1/gebieden/")]
    [InlineData("/api/v1/gemeenten/")]
    [InlineData("/api/v1/openapi.json/")]
    public async Task A_trailing_slash_is_a_404_problem(string url)
    {
        using var response = await fixture.ForTenant("aa-en-hunze").GetAsync(url);
        await response.AssertProblemAsync(404);
    }

    [Theory]
    [InlineData("/api/v1/gebieden")]
    [InlineData("/api/v1/gemeenten")]
    [InlineData("/api/v1/bestaat-niet")]
    public async Task Every_response_carries_the_version_and_security_headers(string url)
    {
        using var response = await fixture.ForTenant("aa-en-hunze").GetAsync(url);
        Assert.Equal("1.0.0", response.Headers.GetValues("API-Version").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task An_unknown_path_is_a_Dutch_404_problem()
    {
        using var response = await fixture.CreateClient().GetAsync("/api/v1/bestaat-niet");
        var problem = await response.AssertProblemAsync(404);
        Assert.Equal("Niet gevonden", problem["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Lists_are_paged_with_a_link_header()
    {
        var client = fixture.ForTenant("aa-en-hunze");
        using var response = await client.GetAsync("/api/v1/gebieden?soort=wijk&page=2&pageSize=3");
        var body = await response.ReadJsonAsync();

        var total = ProvisioningTests.CountRows(c => c.StartsWith("WK1680", StringComparison.Ordinal));
        Assert.Equal(total, body["totalCount"]!.GetValue<int>());
        Assert.Equal(3, body["items"]!.AsArray().Count);
        Assert.Equal((total + 2) / 3, body["totalPages"]!.GetValue<int>());
        var link = response.Headers.GetValues("Link").Single();
        Assert.Contains("soort=wijk&page=1&pageSize=3>; rel=\"first\"", link);
        Assert.Contains("soort=wijk&page=1&pageSize=3>; rel=\"prev\"", link);
        Assert.Contains("soort=wijk&page=3&pageSize=3>; rel=\"next\"", link);
        Assert.Contains($"soort=wijk&page={(total + 2) / 3}&pageSize=3>; rel=\"last\"", link);

        var secondPage = body["items"]!.AsArray().Select(i => i!["code"]!.GetValue<string>()).ToList();
        var firstPage = (await (await client.GetAsync("/api/v1/gebieden?soort=wijk&page=1&pageSize=3")).ReadJsonAsync())["items"]!
            .AsArray().Select(i => i!["code"]!.GetValue<string>()).ToList();
        Assert.Empty(firstPage.Intersect(secondPage));
        Assert.True(string.CompareOrdinal(firstPage[^1], secondPage[0]) < 0);
    }

    [Fact]
    public async Task Health_endpoints_report_live_and_ready()
    {
        var client = fixture.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        using var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_hangfire_dashboard_is_only_for_the_platform_beheerder()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.CreateClient().GetAsync("/hangfire")).StatusCode);
        var beheer = await fixture.AuthenticatedAsync(ApiFactory.AaEnHunzeBeheerClient, "aa-en-hunze");
        Assert.Equal(HttpStatusCode.Forbidden, (await beheer.GetAsync("/hangfire")).StatusCode);
        var platform = await fixture.AuthenticatedAsync(ApiFactory.PlatformClient);
        Assert.Equal(HttpStatusCode.OK, (await platform.GetAsync("/hangfire")).StatusCode);
    }
}
