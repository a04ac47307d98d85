using System.Text;
using System.Text.Json;
using Gemeenschapskracht.Application.Cbs;
using Microsoft.Extensions.Options;

namespace Gemeenschapskracht.Infrastructure.Cbs;

/// <summary>
/// A local extract of a CBS table: <c>DataProperties.json</c> plus <c>TypedDataSet.json</c>
/// (the OData feed saved to disk) or <c>TypedDataSet.csv</c> (the StatLine CSV download).
/// </summary>
public sealed class CbsFileSource(IOptions<CbsOptions> options) : CachedCbsSource
{
    public const string DataPropertiesFileName = "DataProperties.json";
    public const string TypedDataSetJsonFileName = "TypedDataSet.json";
    public const string TypedDataSetCsvFileName = "TypedDataSet.csv";

    private const int FileBufferSize = 64 * 1024;

    public override string Description => $"CBS-bestanden in '{Folder}'";

    private string Folder => string.IsNullOrWhiteSpace(options.Value.Folder) ? "" : Path.GetFullPath(options.Value.Folder);

    protected override async Task<CbsDataSet> ReadDataSetAsync(CancellationToken cancellationToken)
    {
        string folder = Folder;
        if (folder.Length == 0)
        {
            throw new CbsSourceException($"Er is geen map met CBS-bestanden ingesteld ({CbsOptions.SectionName}:Folder).");
        }

        if (!Directory.Exists(folder))
        {
            throw new CbsSourceException($"De CBS-bronmap '{folder}' is niet gevonden.");
        }

        var properties = await ReadFileAsync(
            Path.Combine(folder, DataPropertiesFileName),
            stream => CbsDataPropertiesReader.ReadAsync(stream, cancellationToken));

        string jsonPath = Path.Combine(folder, TypedDataSetJsonFileName);
        string csvPath = Path.Combine(folder, TypedDataSetCsvFileName);
        string? tableId = null;
        IReadOnlyList<CbsRegion> regions;
        if (File.Exists(jsonPath) || !File.Exists(csvPath))
        {
            var page = await ReadFileAsync(
                jsonPath,
                stream => CbsTypedDataSetReader.ReadAsync(stream, properties, cancellationToken));
            (tableId, regions) = (page.TableId, page.Regions);
        }
        else
        {
            regions = await ReadFileAsync(csvPath, async stream =>
            {
                using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
                return await CbsCsvReader.ReadAsync(reader, properties, cancellationToken);
            });
        }

        return CbsDataSetComposer.Compose(
            tableId ?? options.Value.TableId,
            CbsDataSetComposer.KwbTitle(properties.Year),
            isFictional: false,
            properties,
            regions);
    }

    private static async Task<T> ReadFileAsync<T>(string path, Func<Stream, Task<T>> read)
    {
        try
        {
            await using var stream = new FileStream(
                path, FileMode.Open, FileAccess.Read, FileShare.Read, FileBufferSize, useAsync: true);
            return await read(stream);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new CbsSourceException($"Het CBS-bronbestand '{path}' is niet gevonden.", ex);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or IOException or UnauthorizedAccessException)
        {
            throw new CbsSourceException($"Het CBS-bronbestand '{path}' is onleesbaar: {ex.Message}", ex);
        }
    }
}
