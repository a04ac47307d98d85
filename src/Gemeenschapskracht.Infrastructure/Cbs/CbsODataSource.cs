using System.Text.Json;
using Gemeenschapskracht.Application.Cbs;
using Gemeenschapskracht.Domain.Gebieden;
using Microsoft.Extensions.Options;

namespace Gemeenschapskracht.Infrastructure.Cbs;

/// <summary>
/// The live CBS OData v3 feed (<c>{ODataUrl}/DataProperties</c> and <c>{ODataUrl}/TypedDataSet</c>).
/// One gemeente is fetched with <c>startswith(WijkenEnBuurten,'GM0363') or …'WK0363' or …'BU0363'</c>.
/// Uses a named client from <see cref="IHttpClientFactory"/> per request, because this source is a singleton.
/// </summary>
public sealed class CbsODataSource(IHttpClientFactory httpClientFactory, IOptions<CbsOptions> options) : ICbsSource
{
    public const string HttpClientName = "Cbs.OData";

    private readonly SemaphoreSlim _propertiesGate = new(1, 1);
    private CbsDataProperties? _properties;

    public string Description => $"CBS OData-feed {BaseUrl}";

    private string BaseUrl => options.Value.ODataUrl.TrimEnd('/');

    public async Task<IReadOnlyDictionary<string, string>> GetGemeentenAsync(CancellationToken cancellationToken)
    {
        var properties = await GetPropertiesAsync(cancellationToken);
        var select = new[] { properties.RegionKey, properties.GemeentenaamKey, properties.SoortRegioKey }.OfType<string>();
        var (_, regions) = await FetchRowsAsync(
            properties, $"startswith({properties.RegionKey},'GM')", string.Join(',', select), cancellationToken);
        return CbsDataSetComposer.Gemeenten(regions);
    }

    public async Task<CbsDataSet> LoadGemeenteAsync(string gemeentecode, CancellationToken cancellationToken)
    {
        var code = CbsGemeentecode.Normalize(gemeentecode);
        var properties = await GetPropertiesAsync(cancellationToken);
        string digits = code[2..];
        string key = properties.RegionKey;
        string filter = $"startswith({key},'GM{digits}') or startswith({key},'WK{digits}') or startswith({key},'BU{digits}')";
        var (tableId, regions) = await FetchRowsAsync(properties, filter, select: null, cancellationToken);

        var own = regions.Where(r => r.Gemeentecode == code).ToArray();
        if (!own.Any(r => r.Soort == GebiedSoort.Gemeente))
        {
            throw CbsGemeentecode.Unknown(code, Description);
        }

        return Compose(tableId, properties, own);
    }

    public async Task<CbsDataSet> LoadAllAsync(CancellationToken cancellationToken)
    {
        var properties = await GetPropertiesAsync(cancellationToken);
        var (tableId, regions) = await FetchRowsAsync(properties, filter: null, select: null, cancellationToken);
        return Compose(tableId, properties, regions);
    }

    private CbsDataSet Compose(string? tableId, CbsDataProperties properties, IReadOnlyList<CbsRegion> regions) =>
        CbsDataSetComposer.Compose(
            tableId ?? options.Value.TableId,
            CbsDataSetComposer.KwbTitle(properties.Year),
            isFictional: false,
            properties,
            regions);

    private async Task<CbsDataProperties> GetPropertiesAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _properties) is { } cached)
        {
            return cached;
        }

        await _propertiesGate.WaitAsync(cancellationToken);
        try
        {
            if (_properties is null)
            {
                var properties = await GetAsync(
                    new Uri($"{BaseUrl}/DataProperties?$format=json"),
                    stream => CbsDataPropertiesReader.ReadAsync(stream, cancellationToken),
                    cancellationToken);
                Volatile.Write(ref _properties, properties);
            }

            return _properties!;
        }
        finally
        {
            _propertiesGate.Release();
        }
    }

    private async Task<(string? TableId, List<CbsRegion> Regions)> FetchRowsAsync(
        CbsDataProperties properties,
        string? filter,
        string? select,
        CancellationToken cancellationToken)
    {
        string? tableId = null;
        var regions = new List<CbsRegion>();
        int windowSize = Math.Max(1, options.Value.ODataPageSize);
        int skip = 0;
        Uri? next = WindowUri(filter, select, windowSize, skip);
        int rowsInWindow = 0;
        while (next is not null)
        {
            var page = await GetAsync(
                next,
                stream => CbsTypedDataSetReader.ReadAsync(stream, properties, cancellationToken),
                cancellationToken);
            tableId ??= page.TableId;
            regions.AddRange(page.Regions);
            rowsInWindow += page.RowCount;

            if (page.RowCount == 0)
            {
                next = null;
            }
            else if (page.NextLink is not null)
            {
                var link = new Uri(next, page.NextLink);
                next = link != next ? link : throw new CbsSourceException($"De CBS-bron verwijst steeds naar dezelfde pagina '{link}'.");
            }
            else if (rowsInWindow >= windowSize)
            {
                skip += rowsInWindow;
                rowsInWindow = 0;
                next = WindowUri(filter, select, windowSize, skip);
            }
            else
            {
                next = null;
            }
        }

        return (tableId, regions);
    }

    // Results are requested in $top/$skip windows (see CbsOptions.ODataPageSize); within a window,
    // a server-driven odata.nextLink is followed as well.
    private Uri WindowUri(string? filter, string? select, int windowSize, int skip)
    {
        var query = new List<string> { "$format=json", $"$top={windowSize}" };
        if (skip > 0)
        {
            query.Add($"$skip={skip}");
        }

        if (filter is not null)
        {
            query.Add($"$filter={Uri.EscapeDataString(filter)}");
        }

        if (select is not null)
        {
            query.Add($"$select={Uri.EscapeDataString(select)}");
        }

        return new Uri($"{BaseUrl}/TypedDataSet?{string.Join('&', query)}");
    }

    private async Task<T> GetAsync<T>(Uri uri, Func<Stream, Task<T>> read, CancellationToken cancellationToken)
    {
        var client = httpClientFactory.CreateClient(HttpClientName);
        try
        {
            using var response = await client.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new CbsSourceException(
                    $"De CBS-bron gaf HTTP {(int)response.StatusCode} ({response.ReasonPhrase}) op '{uri}'.");
            }

            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            return await read(stream);
        }
        catch (Exception ex) when (ex is JsonException or FormatException)
        {
            throw new CbsSourceException($"Het antwoord van de CBS-bron op '{uri}' is onleesbaar: {ex.Message}", ex);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            throw new CbsSourceException($"De CBS-bron '{uri}' is niet bereikbaar: {ex.Message}", ex);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new CbsSourceException($"De CBS-bron '{uri}' antwoordde niet op tijd.", ex);
        }
    }
}
