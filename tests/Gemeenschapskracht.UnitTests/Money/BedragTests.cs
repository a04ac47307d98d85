using Gemeenschapskracht.Domain.Common;

namespace Gemeenschapskracht.UnitTests.Money;

public sealed class BedragTests
{
    [Fact]
    public void Sums_of_many_small_amounts_are_exact()
    {
        var total = Enumerable.Repeat(Bedrag.FromEuro(0.10m), 1000).Aggregate(Bedrag.Nul, (sum, b) => sum + b);
        Assert.Equal(10_000, total.Eurocent);
        Assert.Equal(100m, total.Euro);
    }

    [Fact]
    public void Fractions_of_a_cent_are_refused()
    {
        Assert.Throws<DomainException>(() => Bedrag.FromEuro(0.005m));
    }

    [Fact]
    public void Overflow_is_an_error_not_a_wrap_around()
    {
        Assert.Throws<OverflowException>(() => new Bedrag(long.MaxValue) + new Bedrag(1));
    }

    [Fact]
    public void Amounts_compare_and_print_in_Dutch()
    {
        Assert.True(Bedrag.FromEuro(25_000m) > Bedrag.FromEuro(24_999.99m));
        Assert.True((Bedrag.FromEuro(1m) - Bedrag.FromEuro(2m)).IsNegatief);
        Assert.Equal("€ 1.234,50", Bedrag.FromEuro(1234.5m).ToString());
    }
}
