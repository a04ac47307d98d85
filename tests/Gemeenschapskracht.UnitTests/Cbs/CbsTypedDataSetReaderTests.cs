using System.Text;
using System.Text.Json;
using Gemeenschapskracht.Domain.Gebieden;
using Gemeenschapskracht.Infrastructure.Cbs;

namespace Gemeenschapskracht.UnitTests.Cbs;

public sealed class CbsTypedDataSetReaderTests
{
    [Fact]
    public async Task Reads_all_gemeenten_and_wijken_of_the_extract()
    {
        var page = await ReadExtractAsync();

        Assert.Equal("85984NED", page.TableId);
        Assert.Null(page.NextLink);
        Assert.Equal(3735, page.RowCount);
        Assert.Equal(342, page.Regions.Count(r => r.Soort == GebiedSoort.Gemeente));
        Assert.Equal(3393, page.Regions.Count(r => r.Soort == GebiedSoort.Wijk));
        Assert.DoesNotContain(page.Regions, r => r.Soort == GebiedSoort.Buurt);
    }

    [Fact]
    public async Task Gemeenten_add_up_to_the_published_population()
    {
        var page = await ReadExtractAsync();

        var gemeenten = page.Regions.Where(r => r.Soort == GebiedSoort.Gemeente).ToArray();
        Assert.Equal(17_942_942m, gemeenten.Sum(r => r.Values["AantalInwoners"]));

        var amsterdam = Assert.Single(gemeenten, r => r.Code == "GM0363");
        Assert.Equal("Amsterdam", amsterdam.Gemeentenaam);
        Assert.Equal("GM0363", amsterdam.Gemeentecode);
        Assert.Equal(931_298m, amsterdam.Values["AantalInwoners"]);
        Assert.Equal(4950m, amsterdam.Values["Bevolkingsdichtheid"]);
    }

    [Fact]
    public async Task Values_are_keyed_by_stem_for_exactly_the_numeric_columns_present()
    {
        var page = await ReadExtractAsync();
        var expectedStems = CbsTestData.ExtractKeys.Select(CbsKey.Stem).Order().ToArray();

        Assert.All(page.Regions, r => Assert.Equal(expectedStems, r.Values.Keys.Order().ToArray()));
    }

    [Fact]
    public async Task Nulls_stay_unknown_and_never_become_zero()
    {
        var raw = CbsTestData.RawRows();
        var rawNulls = raw
            .SelectMany(row => CbsTestData.ExtractKeys
                .Where(key => row.GetProperty(key).ValueKind == JsonValueKind.Null)
                .Select(key => (Code: row.GetProperty("WijkenEnBuurten").GetString()!.Trim(), Stem: CbsKey.Stem(key))))
            .ToHashSet();
        Assert.Equal(40, rawNulls.Count);

        var page = await ReadExtractAsync();
        var parsedNulls = page.Regions
            .SelectMany(r => r.Values.Where(v => v.Value is null).Select(v => (r.Code, Stem: v.Key)))
            .ToHashSet();

        Assert.Equal(rawNulls.Order(), parsedNulls.Order());
        var byCode = page.Regions.ToDictionary(r => r.Code);
        Assert.All(rawNulls, n => Assert.Null(byCode[n.Code].Values[n.Stem]));
    }

    [Fact]
    public async Task Codes_and_names_are_trimmed()
    {
        var page = await ReadExtractAsync();

        Assert.All(page.Regions, r =>
        {
            Assert.Equal(r.Code.Trim(), r.Code);
            Assert.Equal(r.Gemeentenaam.Trim(), r.Gemeentenaam);
            Assert.NotEmpty(r.Gemeentenaam);
        });
    }

    [Fact]
    public async Task A_wijk_code_with_letters_belongs_to_its_gemeente()
    {
        var page = await ReadExtractAsync();

        var wijk = Assert.Single(page.Regions, r => r.Code == "WK0363AA");
        Assert.Equal(GebiedSoort.Wijk, wijk.Soort);
        Assert.Equal("GM0363", wijk.Gemeentecode);
        Assert.Equal("Amsterdam", wijk.Gemeentenaam);
        Assert.All(
            page.Regions.Where(r => r.Soort == GebiedSoort.Wijk),
            r => Assert.Equal("GM" + r.Code[2..6], r.Gemeentecode));
    }

