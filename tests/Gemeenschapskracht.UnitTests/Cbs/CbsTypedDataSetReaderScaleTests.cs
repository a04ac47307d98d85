using System.Globalization;
using System.Text;
using Gemeenschapskracht.Domain.Gebieden;
using Gemeenschapskracht.Infrastructure.Cbs;

namespace Gemeenschapskracht.UnitTests.Cbs;

public sealed class CbsTypedDataSetReaderScaleTests
{
    private const int Rows = 15_000;

    [Fact]
    public async Task Streams_a_table_the_size_of_the_full_official_one()
    {
        var properties = await CbsTestData.ReadPropertiesAsync();
        using var temp = new TempFolder();
        string path = temp.File("TypedDataSet.json");
        await WriteSyntheticTableAsync(path, properties);

        await using var stream = File.OpenRead(path);
        var page = await CbsTypedDataSetReader.ReadAsync(stream, properties, default);

        Assert.Equal(Rows, page.RowCount);
        Assert.Equal(Rows, page.Regions.Count);
        Assert.All(page.Regions, r => Assert.Equal(GebiedSoort.Buurt, r.Soort));
        Assert.All(page.Regions, r => Assert.Equal(properties.Measures.Count, r.Values.Count));
        var last = page.Regions[^1];
        Assert.Equal((Rows - 1) * 1.5m, last.Values[properties.Measures[0].Stem]);
        Assert.Null(page.Regions[13].Values[properties.Measures[^1].Stem]);
    }

    private static async Task WriteSyntheticTableAsync(string path, CbsDataProperties properties)
    {
        await using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        await writer.WriteAsync("""{"odata.metadata":"https://opendata.cbs.nl/ODataApi/OData/85984NED/$metadata#T","value":[""");
        var row = new StringBuilder();
        for (int i = 0; i < Rows; i++)
        {
            row.Clear();
            row.Append(i == 0 ? "" : ",")
                .Append(CultureInfo.InvariantCulture, $$"""{"ID":{{i}},"WijkenEnBuurten":"BU{{i % 10000:D4}}{{i % 100:D2}}{{i % 97:D2}}","Gemeentenaam_1":"Gemeente {{i}}  ","SoortRegio_2":"Buurt     ",""")
                .Append("\"Codering_3\":\"x\",\"MeestVoorkomendePostcode_125\":\"1234\"");
            foreach (var measure in properties.Measures)
            {
                string value = i % 13 == 0 ? "null" : (i * 1.5m).ToString(CultureInfo.InvariantCulture);
                row.Append(",\"").Append(measure.Key).Append("\":").Append(value);
            }

            await writer.WriteAsync(row.Append('}'));
        }

        await writer.WriteAsync("]}");
    }
}
