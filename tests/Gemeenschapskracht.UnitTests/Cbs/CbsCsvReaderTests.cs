using Gemeenschapskracht.Domain.Gebieden;
using Gemeenschapskracht.Infrastructure.Cbs;

namespace Gemeenschapskracht.UnitTests.Cbs;

public sealed class CbsCsvReaderTests
{
    private const string Csv = """
        "ID";"WijkenEnBuurten";"Gemeentenaam_1";"SoortRegio_2";"Codering_3";"AantalInwoners_5";"Bevolkingsdichtheid_34";"Woningvoorraad_35";"OppervlakteWater_124"
        0;"GM0363    ";"Amsterdam                               ";"Gemeente  ";"GM0363    ";"    931298";"  4950";"480852";"5553"
        1;"WK0363AA  ";"Amsterdam                               ";"Wijk      ";"WK0363AA  ";"  1234";"     .";"";12.5
        2;"NL00      ";"Nederland";"Land      ";"NL00      ";"17942942";"";"";""
        3;"GM0014    ";"Groningen; de stad";"Gemeente  ";"GM0014    ";243768;1314;;"1244"
        """;

    [Fact]
    public async Task Reads_quoted_padded_cells_with_unknown_values()
    {
        var properties = await CbsTestData.ReadPropertiesAsync();

        var regions = await CbsCsvReader.ReadAsync(new StringReader(Csv), properties, default);

        Assert.Equal(["GM0363", "WK0363AA", "GM0014"], regions.Select(r => r.Code));
        var amsterdam = regions[0];
        Assert.Equal(GebiedSoort.Gemeente, amsterdam.Soort);
        Assert.Equal("Amsterdam", amsterdam.Gemeentenaam);
        Assert.Equal(931_298m, amsterdam.Values["AantalInwoners"]);

        var wijk = regions[1];
        Assert.Equal("GM0363", wijk.Gemeentecode);
        Assert.Equal(1234m, wijk.Values["AantalInwoners"]);
        Assert.Null(wijk.Values["Bevolkingsdichtheid"]);
        Assert.Null(wijk.Values["Woningvoorraad"]);
        Assert.Equal(12.5m, wijk.Values["OppervlakteWater"]);

        Assert.Equal("Groningen; de stad", regions[2].Gemeentenaam);
        Assert.Null(regions[2].Values["Woningvoorraad"]);
    }

    [Fact]
    public async Task Rejects_a_row_with_a_missing_cell()
    {
        var properties = await CbsTestData.ReadPropertiesAsync();
        const string csv = "\"WijkenEnBuurten\";\"AantalInwoners_5\"\n\"GM0363    \"\n";

        await Assert.ThrowsAsync<FormatException>(() => CbsCsvReader.ReadAsync(new StringReader(csv), properties, default));
    }
}
