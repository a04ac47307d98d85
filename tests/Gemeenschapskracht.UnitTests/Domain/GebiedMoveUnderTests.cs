using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Gebieden;

namespace Gemeenschapskracht.UnitTests.Domain;

public sealed class GebiedMoveUnderTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);

    private static Gebied Gemeente() => new("GM0363", GebiedSoort.Gemeente, "Amsterdam", Now);

    private static Gebied Wijk(string code = "WK036300") => new(code, GebiedSoort.Wijk, "Centrum", Now);

    private static Gebied Buurt() => new("BU03630000", GebiedSoort.Buurt, "Kop Zeedijk", Now);

    [Fact]
    public void A_wijk_moves_under_a_gemeente()
    {
        var gemeente = Gemeente();
        var wijk = Wijk();

        wijk.MoveUnder(gemeente);

        Assert.Equal(gemeente.Id, wijk.OuderId);
    }

    [Fact]
    public void A_buurt_moves_under_a_wijk()
    {
        var wijk = Wijk();
        var buurt = Buurt();

        buurt.MoveUnder(wijk);

        Assert.Equal(wijk.Id, buurt.OuderId);
    }

    [Fact]
    public void A_wijk_under_another_wijk_is_refused_and_keeps_its_parent()
    {
        var gemeente = Gemeente();
        var wijk = Wijk();
        wijk.MoveUnder(gemeente);

        Assert.Throws<DomainException>(() => wijk.MoveUnder(Wijk("WK036301")));
        Assert.Equal(gemeente.Id, wijk.OuderId);
    }

    [Fact]
    public void A_buurt_directly_under_a_gemeente_is_refused()
    {
        var buurt = Buurt();

        Assert.Throws<DomainException>(() => buurt.MoveUnder(Gemeente()));
        Assert.Null(buurt.OuderId);
    }

    [Fact]
    public void A_wijk_under_a_buurt_is_refused()
    {
        Assert.Throws<DomainException>(() => Wijk().MoveUnder(Buurt()));
    }

    [Fact]
    public void A_gemeente_under_another_gebied_is_refused()
    {
        Assert.Throws<DomainException>(() => Gemeente().MoveUnder(Gemeente()));
    }

    [Theory]
    [InlineData(GebiedSoort.Gemeente)]
    [InlineData(GebiedSoort.Wijk)]
    [InlineData(GebiedSoort.Buurt)]
    public void A_gebied_under_itself_is_refused(GebiedSoort soort)
    {
        var gebied = new Gebied("X", soort, null, Now);

        Assert.Throws<DomainException>(() => gebied.MoveUnder(gebied));
    }

    [Fact]
    public void A_gemeente_without_a_parent_is_fine()
    {
        var gemeente = Gemeente();

        gemeente.MoveUnder(null);

        Assert.Null(gemeente.OuderId);
    }

    [Theory]
    [InlineData(GebiedSoort.Wijk)]
    [InlineData(GebiedSoort.Buurt)]
    public void A_wijk_or_buurt_without_a_parent_is_refused(GebiedSoort soort)
    {
        var gebied = new Gebied("X", soort, null, Now);

        Assert.Throws<DomainException>(() => gebied.MoveUnder(null));
    }
}
