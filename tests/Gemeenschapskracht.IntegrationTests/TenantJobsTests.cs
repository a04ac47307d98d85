using Gemeenschapskracht.Application.Cbs;
using Gemeenschapskracht.Infrastructure.Cbs;
using Gemeenschapskracht.Infrastructure.Jobs;
using Gemeenschapskracht.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Gemeenschapskracht.IntegrationTests;

/// <summary>The recurring refresh (J1) runs per tenant in its own scope; one failing gemeente does not stop the others.</summary>
public sealed class TenantJobsTests(TenantJobsTests.Factory factory) : IClassFixture<TenantJobsTests.Factory>
{
    [Fact]
    public async Task A_failing_gemeente_does_not_stop_the_refresh_of_the_others()
    {
        var platform = await factory.AuthenticatedAsync(ApiFactory.PlatformClient);
        await Provisioning.CreateAndWaitAsync(platform, "amsterdam", "Amsterdam", "GM0363");
        await Provisioning.CreateAndWaitAsync(platform, "aa-en-hunze", "Aa en Hunze", "GM1680");
        var wijkenBefore = await CountWijkenAsync("aa-en-hunze");
        factory.Source.FailFor = "GM0363";

        var report = await ActivatorUtilities.CreateInstance<RefreshKerncijfersJob>(factory.Services).RunAsync(CancellationToken.None);

        Assert.Equal(["amsterdam"], report.Failed.Keys);
        Assert.Equal(["aa-en-hunze"], report.Succeeded);
        var amsterdam = await (await platform.GetAsync("/api/v1/gemeenten/amsterdam")).ReadJsonAsync();
        Assert.Equal("failed", amsterdam["inrichting"]!["status"]!.GetValue<string>());
        Assert.Contains("GM0363", amsterdam["inrichting"]!["fout"]!.GetValue<string>());
        Assert.Equal(wijkenBefore, await CountWijkenAsync("aa-en-hunze"));
        // The failed refresh rolled back: Amsterdam keeps the wijkindeling of its last good import.
        Assert.True(await CountWijkenAsync("amsterdam") > 0);
    }

    private async Task<int> CountWijkenAsync(string tenant) =>
        (await (await factory.ForTenant(tenant).GetAsync("/api/v1/gebieden?soort=wijk")).ReadJsonAsync())["totalCount"]!.GetValue<int>();

    public sealed class Factory : ApiFactory
    {
        public SwitchableSource Source { get; private set; } = null!;

        protected override void ConfigureServices(IServiceCollection services) =>
            services.AddSingleton<ICbsSource>(sp => Source = new SwitchableSource(sp.GetRequiredService<CbsFileSource>()));
    }

    /// <summary>The real extract, failing for one gemeente once told to.</summary>
    public sealed class SwitchableSource(ICbsSource inner) : ICbsSource
    {
        public string? FailFor { get; set; }

        public string Description => inner.Description;

        public Task<IReadOnlyDictionary<string, string>> GetGemeentenAsync(CancellationToken cancellationToken) =>
            inner.GetGemeentenAsync(cancellationToken);

        public Task<CbsDataSet> LoadGemeenteAsync(string gemeentecode, CancellationToken cancellationToken) =>
            gemeentecode == FailFor
                ? throw new CbsSourceException($"Testfout: de CBS-bron is onbereikbaar voor {gemeentecode}.")
                : inner.LoadGemeenteAsync(gemeentecode, cancellationToken);

        public Task<CbsDataSet> LoadAllAsync(CancellationToken cancellationToken) => inner.LoadAllAsync(cancellationToken);
    }
}
