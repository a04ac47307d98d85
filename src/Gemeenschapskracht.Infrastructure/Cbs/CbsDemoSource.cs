using System.Text.Json;
using Gemeenschapskracht.Application.Cbs;

namespace Gemeenschapskracht.Infrastructure.Cbs;

/// <summary>
/// The project's own fictional data (Cbs/Demo/*.json, embedded): three invented gemeenten with named wijken (and buurten in Voorbeeldstad), so that a
/// fresh clone runs without CBS files or network. Not CBS data; <see cref="CbsDataSet.IsFictional"/> is set.
/// </summary>
public sealed class CbsDemoSource : CachedCbsSource
{
    public const string DemoTableId = "DEMO";
    public const string DemoTitle = "Fictieve demodata wijken en buurten 2024";

    public override string Description => "fictieve demodata (geen CBS-cijfers)";

    protected override async Task<CbsDataSet> ReadDataSetAsync(CancellationToken cancellationToken)
    {
        try
        {
            CbsDataProperties properties;
            await using (var stream = OpenResource("DataProperties.json"))
            {
                properties = await CbsDataPropertiesReader.ReadAsync(stream, cancellationToken);
            }

            IReadOnlyList<CbsRegion> regions;
            await using (var data = OpenResource("TypedDataSet.json"))
            {
                regions = (await CbsTypedDataSetReader.ReadAsync(data, properties, cancellationToken)).Regions;
            }

            await using var dimension = OpenResource("WijkenEnBuurten.json");
            var names = await ReadNamesAsync(dimension, cancellationToken);
            return CbsDataSetComposer.Compose(DemoTableId, DemoTitle, isFictional: true, properties,
                regions.Select(r => r with { Naam = names.GetValueOrDefault(r.Code) }).ToList());
        }
        catch (Exception ex) when (ex is JsonException or FormatException)
        {
            throw new CbsSourceException($"De fictieve demodata zijn onleesbaar: {ex.Message}", ex);
        }
    }

    /// <summary>The region names, in the shape of the CBS dimension feed: <c>{"value": [{"Key": "WK990100  ", "Title": "Centrum"}]}</c>.</summary>
    private static async Task<Dictionary<string, string>> ReadNamesAsync(Stream dimension, CancellationToken cancellationToken)
    {
        using var document = await JsonDocument.ParseAsync(dimension, cancellationToken: cancellationToken);
        return document.RootElement.GetProperty("value").EnumerateArray()
            .ToDictionary(e => e.GetProperty("Key").GetString()!.Trim(), e => e.GetProperty("Title").GetString()!.Trim(), StringComparer.Ordinal);
    }

    private static Stream OpenResource(string fileName)
    {
        var assembly = typeof(CbsDemoSource).Assembly;
        string suffix = $".Cbs.Demo.{fileName}";
        string? name = assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith(suffix, StringComparison.Ordinal));
        return (name is null ? null : assembly.GetManifestResourceStream(name))
            ?? throw new CbsSourceException($"De fictieve demodata '{fileName}' ontbreken in {assembly.GetName().Name}.");
    }
}
