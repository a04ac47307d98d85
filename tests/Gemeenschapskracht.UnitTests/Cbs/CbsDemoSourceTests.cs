using Gemeenschapskracht.Application.Cbs;
using Gemeenschapskracht.Domain.Gebieden;
using Gemeenschapskracht.Infrastructure.Cbs;

namespace Gemeenschapskracht.UnitTests.Cbs;

public sealed class CbsDemoSourceTests
{
    [Fact]
    public async Task Resolves_the_same_stems_as_CBS_although_the_suffixes_differ()
    {
        var demo = await new CbsDemoSource().LoadAllAsync(default);
        var cbs = await CbsTestData.ReadPropertiesAsync();
        var extractStems = CbsTestData.ExtractKeys.Select(CbsKey.Stem).ToArray();

        Assert.Equal(extractStems.Order(), demo.Measures.Select(m => m.Stem).Order());
        Assert.All(demo.Measures, m =>
        {
            Assert.NotEqual(Assert.Single(cbs.Measures, c => c.Stem == m.Stem).Key, m.Key);
            Assert.Equal(m.Stem, CbsKey.Stem(m.Key));
        });
        Assert.All(demo.Regions, r => Assert.Equal(extractStems.Order(), r.Values.Keys.Order()));
    }

    [Fact]
    public async Task Is_marked_fictional_with_its_own_title()
    {
        var demo = await new CbsDemoSource().LoadAllAsync(default);

        Assert.True(demo.IsFictional);
        Assert.Equal("Fictieve demodata wijken en buurten 2024", demo.Title);
        Assert.Equal(2024, demo.Year);
        Assert.StartsWith("fictief:", demo.Bron);
    }

    [Fact]
    public async Task Has_two_fictional_gemeenten_with_their_wijken()
    {
        var source = new CbsDemoSource();

        var gemeenten = await source.GetGemeentenAsync(default);
        Assert.Equal("Voorbeeldstad (fictief)", gemeenten["GM9901"]);
        Assert.Equal("Oeverdorp (fictief)", gemeenten["GM9902"]);
        Assert.Equal("Heideveen (fictief)", gemeenten["GM9903"]);
        Assert.Equal(3, gemeenten.Count);

        var voorbeeldstad = await source.LoadGemeenteAsync("GM9901", default);
        Assert.Equal(5, voorbeeldstad.Regions.Count(r => r.Soort == GebiedSoort.Wijk));
        Assert.Contains(voorbeeldstad.Regions, r => r.Code == "WK9901AA" && r.Gemeentecode == "GM9901");
        Assert.All(voorbeeldstad.Regions, r => Assert.Equal("GM9901", r.Gemeentecode));

        var oeverdorp = await source.LoadGemeenteAsync("GM9902", default);
        Assert.Equal(3, oeverdorp.Regions.Count(r => r.Soort == GebiedSoort.Wijk));
    }

    [Fact]
    public async Task Every_wijk_and_buurt_has_a_name_and_a_valid_code_of_its_gemeente()
    {
        var demo = await new CbsDemoSource().LoadAllAsync(default);

        Assert.Contains(demo.Regions, r => r.Soort == GebiedSoort.Buurt);
        Assert.All(demo.Regions.Where(r => r.Soort != GebiedSoort.Gemeente), r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.Naam), $"{r.Code} has no name");
            Assert.NotEqual(r.Code, r.Naam);
            Assert.True(CbsRegionCode.TryParse(r.Code, out var soort, out var gemeentecode), $"{r.Code} is not a CBS code");
            Assert.Equal(r.Soort, soort);
            Assert.Equal(r.Gemeentecode, gemeentecode);
        });
        var codes = demo.Regions.Select(r => r.Code).ToHashSet();
        Assert.All(demo.Regions.Where(r => r.Soort == GebiedSoort.Buurt), b => Assert.Contains("WK" + b.Code[2..8], codes));
    }

    [Fact]
    public async Task Inhabitants_add_up_from_buurt_to_wijk_to_gemeente()
    {
        var demo = await new CbsDemoSource().LoadAllAsync(default);
        decimal? Inwoners(CbsRegion r) => r.Values["AantalInwoners"];

        foreach (var gemeente in demo.Regions.Where(r => r.Soort == GebiedSoort.Gemeente))
        {
            var wijken = demo.Regions.Where(r => r.Soort == GebiedSoort.Wijk && r.Gemeentecode == gemeente.Code).ToList();
            Assert.Equal(Inwoners(gemeente), wijken.Sum(Inwoners));
            foreach (var wijk in wijken.Where(w => demo.Regions.Any(b => b.Soort == GebiedSoort.Buurt && "WK" + b.Code[2..8] == w.Code)))
                Assert.Equal(Inwoners(wijk), demo.Regions.Where(b => b.Soort == GebiedSoort.Buurt && "WK" + b.Code[2..8] == wijk.Code).Sum(Inwoners));
        }
    }

    [Fact]
    public async Task Keeps_unknown_values_null()
    {
        var demo = await new CbsDemoSource().LoadAllAsync(default);

        Assert.Contains(demo.Regions, r => r.Values.Values.Any(v => v is null));
        Assert.DoesNotContain(demo.Regions, r => r.Values.Values.Any(v => v == 0));
    }

    [Fact]
    public async Task Unknown_gemeentecode_is_a_source_error()
    {
        var ex = await Assert.ThrowsAsync<CbsSourceException>(() => new CbsDemoSource().LoadGemeenteAsync("GM0363", default));

        Assert.Contains("GM0363 komt niet voor in de CBS-bron", ex.Message);
    }
}
