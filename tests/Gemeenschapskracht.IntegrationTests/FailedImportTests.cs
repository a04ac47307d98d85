using Gemeenschapskracht.Application.Cbs;
using Gemeenschapskracht.Infrastructure.Cbs;
using Gemeenschapskracht.Infrastructure.Persistence;
using Gemeenschapskracht.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gemeenschapskracht.IntegrationTests;

/// <summary>An import that fails half-way records the reason and leaves no partial wijkindeling behind.</summary>
public sealed class FailedImportTests(FailedImportTests.Factory factory) : IClassFixture<FailedImportTests.Factory>
{
    [Fact]
    public async Task A_failing_import_is_rolled_back_and_reported()
    {
        var platform = await factory.AuthenticatedAsync(ApiFactory.PlatformClient);
        var gemeente = await Provisioning.CreateAndWaitAsync(platform, "amsterdam", "Amsterdam", "GM0363");

        Assert.Equal("failed", gemeente["inrichting"]!["status"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(gemeente["inrichting"]!["fout"]!.GetValue<string>()));
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        Assert.Equal(0, await db.Gebieden.IgnoreQueryFilters().CountAsync());
        Assert.Equal(0, await db.Kerncijfers.IgnoreQueryFilters().CountAsync());
        var list = await (await factory.ForTenant("amsterdam").GetAsync("/api/v1/gebieden")).ReadJsonAsync();
        Assert.Equal(0, list["totalCount"]!.GetValue<int>());
    }

    /// <summary>The real extract, but the last measure lacks its title: the save fails after rows were written.</summary>
    public sealed class Factory : ApiFactory
    {
        protected override void ConfigureServices(IServiceCollection services) =>
            services.AddSingleton<ICbsSource>(sp => new BrokenSource(sp.GetRequiredService<CbsFileSource>()));
    }

    private sealed class BrokenSource(ICbsSource inner) : ICbsSource
    {
        public string Description => inner.Description;

        public Task<IReadOnlyDictionary<string, string>> GetGemeentenAsync(CancellationToken cancellationToken) =>
            inner.GetGemeentenAsync(cancellationToken);

        public async Task<CbsDataSet> LoadGemeenteAsync(string gemeentecode, CancellationToken cancellationToken)
        {
            var data = await inner.LoadGemeenteAsync(gemeentecode, cancellationToken);
            var measures = data.Measures.ToList();
            measures[^1] = measures[^1] with { Title = null! };
            return data with { Measures = measures };
        }

        public Task<CbsDataSet> LoadAllAsync(CancellationToken cancellationToken) => inner.LoadAllAsync(cancellationToken);
    }
}
