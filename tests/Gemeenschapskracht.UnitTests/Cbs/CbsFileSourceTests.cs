using Gemeenschapskracht.Application.Cbs;
using Gemeenschapskracht.Domain.Gebieden;
using Gemeenschapskracht.Infrastructure.Cbs;
using Microsoft.Extensions.Options;

namespace Gemeenschapskracht.UnitTests.Cbs;

public sealed class CbsFileSourceTests
{
    [Fact]
    public async Task Loads_one_gemeente_with_its_wijken()
    {
        var source = Source(CbsTestData.Folder);
        int rawWijken = CbsTestData.RawRows().Count(r => r.GetProperty("WijkenEnBuurten").GetString()!.StartsWith("WK0363"));

        var amsterdam = await source.LoadGemeenteAsync("GM0363", default);

        Assert.Equal("85984NED", amsterdam.TableId);
        Assert.Equal(2024, amsterdam.Year);
        Assert.Equal("Kerncijfers wijken en buurten 2024", amsterdam.Title);
        Assert.Equal("CBS, Kerncijfers wijken en buurten 2024", amsterdam.Bron);
        Assert.False(amsterdam.IsFictional);
        Assert.Equal(8, amsterdam.Measures.Count);
        var gemeente = Assert.Single(amsterdam.Regions, r => r.Soort == GebiedSoort.Gemeente);
        Assert.Equal(931_298m, gemeente.Values["AantalInwoners"]);
        Assert.Equal(rawWijken, amsterdam.Regions.Count(r => r.Soort == GebiedSoort.Wijk));
        Assert.All(amsterdam.Regions, r => Assert.Equal("GM0363", r.Gemeentecode));
    }

    [Fact]
    public async Task Lists_the_342_gemeenten_of_2024()
    {
        var expected = File.ReadLines(Path.Combine(CbsTestData.Folder, "gemeenten-2024.csv"))
            .Skip(1)
            .Select(line => line.Split(';'))
            .ToDictionary(cells => cells[0], cells => cells[1]);

        var gemeenten = await Source(CbsTestData.Folder).GetGemeentenAsync(default);

        Assert.Equal(342, gemeenten.Count);
        Assert.Equal(expected.OrderBy(kv => kv.Key), gemeenten.OrderBy(kv => kv.Key));
    }

    [Fact]
    public async Task Parses_the_table_once_and_shares_it()
    {
        var source = Source(CbsTestData.Folder);

        var loads = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => source.LoadAllAsync(default)));

        Assert.All(loads, l => Assert.Same(loads[0], l));
        Assert.Same(loads[0].Measures, (await source.LoadGemeenteAsync("gm0014 ", default)).Measures);
    }

    [Fact]
    public async Task Missing_folder_is_a_source_error()
    {
        string folder = Path.Combine(Path.GetTempPath(), "cbs-does-not-exist-" + Guid.NewGuid());

        var ex = await Assert.ThrowsAsync<CbsSourceException>(() => Source(folder).LoadAllAsync(default));

        Assert.Contains("niet gevonden", ex.Message);
        Assert.Contains(folder, ex.Message);
    }

    [Fact]
    public async Task Missing_data_file_is_a_source_error()
    {
        using var temp = new TempFolder();
        File.Copy(CbsTestData.DataPropertiesPath, temp.File("DataProperties.json"));

        var ex = await Assert.ThrowsAsync<CbsSourceException>(() => Source(temp.Path).GetGemeentenAsync(default));

        Assert.Equal($"Het CBS-bronbestand '{temp.File("TypedDataSet.json")}' is niet gevonden.", ex.Message);
    }

    [Fact]
    public async Task Malformed_json_is_a_source_error_and_is_not_cached()
    {
        using var temp = new TempFolder();
        File.Copy(CbsTestData.DataPropertiesPath, temp.File("DataProperties.json"));
        await File.WriteAllTextAsync(temp.File("TypedDataSet.json"), """{"value":[{"WijkenEnBuurten":"GM0363    ",""");
        var source = Source(temp.Path);

        var ex = await Assert.ThrowsAsync<CbsSourceException>(() => source.LoadAllAsync(default));
        Assert.StartsWith($"Het CBS-bronbestand '{temp.File("TypedDataSet.json")}' is onleesbaar: ", ex.Message);

        await File.WriteAllTextAsync(
            temp.File("TypedDataSet.json"),
            """{"value":[{"WijkenEnBuurten":"GM0363    ","Gemeentenaam_1":"Amsterdam ","AantalInwoners_5":931298}]}""");
        var loaded = await source.LoadAllAsync(default);
        Assert.Equal("Amsterdam", Assert.Single(loaded.Regions).Gemeentenaam);
    }

    [Fact]
    public async Task Malformed_data_properties_is_a_source_error()
    {
        using var temp = new TempFolder();
        await File.WriteAllTextAsync(temp.File("DataProperties.json"), "[{ not json");

        var ex = await Assert.ThrowsAsync<CbsSourceException>(() => Source(temp.Path).LoadAllAsync(default));

        Assert.Contains("DataProperties.json' is onleesbaar", ex.Message);
    }

    [Theory]
    [InlineData("GM9999")]
    [InlineData("GM0363X")]
    [InlineData("")]
    public async Task Unknown_or_malformed_gemeentecode_is_a_source_error(string code)
    {
        var ex = await Assert.ThrowsAsync<CbsSourceException>(() => Source(CbsTestData.Folder).LoadGemeenteAsync(code, default));

        Assert.Contains(code.Length == 6 ? "GM9999 komt niet voor in de CBS-bron" : "geen geldige gemeentecode", ex.Message);
    }

    [Fact]
    public async Task Reads_a_csv_download_when_there_is_no_json()
    {
        using var temp = new TempFolder();
        File.Copy(CbsTestData.DataPropertiesPath, temp.File("DataProperties.json"));
        await File.WriteAllTextAsync(temp.File("TypedDataSet.csv"), """
            "ID";"WijkenEnBuurten";"Gemeentenaam_1";"SoortRegio_2";"AantalInwoners_5"
            0;"GM0363    ";"Amsterdam  ";"Gemeente  ";"931298"
            1;"WK036300  ";"Amsterdam  ";"Wijk      ";"."
            """);

        var source = new CbsFileSource(Options.Create(new CbsOptions { Folder = temp.Path, TableId = "85984NED" }));
        var amsterdam = await source.LoadGemeenteAsync("GM0363", default);

        Assert.Equal("85984NED", amsterdam.TableId);
        Assert.Equal(2, amsterdam.Regions.Count);
        Assert.Null(amsterdam.Regions[1].Values["AantalInwoners"]);
    }

    private static CbsFileSource Source(string folder) =>
        new(Options.Create(new CbsOptions { Source = CbsSourceKind.File, Folder = folder }));
}
