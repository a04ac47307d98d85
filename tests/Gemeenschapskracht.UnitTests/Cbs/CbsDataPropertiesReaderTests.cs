using System.Text;
using System.Text.Json;
using Gemeenschapskracht.Infrastructure.Cbs;

namespace Gemeenschapskracht.UnitTests.Cbs;

public sealed class CbsDataPropertiesReaderTests
{
    [Fact]
    public async Task Reads_year_region_key_and_numeric_topics_of_the_extract()
    {
        var properties = await CbsTestData.ReadPropertiesAsync();

        Assert.Equal(2024, properties.Year);
        Assert.Equal("WijkenEnBuurten", properties.RegionKey);
        Assert.Equal("Gemeentenaam_1", properties.GemeentenaamKey);
        Assert.Equal("SoortRegio_2", properties.SoortRegioKey);

        // 128 topics, of which 5 are strings (Gemeentenaam, SoortRegio, Codering, Indelingswijziging, postcode).
        Assert.Equal(123, properties.Measures.Count);
        Assert.DoesNotContain(properties.Measures, m => m.Stem is "Gemeentenaam" or "SoortRegio" or "Codering");
        Assert.DoesNotContain(properties.Measures, m => m.Stem == "IndelingswijzigingGemeenteWijkBuurt");
    }

    [Fact]
    public async Task Resolves_stems_without_their_yearly_suffix()
    {
        var properties = await CbsTestData.ReadPropertiesAsync();

        var dichtheid = Assert.Single(properties.Measures, m => m.Stem == "Bevolkingsdichtheid");
        Assert.Equal("Bevolkingsdichtheid_34", dichtheid.Key);
        Assert.Equal("aantal inwoners per km²", dichtheid.Unit);

        var inwoners = Assert.Single(properties.Measures, m => m.Stem == "AantalInwoners");
        Assert.Equal("Aantal inwoners", inwoners.Title);
        Assert.Equal(0, inwoners.Decimals);
        Assert.Contains(properties.Measures, m => m.Stem == "k_65JaarOfOuder");
    }

    [Fact]
    public async Task Qualifies_stems_that_occur_twice_in_the_full_table()
    {
        var properties = await CbsTestData.ReadPropertiesAsync();

        Assert.Equal(properties.Measures.Count, properties.Measures.Select(m => m.Stem).Distinct().Count());
        Assert.Equal("Appartement_54", Key("GemiddeldeElektriciteitslevering.Appartement"));
        Assert.Equal("Appartement_62", Key("GemiddeldAardgasverbruik.Appartement"));
        Assert.Equal("Nederland_17", Key("Herkomstland.Nederland"));
        Assert.Equal("Nederland_20", Key("GeborenInNederland.Nederland"));
        Assert.DoesNotContain(properties.Measures, m => m.Stem == "Appartement");

        string Key(string stem) => Assert.Single(properties.Measures, m => m.Stem == stem).Key;
    }

    [Fact]
    public async Task Accepts_the_feed_shape_with_odata_metadata_and_value()
    {
        string array = await File.ReadAllTextAsync(CbsTestData.DataPropertiesPath);
        string feed = $$"""{"odata.metadata":"https://opendata.cbs.nl/ODataApi/OData/85984NED/$metadata#Cbs.OData.WebAPI.DataProperties","value":{{array}}}""";

        var properties = await CbsDataPropertiesReader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(feed)), default);

        Assert.Equal(2024, properties.Year);
        Assert.Equal(123, properties.Measures.Count);
    }

    [Fact]
    public async Task Rejects_properties_without_a_GeoDetail()
    {
        const string json = """[{"odata.type":"Cbs.OData.Topic","ID":1,"ParentID":null,"Type":"Topic","Key":"A_1","Title":"A","Datatype":"Long","Unit":"aantal","Decimals":0}]""";

        await Assert.ThrowsAsync<JsonException>(() =>
            CbsDataPropertiesReader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)), default));
    }

    [Theory]
    [InlineData("AantalInwoners_5", "AantalInwoners")]
    [InlineData("k_65JaarOfOuder_12", "k_65JaarOfOuder")]
    [InlineData("OppervlakteWater_124", "OppervlakteWater")]
    [InlineData("WijkenEnBuurten", "WijkenEnBuurten")]
    public void Stem_removes_only_a_trailing_numeric_suffix(string key, string stem) =>
        Assert.Equal(stem, CbsKey.Stem(key));
}
