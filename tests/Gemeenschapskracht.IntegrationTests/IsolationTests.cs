using System.Net;
using System.Text.Json.Nodes;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gemeenschapskracht.IntegrationTests;

/// <summary>
/// Tenant isolation over every area endpoint: with gemeente B's context (and B's own token) on gemeente A's
/// data, every call answers 404 and leaks nothing. Tokens for A are refused on B.
/// </summary>
public sealed class IsolationTests(IsolationTests.Fixture fixture) : IClassFixture<IsolationTests.Fixture>
{
    public sealed class Fixture : ApiFactory, IAsyncLifetime
    {
        public JsonNode AmsterdamWijk { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            var platform = await this.AuthenticatedAsync(PlatformClient);
            await Provisioning.CreateAndWaitAsync(platform, "amsterdam", "Amsterdam", "GM0363");
            await Provisioning.CreateAndWaitAsync(platform, "aa-en-hunze", "Aa en Hunze", "GM1680");
            AmsterdamWijk = (await (await this.ForTenant("amsterdam").GetAsync("/api/v1/gebieden?soort=wijk&pageSize=1")).ReadJsonAsync())["items"]![0]!;
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    public static TheoryData<string, string> AreaEndpoints => new()
    {
        { "GET", "/api/v1/gebieden/{id}" },
        { "PUT", "/api/v1/gebieden/{id}" },
    };

    [Theory]
    [MemberData(nameof(AreaEndpoints))]
    public async Task Tenant_B_cannot_reach_tenant_A_areas(string method, string template)
    {
        var id = fixture.AmsterdamWijk["id"]!.GetValue<Guid>();
        var code = fixture.AmsterdamWijk["code"]!.GetValue<string>();
        var b = await fixture.AuthenticatedAsync(ApiFactory.AaEnHunzeBeheerClient, "aa-en-hunze");

        using var request = new HttpRequestMessage(new HttpMethod(method), template.Replace("{id}", id.ToString()));
        if (method == "PUT")
            request.Content = JsonContent(new { naam = "Overgenomen", pilot = true, ouderId = (Guid?)null });
        using var response = await b.SendAsync(request);

        var problem = await response.AssertProblemAsync(404);
        Assert.DoesNotContain(code, problem.ToJsonString());
        var stillA = await (await fixture.ForTenant("amsterdam").GetAsync($"/api/v1/gebieden/{id}")).ReadJsonAsync();
        Assert.Null(stillA["naam"]);
        Assert.False(stillA["pilot"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Tenant_B_lists_only_its_own_areas()
    {
        var a = await ListAllIdsAsync("amsterdam");
        var b = await ListAllIdsAsync("aa-en-hunze");

        Assert.NotEmpty(a);
        Assert.NotEmpty(b);
        Assert.Empty(a.Intersect(b));
        using var filtered = await fixture.ForTenant("aa-en-hunze").GetAsync($"/api/v1/gebieden?ouderId={fixture.AmsterdamWijk["ouderId"]}");
        Assert.Equal(0, (await filtered.ReadJsonAsync())["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_token_for_gemeente_A_is_refused_on_gemeente_B()
    {
        var amsterdamToken = await fixture.AuthenticatedAsync(ApiFactory.AmsterdamBeheerClient, "aa-en-hunze");
        using var response = await amsterdamToken.GetAsync("/api/v1/gebieden");

        var problem = await response.AssertProblemAsync(403);
        Assert.Equal("Verkeerde gemeente", problem["title"]!.GetValue<string>());
        await using var scope = fixture.Services.CreateAsyncScope();
        var catalog = scope.ServiceProvider.GetRequiredService<Gemeenschapskracht.Infrastructure.Persistence.TenantCatalogDbContext>();
        Assert.True(await catalog.AuditRecords.IgnoreQueryFilters([QueryFilters.Tenant]).AnyAsync(a => a.Action == "geweigerd" && a.Actor == ApiFactory.AmsterdamBeheerClient
                                                             && a.Changes!.Contains("amsterdam")));
    }

    [Fact]
    public async Task A_tenant_can_be_named_by_host_path_prefix_or_header_and_the_host_wins()
    {
        var client = fixture.CreateClient();
        using var byPrefix = await client.GetAsync("/aa-en-hunze/api/v1/gebieden?soort=gemeente");
        Assert.Equal("GM1680", (await byPrefix.ReadJsonAsync())["items"]![0]!["code"]!.GetValue<string>());

        using var byHost = new HttpRequestMessage(HttpMethod.Get, "/api/v1/gebieden?soort=gemeente");
        byHost.Headers.Host = $"amsterdam.{ApiFactory.BaseDomain}";
        byHost.Headers.Add("Gemeente", "aa-en-hunze");
        using var hostResponse = await client.SendAsync(byHost);
        Assert.Equal("GM0363", (await hostResponse.ReadJsonAsync())["items"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_unknown_gemeente_is_404_and_an_inactive_one_403()
    {
        using var unknown = await fixture.ForTenant("atlantis").GetAsync("/api/v1/gebieden");
        await unknown.AssertProblemAsync(404);

        var platform = await fixture.AuthenticatedAsync(ApiFactory.PlatformClient);
        await Provisioning.CreateAndWaitAsync(platform, "delft", "Delft", "GM0503");
        using (var deactivate = await platform.PutJsonAsync("/api/v1/gemeenten/delft", new { naam = "Delft", actief = false }))
            Assert.Equal(HttpStatusCode.OK, deactivate.StatusCode);
        using var inactive = await fixture.ForTenant("delft").GetAsync("/api/v1/gebieden");
        await inactive.AssertProblemAsync(403);
    }

    [Fact]
    public async Task Tenant_endpoints_without_a_gemeente_are_a_400_problem()
    {
        using var response = await fixture.CreateClient().GetAsync("/api/v1/gebieden");
        var problem = await response.AssertProblemAsync(400);
        Assert.Equal("Geen gemeente opgegeven", problem["title"]!.GetValue<string>());
    }

    private async Task<HashSet<Guid>> ListAllIdsAsync(string tenant)
    {
        var ids = new HashSet<Guid>();
        var client = fixture.ForTenant(tenant);
        for (var page = 1; ; page++)
        {
            var body = await (await client.GetAsync($"/api/v1/gebieden?page={page}&pageSize=100")).ReadJsonAsync();
            foreach (var item in body["items"]!.AsArray())
                ids.Add(item!["id"]!.GetValue<Guid>());
            if (page >= body["totalPages"]!.GetValue<int>())
                return ids;
        }
    }

    private static StringContent JsonContent(object body) =>
        new(System.Text.Json.JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json");
}
