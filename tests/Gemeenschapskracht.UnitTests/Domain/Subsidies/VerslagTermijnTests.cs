using Gemeenschapskracht.Domain.Regels;

using static Gemeenschapskracht.UnitTests.Domain.Subsidies.VaststellingTests;
using static Gemeenschapskracht.UnitTests.Domain.Wijkbudgetten.WijkbudgetFixtures;

namespace Gemeenschapskracht.UnitTests.Domain.Subsidies;

/// <summary>The report's clock per beschikking (job J5): a reminder before the due date, a notice after it, the ambtshalve vaststelling.</summary>
public sealed class VerslagTermijnTests
{
    private static DateTimeOffset Op(DateOnly dag) => new(dag.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);

    [Fact]
    public void J5_the_recipient_is_reminded_once_from_four_weeks_before_the_report_is_due_and_told_once_after_it()
    {
        var (_, beschikking) = Verleend(40_000_00);
        var uiterlijk = beschikking.VerslagUiterlijk!.Value;

        Assert.False(beschikking.HerinnerAanVerslag(false, Op(uiterlijk.AddDays(-29))));
        Assert.True(beschikking.HerinnerAanVerslag(false, Op(uiterlijk.AddDays(-28))));
        Assert.False(beschikking.HerinnerAanVerslag(false, Op(uiterlijk.AddDays(-27))));
        Assert.False(beschikking.MaanAanVoorVerslag(false, Op(uiterlijk)));
        Assert.True(beschikking.MaanAanVoorVerslag(false, Op(uiterlijk.AddDays(1))));
        Assert.False(beschikking.MaanAanVoorVerslag(false, Op(uiterlijk.AddDays(2))));
        Assert.Equal((uiterlijk.AddDays(-28), uiterlijk.AddDays(1)), (beschikking.VerslagHerinnerdOp, beschikking.VerslagAangemaandOp));
    }

    [Fact]
    public void J5_no_reminder_once_the_report_is_in_or_where_no_report_is_asked()
    {
        var (_, beschikking) = Verleend(40_000_00);
        Assert.False(beschikking.HerinnerAanVerslag(true, Op(beschikking.VerslagUiterlijk!.Value.AddDays(-7))));
        Assert.False(beschikking.MaanAanVoorVerslag(true, Op(beschikking.VerslagUiterlijk!.Value.AddDays(7))));

        var (_, klein) = Verleend(1_000_00);
        Assert.False(klein.VraagtVerslag);
        Assert.False(klein.HerinnerAanVerslag(false, Op(new DateOnly(2027, 9, 1))));
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.UskSteekproef)]
    public void USK_a_subsidy_drawn_in_the_steekproef_gets_a_due_date_for_showing_its_activities()
    {
        var (_, klein) = Verleend(1_000_00);
        Assert.Null(klein.VerslagUiterlijk);
        klein.NeemOpInSteekproef(Op(new DateOnly(2027, 11, 1)));
        Assert.True(klein.VraagtVerslag);
        Assert.Equal(new DateOnly(2027, 12, 13), klein.VerslagUiterlijk);
    }

    [Fact]
    [Trait("Regel", Regelcatalogus.Awb4_47)]
    public void Awb_4_47_the_lowest_tier_is_set_ambtshalve_only_after_its_period_and_outside_the_steekproef()
    {
        var (_, klein) = Verleend(1_000_00);
        Assert.False(klein.IsAmbtshalveVaststelbaar(Op(new DateOnly(2027, 6, 30))));
        Assert.True(klein.IsAmbtshalveVaststelbaar(Op(new DateOnly(2027, 7, 1))));

        var (_, groot) = Verleend(40_000_00);
        Assert.False(groot.IsAmbtshalveVaststelbaar(Op(new DateOnly(2028, 1, 1))));

        var (_, getrokken) = Verleend(1_000_00);
        getrokken.NeemOpInSteekproef(Now);
        Assert.False(getrokken.IsAmbtshalveVaststelbaar(Op(new DateOnly(2028, 1, 1))));

        klein.StelVast(klein.Bedrag, null, null, ambtshalve: true, Op(new DateOnly(2027, 7, 1)));
        Assert.False(klein.IsAmbtshalveVaststelbaar(Op(new DateOnly(2027, 7, 2))));
    }
}
