using System.Text.Json;
using Gemeenschapskracht.Infrastructure.Cbs;

namespace Gemeenschapskracht.UnitTests.Cbs;

/// <summary>The shared CBS extract, read in place from ../shared/data/cbs-kwb-2024 next to the repository.</summary>
internal static class CbsTestData
{
    public static readonly string[] ExtractKeys =
    [
        "AantalInwoners_5", "Mannen_6", "Vrouwen_7", "Bevolkingsdichtheid_34", "Woningvoorraad_35",
        "OppervlakteTotaal_122", "OppervlakteLand_123", "OppervlakteWater_124",
    ];

    private static readonly Lazy<string> FolderPath = new(FindFolder);

    public static string Folder => FolderPath.Value;

    public static string DataPropertiesPath => Path.Combine(Folder, "DataProperties.json");

    public static string TypedDataSetPath => Path.Combine(Folder, "TypedDataSet.json");

    public static async Task<CbsDataProperties> ReadPropertiesAsync()
    {
        await using var stream = File.OpenRead(DataPropertiesPath);
        return await CbsDataPropertiesReader.ReadAsync(stream, CancellationToken.None);
    }

    /// <summary>The raw rows, parsed independently of the production readers.</summary>
    public static IReadOnlyList<JsonElement> RawRows()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(TypedDataSetPath));
        return document.RootElement.GetProperty("value").EnumerateArray().Select(e => e.Clone()).ToArray();
    }

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Gemeenschapskracht.sln")))
            {
                var folder = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data", "cbs-kwb-2024"));
                return Directory.Exists(folder)
                    ? folder
                    : throw new DirectoryNotFoundException($"The shared CBS extract is missing: {folder}");
            }
        }

        throw new DirectoryNotFoundException($"No Gemeenschapskracht.sln above {AppContext.BaseDirectory}.");
    }
}
