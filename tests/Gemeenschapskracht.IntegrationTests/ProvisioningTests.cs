using System.Net;
using System.Text.Json;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Domain.Gebieden;
using Gemeenschapskracht.Infrastructure.Persistence;
using Gemeenschapskracht.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gemeenschapskracht.IntegrationTests;

/// <summary>A platform-beheerder provisions Amsterdam; the job imports its wijkindeling from the CBS extract.</summary>
public sealed class ProvisioningTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Creating_a_gemeente_imports_its_wijken_with_figures_and_source()
    {
        var platform = await factory.AuthenticatedAsync(ApiFactory.PlatformClient);
        var gemeente = await Provisioning.CreateAndWaitAsync(platform, "amsterdam", "Amsterdam", "GM0363");

        var expectedWijken = CountRows(r => r.StartsWith("WK0363", StringComparison.Ordinal));
        Assert.Equal("done", gemeente["inrichting"]!["status"]!.GetValue<string>());
        Assert.Equal(1 + expectedWijken, gemeente["inrichting"]!["aantalGebieden"]!.GetValue<int>());

        var publiek = factory.ForTenant("amsterdam");
        var wijken = await (await publiek.GetAsync("/api/v1/gebieden?soort=wijk&pageSize=100")).ReadJsonAsync();
        Assert.Equal(expectedWijken, wijken["totalCount"]!.GetValue<int>());

        var gemeenteGebied = (await (await publiek.GetAsync("/api/v1/gebieden?soort=gemeente")).ReadJsonAsync())["items"]![0]!;
        Assert.Equal("GM0363", gemeenteGebied["code"]!.GetValue<string>());
        var detail = await (await publiek.GetAsync($"/api/v1/gebieden/{gemeenteGebied["id"]}")).ReadJsonAsync();
        var inwoners = detail["kerncijfers"]!.AsArray().Single(k => k!["maatstaf"]!.GetValue<string>() == "AantalInwoners")!;
        Assert.Equal(931298m, inwoners["waarde"]!.GetValue<decimal>());
        Assert.Equal("CBS, Kerncijfers wijken en buurten 2024", inwoners["bron"]!.GetValue<string>());
        Assert.Equal(2024, inwoners["jaar"]!.GetValue<int>());

        // Every wijk hangs under the gemeente.
        var eerste = wijken["items"]![0]!;
        Assert.Equal(gemeenteGebied["id"]!.GetValue<Guid>(), eerste["ouderId"]!.GetValue<Guid>());
        Assert.Equal(eerste["code"]!.GetValue<string>(), eerste["weergavenaam"]!.GetValue<string>());
    }

    [Fact]
    public async Task Provisioning_again_is_idempotent_and_keeps_what_the_gemeente_edited()
    {
        var platform = await factory.AuthenticatedAsync(ApiFactory.PlatformClient);
        await Provisioning.CreateAndWaitAsync(platform, "aa-en-hunze", "Aa en Hunze", "GM1680");
        var beheer = await factory.AuthenticatedAsync(ApiFactory.AaEnHunzeBeheerClient, "aa-en-hunze");
        var wijk = (await (await beheer.GetAsync("/api/v1/gebieden?soort=wijk&pageSize=1")).ReadJsonAsync())["items"]![0]!;
        using (var edit = await beheer.PutJsonAsync($"/api/v1/gebieden/{wijk["id"]}", new { naam = "Gieten en omstreken", pilot = true, ouderId = wijk["ouderId"]!.GetValue<Guid>() }))
            Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        var before = await CountGebiedenAsync("aa-en-hunze");

        using var again = await platform.PostAsync("/api/v1/gemeenten/aa-en-hunze/inrichtingen", null);
        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        var gemeente = await Provisioning.WaitUntilFinishedAsync(platform, "aa-en-hunze");

        Assert.Equal("done", gemeente["inrichting"]!["status"]!.GetValue<string>());
        Assert.Equal(before, await CountGebiedenAsync("aa-en-hunze"));
        var after = await (await beheer.GetAsync($"/api/v1/gebieden/{wijk["id"]}")).ReadJsonAsync();
        Assert.Equal("Gieten en omstreken", after["naam"]!.GetValue<string>());
        Assert.True(after["pilot"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Changes_to_a_gemeente_and_its_areas_are_audited()
    {
        var platform = await factory.AuthenticatedAsync(ApiFactory.PlatformClient);
        await Provisioning.CreateAndWaitAsync(platform, "groningen", "Groningen", "GM0014");

        await using var scope = factory.Services.CreateAsyncScope();
        var catalog = scope.ServiceProvider.GetRequiredService<TenantCatalogDbContext>();
        var tenant = await catalog.Tenants.SingleAsync(t => t.Identifier == "groningen");
        var records = await catalog.AuditRecords.IgnoreQueryFilters([QueryFilters.Tenant]).Where(a => a.TenantId == tenant.Id).ToListAsync();
        Assert.Contains(records, r => r.ObjectType == "TenantInfo" && r.Action == "aangemaakt" && r.Actor == ApiFactory.PlatformClient);
        Assert.Contains(records, r => r.ObjectType == "TenantInfo" && r.Action == "gewijzigd");
        Assert.Equal(1 + CountRows(r => r.StartsWith("WK0014", StringComparison.Ordinal)),
            records.Count(r => r.ObjectType == nameof(Gebied) && r.Action == "aangemaakt"));
    }

    private async Task<int> CountGebiedenAsync(string slug)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var catalog = scope.ServiceProvider.GetRequiredService<TenantCatalogDbContext>();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var tenantId = (await catalog.Tenants.SingleAsync(t => t.Identifier == slug)).Id;
        return await db.Gebieden.IgnoreQueryFilters().CountAsync(g => EF.Property<Guid>(g, "TenantId") == tenantId);
    }

    internal static int CountRows(Func<string, bool> codeMatches)
    {
        using var stream = File.OpenRead(Path.Combine(TestPaths.CbsExtract, "TypedDataSet.json"));
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.GetProperty("value").EnumerateArray()
            .Count(row => codeMatches(row.GetProperty("WijkenEnBuurten").GetString()!.Trim()));
    }
}
