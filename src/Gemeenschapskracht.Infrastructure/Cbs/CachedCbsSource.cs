using Gemeenschapskracht.Application.Cbs;

namespace Gemeenschapskracht.Infrastructure.Cbs;

/// <summary>
/// A source that reads its whole table once and answers from memory afterwards, so that bulk
/// provisioning (one call per gemeente) parses the table only once. A failed read is not cached:
/// the next call tries again.
/// </summary>
public abstract class CachedCbsSource : ICbsSource
{
    private readonly SemaphoreSlim _loadGate = new(1, 1);
    private Loaded? _loaded;

    public abstract string Description { get; }

    public async Task<IReadOnlyDictionary<string, string>> GetGemeentenAsync(CancellationToken cancellationToken) =>
        (await LoadAsync(cancellationToken)).Gemeenten;

    public async Task<CbsDataSet> LoadGemeenteAsync(string gemeentecode, CancellationToken cancellationToken)
    {
        var code = CbsGemeentecode.Normalize(gemeentecode);
        var loaded = await LoadAsync(cancellationToken);
        if (!loaded.RegionsByGemeente.TryGetValue(code, out var regions) || !loaded.Gemeenten.ContainsKey(code))
        {
            throw CbsGemeentecode.Unknown(code, Description);
        }

        return loaded.DataSet with { Regions = regions };
    }

    public async Task<CbsDataSet> LoadAllAsync(CancellationToken cancellationToken) =>
        (await LoadAsync(cancellationToken)).DataSet;

    /// <summary>Reads the whole table.</summary>
    /// <exception cref="CbsSourceException">The source is missing, unreadable or malformed.</exception>
    protected abstract Task<CbsDataSet> ReadDataSetAsync(CancellationToken cancellationToken);

    private async Task<Loaded> LoadAsync(CancellationToken cancellationToken)
    {
        var loaded = Volatile.Read(ref _loaded);
        if (loaded is not null)
        {
            return loaded;
        }

        await _loadGate.WaitAsync(cancellationToken);
        try
        {
            if (_loaded is null)
            {
                var dataSet = await ReadDataSetAsync(cancellationToken);
                Volatile.Write(ref _loaded, new Loaded(dataSet));
            }

            return _loaded!;
        }
        finally
        {
            _loadGate.Release();
        }
    }

    private sealed class Loaded(CbsDataSet dataSet)
    {
        public CbsDataSet DataSet { get; } = dataSet;

        public IReadOnlyDictionary<string, string> Gemeenten { get; } = CbsDataSetComposer.Gemeenten(dataSet.Regions);

        public IReadOnlyDictionary<string, IReadOnlyList<CbsRegion>> RegionsByGemeente { get; } = dataSet.Regions
            .GroupBy(r => r.Gemeentecode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, IReadOnlyList<CbsRegion> (g) => g.ToArray(), StringComparer.Ordinal);
    }
}
