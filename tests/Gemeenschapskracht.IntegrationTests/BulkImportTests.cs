using System.Text.Json;
using Gemeenschapskracht.Domain.Gebieden;
using Gemeenschapskracht.Domain.Tenants;
using Gemeenschapskracht.Infrastructure.Persistence;
using Gemeenschapskracht.Infrastructure.Provisioning;
using Gemeenschapskracht.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gemeenschapskracht.IntegrationTests;

/// <summary>
/// All 342 gemeenten of the 2024 extract provisioned by the bulk command (the same code as the
/// <c>provision-all</c> verb), checked against the facts published with the extract.
/// </summary>
public sealed class BulkImportTests(BulkImportTests.Fixture fixture) : IClassFixture<BulkImportTests.Fixture>
{
    public sealed class Fixture : ApiFactory, IAsyncLifetime
    {
        public async Task InitializeAsync()
        {
            _ = CreateClient(); // starts the host: migrations, clients
            var report = await Services.GetRequiredService<BulkProvisioner>().ProvisionAllAsync(CancellationToken.None);
            Assert.Empty(report.Failed);
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task All_342_gemeenten_and_3393_wijken_are_provisioned()
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var catalog = scope.ServiceProvider.GetRequiredService<TenantCatalogDbContext>();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();

        Assert.Equal(342, await catalog.Tenants.CountAsync(t => t.ProvisioningStatus == ProvisioningStatus.Done));
        Assert.Equal(342, await db.Gebieden.IgnoreQueryFilters().CountAsync(g => g.Soort == GebiedSoort.Gemeente));
        Assert.Equal(3393, await db.Gebieden.IgnoreQueryFilters().CountAsync(g => g.Soort == GebiedSoort.Wijk));
        Assert.Equal(0, await db.Gebieden.IgnoreQueryFilters().CountAsync(g => g.Soort == GebiedSoort.Wijk && g.OuderId == null));
    }

    [Fact]
    public async Task Inhabitants_add_up_to_the_published_totals()
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var gemeenteInwoners = await db.Gebieden.IgnoreQueryFilters()
            .Where(g => g.Soort == GebiedSoort.Gemeente)
            .Join(db.Kerncijfers.IgnoreQueryFilters().Where(k => k.Maatstaf == "AantalInwoners"),
                g => g.Id, k => k.GebiedId, (g, k) => new { g.Code, k.Waarde })
            .ToListAsync();

        Assert.Equal(342, gemeenteInwoners.Count);
        Assert.Equal(17_942_942m, gemeenteInwoners.Sum(x => x.Waarde ?? 0));
        Assert.Equal(931_298m, gemeenteInwoners.Single(x => x.Code == "GM0363").Waarde);
    }

    [Fact]
    public async Task No_missing_value_becomes_zero()
    {
        var (nulls, zeros) = CountRawNullsAndZeros();
        await using var scope = fixture.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var kerncijfers = db.Kerncijfers.IgnoreQueryFilters();

        Assert.Equal(40, nulls);
        Assert.Equal(nulls, await kerncijfers.CountAsync(k => k.Waarde == null));
        Assert.Equal(zeros, await kerncijfers.CountAsync(k => k.Waarde == 0));
    }

    /// <summary>Counts nulls and zeros over the measure columns of the raw extract, independently of the importer.</summary>
    private static (int Nulls, int Zeros) CountRawNullsAndZeros()
    {
        string[] measures = ["AantalInwoners_5", "Mannen_6", "Vrouwen_7", "Bevolkingsdichtheid_34", "Woningvoorraad_35",
            "OppervlakteTotaal_122", "OppervlakteLand_123", "OppervlakteWater_124"];
        using var stream = File.OpenRead(Path.Combine(TestPaths.CbsExtract, "TypedDataSet.json"));
        using var document = JsonDocument.Parse(stream);
        var values = document.RootElement.GetProperty("value").EnumerateArray()
            .SelectMany(row => measures.Select(m => row.GetProperty(m))).ToList();
        return (values.Count(v => v.ValueKind == JsonValueKind.Null),
            values.Count(v => v.ValueKind == JsonValueKind.Number && v.GetDecimal() == 0));
    }
}
