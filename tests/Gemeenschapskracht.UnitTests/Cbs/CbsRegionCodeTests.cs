using Gemeenschapskracht.Domain.Gebieden;
using Gemeenschapskracht.Infrastructure.Cbs;

namespace Gemeenschapskracht.UnitTests.Cbs;

public sealed class CbsRegionCodeTests
{
    [Theory]
    [InlineData("GM0363", GebiedSoort.Gemeente, "GM0363")]
    [InlineData("WK036300", GebiedSoort.Wijk, "GM0363")]
    [InlineData("WK0363AA", GebiedSoort.Wijk, "GM0363")]
    [InlineData("BU03630000", GebiedSoort.Buurt, "GM0363")]
    [InlineData("BU0363AA01", GebiedSoort.Buurt, "GM0363")]
    public void Derives_soort_and_gemeentecode(string code, GebiedSoort soort, string gemeentecode)
    {
        Assert.True(CbsRegionCode.TryParse(code, out var parsedSoort, out var parsedGemeente));
        Assert.Equal(soort, parsedSoort);
        Assert.Equal(gemeentecode, parsedGemeente);
    }

    [Theory]
    [InlineData("NL00")]
    [InlineData("GM036")]
    [InlineData("GM03AB")]
    [InlineData("WK0363")]
    [InlineData("XX036300")]
    [InlineData("GM0363    ")]
    public void Rejects_codes_that_are_not_a_trimmed_gemeente_wijk_or_buurt(string code) =>
        Assert.False(CbsRegionCode.TryParse(code, out _, out _));

    [Fact]
    public void Falls_back_to_SoortRegio_when_the_prefix_is_unknown()
    {
        Assert.True(CbsRegionCode.TryParse("XX036300", "Wijk      ", out var soort, out var gemeentecode));
        Assert.Equal(GebiedSoort.Wijk, soort);
        Assert.Equal("GM0363", gemeentecode);
        Assert.False(CbsRegionCode.TryParse("NL00", "Land", out _, out _));
    }
}
