using System.Net;
using Gemeenschapskracht.Application.Cbs;
using Gemeenschapskracht.Domain.Gebieden;
using Gemeenschapskracht.Infrastructure.Cbs;
using Microsoft.Extensions.Options;

namespace Gemeenschapskracht.UnitTests.Cbs;

public sealed class CbsODataSourceTests
{
    [Fact]
    public async Task Loads_one_gemeente_with_a_startswith_filter()
    {
        var handler = new FakeCbsODataHandler();

        var amsterdam = await Source(handler).LoadGemeenteAsync("GM0363", default);

        Assert.Equal("85984NED", amsterdam.TableId);
        Assert.Equal(2024, amsterdam.Year);
        Assert.Equal(931_298m, Assert.Single(amsterdam.Regions, r => r.Soort == GebiedSoort.Gemeente).Values["AantalInwoners"]);
        Assert.Equal(110, amsterdam.Regions.Count(r => r.Soort == GebiedSoort.Wijk));
        Assert.Contains(amsterdam.Regions, r => r.Code == "WK0363AA");

        var request = Assert.Single(handler.Requests, u => u.AbsolutePath.EndsWith("/TypedDataSet"));
        string filter = Uri.UnescapeDataString(request.Query);
        Assert.Contains("startswith(WijkenEnBuurten,'GM0363') or startswith(WijkenEnBuurten,'WK0363') or startswith(WijkenEnBuurten,'BU0363')", filter);
    }

    [Fact]
    public async Task Follows_next_links_when_the_server_pages()
    {
        var unpaged = await Source(new FakeCbsODataHandler()).LoadGemeenteAsync("GM0363", default);
        var handler = new FakeCbsODataHandler(serverPageSize: 25);

        var paged = await Source(handler).LoadGemeenteAsync("GM0363", default);

        Assert.Equal(5, handler.Requests.Count(u => u.AbsolutePath.EndsWith("/TypedDataSet")));
        Assert.Equal(unpaged.Regions.Select(r => r.Code), paged.Regions.Select(r => r.Code));
        Assert.Equal(unpaged.Regions.Select(r => r.Values["AantalInwoners"]), paged.Regions.Select(r => r.Values["AantalInwoners"]));
    }

    [Fact]
    public async Task Loads_the_whole_table_in_top_skip_windows()
    {
        var handler = new FakeCbsODataHandler();

        var all = await Source(handler, pageSize: 1000).LoadAllAsync(default);

        Assert.Equal(4, handler.Requests.Count(u => u.AbsolutePath.EndsWith("/TypedDataSet")));
        Assert.Equal(342, all.Regions.Count(r => r.Soort == GebiedSoort.Gemeente));
        Assert.Equal(3393, all.Regions.Count(r => r.Soort == GebiedSoort.Wijk));
        Assert.Equal(17_942_942m, all.Regions.Where(r => r.Soort == GebiedSoort.Gemeente).Sum(r => r.Values["AantalInwoners"]));
        Assert.Equal(8, all.Measures.Count);
    }

    [Fact]
    public async Task Combines_windows_and_next_links()
    {
        var handler = new FakeCbsODataHandler(serverPageSize: 400);

        var all = await Source(handler, pageSize: 1000).LoadAllAsync(default);

        Assert.Equal(3735, all.Regions.Count);
        Assert.Equal(all.Regions.Count, all.Regions.Select(r => r.Code).Distinct().Count());
    }

    [Fact]
    public async Task Lists_gemeenten_selecting_only_the_region_columns()
    {
        var handler = new FakeCbsODataHandler();
        var source = Source(handler);

        var gemeenten = await source.GetGemeentenAsync(default);
        await source.LoadGemeenteAsync("GM0014", default);

        Assert.Equal(342, gemeenten.Count);
        Assert.Equal("Amsterdam", gemeenten["GM0363"]);
        var request = handler.Requests.First(u => u.AbsolutePath.EndsWith("/TypedDataSet"));
        Assert.Contains("$select=WijkenEnBuurten,Gemeentenaam_1,SoortRegio_2", Uri.UnescapeDataString(request.Query));
        Assert.Single(handler.Requests, u => u.AbsolutePath.EndsWith("/DataProperties"));
    }

    [Fact]
    public async Task Unknown_gemeentecode_is_a_source_error()
    {
        var ex = await Assert.ThrowsAsync<CbsSourceException>(() =>
            Source(new FakeCbsODataHandler()).LoadGemeenteAsync("GM9999", default));

        Assert.StartsWith("Gemeentecode GM9999 komt niet voor in de CBS-bron", ex.Message);
    }

    [Fact]
    public async Task Http_errors_and_unreadable_answers_are_source_errors()
    {
        var failing = new FakeCbsODataHandler { Status = HttpStatusCode.InternalServerError };
        var garbled = new FakeCbsODataHandler { Body = "<html>onderhoud</html>" };

        var http = await Assert.ThrowsAsync<CbsSourceException>(() => Source(failing).LoadAllAsync(default));
        var body = await Assert.ThrowsAsync<CbsSourceException>(() => Source(garbled).LoadAllAsync(default));

        Assert.Contains("HTTP 500", http.Message);
        Assert.Contains("is onleesbaar", body.Message);
    }

    private static CbsODataSource Source(FakeCbsODataHandler handler, int pageSize = 10_000) =>
        new(
            new SingleClientFactory(handler),
            Options.Create(new CbsOptions { Source = CbsSourceKind.OData, ODataUrl = FakeCbsODataHandler.BaseUrl + "/", ODataPageSize = pageSize }));

    private sealed class SingleClientFactory(HttpMessageHandler handler) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(handler, disposeHandler: false);
    }
}
