using Gemeenschapskracht.Application.Cbs;
using Gemeenschapskracht.Domain.Gebieden;
using Gemeenschapskracht.Infrastructure.Cbs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Gemeenschapskracht.UnitTests.Cbs;

public sealed class CbsServiceCollectionExtensionsTests
{
    [Fact]
    public void Defaults_to_the_demo_source()
    {
        using var provider = Build([]);

        Assert.IsType<CbsDemoSource>(provider.GetRequiredService<ICbsSource>());
    }

    [Fact]
    public async Task A_missing_folder_registers_fine_and_fails_at_load_time()
    {
        using var provider = Build(new() { ["Cbs:Source"] = "File", ["Cbs:Folder"] = "/nonexistent/cbs" });

        var source = provider.GetRequiredService<ICbsSource>();

        Assert.IsType<CbsFileSource>(source);
        Assert.Same(source, provider.GetRequiredService<ICbsSource>());
        await Assert.ThrowsAsync<CbsSourceException>(() => source.LoadAllAsync(default));
    }

    [Fact]
    public async Task Reads_the_configured_folder()
    {
        using var provider = Build(new() { ["Cbs:Source"] = "file", ["Cbs:Folder"] = CbsTestData.Folder });

        var gemeenten = await provider.GetRequiredService<ICbsSource>().GetGemeentenAsync(default);

        Assert.Equal(342, gemeenten.Count);
    }

    [Fact]
    public async Task OData_uses_the_named_http_client()
    {
        var handler = new FakeCbsODataHandler();
        using var provider = Build(
            new() { ["Cbs:Source"] = "OData", ["Cbs:ODataUrl"] = FakeCbsODataHandler.BaseUrl },
            services => services.AddHttpClient(CbsODataSource.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => handler));

        var source = provider.GetRequiredService<ICbsSource>();
        var groningen = await source.LoadGemeenteAsync("GM0014", default);

        Assert.IsType<CbsODataSource>(source);
        Assert.Equal("Groningen", Assert.Single(groningen.Regions, r => r.Soort == GebiedSoort.Gemeente).Gemeentenaam);
        Assert.All(handler.Requests, u => Assert.StartsWith(FakeCbsODataHandler.BaseUrl, u.ToString()));
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings, Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddCbsSource(configuration);
        configure?.Invoke(services);
        return services.BuildServiceProvider();
    }
}