    [Fact]
    public async Task Gives_the_same_result_when_the_stream_arrives_in_tiny_chunks()
    {
        var properties = await CbsTestData.ReadPropertiesAsync();
        var bytes = await File.ReadAllBytesAsync(CbsTestData.TypedDataSetPath);

        var whole = await CbsTypedDataSetReader.ReadAsync(new MemoryStream(bytes), properties, default);
        var trickled = await CbsTypedDataSetReader.ReadAsync(new TrickleStream(bytes, 7), properties, default);

        Assert.Equal(whole.RowCount, trickled.RowCount);
        Assert.Equal(whole.TableId, trickled.TableId);
        for (int i = 0; i < whole.Regions.Count; i++)
        {
            Assert.Equal(whole.Regions[i].Code, trickled.Regions[i].Code);
            Assert.Equal(whole.Regions[i].Values, trickled.Regions[i].Values);
        }
    }

    [Fact]
    public async Task Returns_the_next_link_and_skips_rows_that_are_not_gemeente_wijk_or_buurt()
    {
        var properties = await CbsTestData.ReadPropertiesAsync();
        const string json = """
            {
              "odata.metadata": "https://opendata.cbs.nl/ODataApi/OData/85984NED/$metadata#Cbs.OData.WebAPI.TypedDataSet",
              "value": [
                { "ID": 0, "WijkenEnBuurten": "NL00      ", "Gemeentenaam_1": "Nederland ", "SoortRegio_2": "Land      ", "AantalInwoners_5": 17942942 },
                { "ID": 1, "WijkenEnBuurten": "BU0363AA01", "Gemeentenaam_1": "Amsterdam ", "SoortRegio_2": "Buurt     ",
                  "AantalInwoners_5": "1234", "Bevolkingsdichtheid_34": 12.5, "Woningvoorraad_35": null, "Extra": { "nested": 1 } }
              ],
              "odata.nextLink": "https://opendata.cbs.nl/ODataApi/OData/85984NED/TypedDataSet?$skiptoken=Id%20eq%201"
            }
            """;

        var page = await CbsTypedDataSetReader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)), properties, default);

        Assert.Equal("https://opendata.cbs.nl/ODataApi/OData/85984NED/TypedDataSet?$skiptoken=Id%20eq%201", page.NextLink);
        Assert.Equal(2, page.RowCount);
        var buurt = Assert.Single(page.Regions);
        Assert.Equal(GebiedSoort.Buurt, buurt.Soort);
        Assert.Equal("GM0363", buurt.Gemeentecode);
        Assert.Equal(1234m, buurt.Values["AantalInwoners"]);
        Assert.Equal(12.5m, buurt.Values["Bevolkingsdichtheid"]);
        Assert.True(buurt.Values.ContainsKey("Woningvoorraad"));
        Assert.Null(buurt.Values["Woningvoorraad"]);
    }

    [Theory]
    [InlineData("""{"value":[{"WijkenEnBuurten":"GM0363    ","AantalInwoners_5":1""")]
    [InlineData("""{"value":[{"WijkenEnBuurten":"GM0363    ","AantalInwoners_5":"veel"}]}""")]
    [InlineData("""{"odata.metadata":"x"}""")]
    [InlineData("")]
    public async Task Rejects_malformed_input(string json)
    {
        var properties = await CbsTestData.ReadPropertiesAsync();

        var ex = await Record.ExceptionAsync(() =>
            CbsTypedDataSetReader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)), properties, default));

        Assert.True(ex is JsonException or FormatException, $"Unexpected {ex?.GetType().Name}");
    }

    private static async Task<CbsTypedDataSetPage> ReadExtractAsync()
    {
        var properties = await CbsTestData.ReadPropertiesAsync();
        await using var stream = File.OpenRead(CbsTestData.TypedDataSetPath);
        return await CbsTypedDataSetReader.ReadAsync(stream, properties, default);
    }
}
