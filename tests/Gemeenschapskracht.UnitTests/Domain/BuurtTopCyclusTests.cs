using Gemeenschapskracht.Domain.BuurtTops;
using Gemeenschapskracht.Domain.Common;

namespace Gemeenschapskracht.UnitTests.Domain;

public sealed class BuurtTopCyclusTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    public static TheoryData<int, Regio, DateOnly, DateOnly, DateOnly> Kerstvakanties()
    {
        var data = new TheoryData<int, Regio, DateOnly, DateOnly, DateOnly>();
        var jaren = new (int Jaar, DateOnly Begin, DateOnly Eind, DateOnly Zaterdag)[]
        {
            (2024, new(2024, 12, 21), new(2025, 1, 5), new(2025, 1, 11)),
            (2025, new(2025, 12, 20), new(2026, 1, 4), new(2026, 1, 10)),
            (2026, new(2026, 12, 19), new(2027, 1, 3), new(2027, 1, 9)),
            (2027, new(2027, 12, 25), new(2028, 1, 9), new(2028, 1, 15)),
        };
        foreach (var (jaar, begin, eind, zaterdag) in jaren)
            foreach (var regio in Enum.GetValues<Regio>())
                data.Add(jaar, regio, begin, eind, zaterdag);
        return data;
    }

    [Theory]
    [MemberData(nameof(Kerstvakanties))]
    public void The_kerstvakantie_starts_on_the_Saturday_between_19_and_25_December_in_every_region_and_the_BuurtTop_dag_is_the_Saturday_after(
        int jaar, Regio regio, DateOnly begin, DateOnly eind, DateOnly buurtTopDag)
    {
        Assert.Equal((begin, eind), Kerstvakantie.In(jaar, regio));
        Assert.Equal(buurtTopDag, Kerstvakantie.EersteZaterdagNa(jaar, regio));
        Assert.Equal(DayOfWeek.Saturday, buurtTopDag.DayOfWeek);

        var cyclus = BuurtTopCyclus.Standaard(Now);
        cyclus.Wijzig(4, 12, 14, regio, BuurtTopDagRegel.EersteZaterdagNaKerstvakantie, null, null, Now);
        Assert.Equal(buurtTopDag, cyclus.BuurtTopDag(jaar + 1));
    }

    [Fact]
    public void The_default_cycle_is_every_four_years_announced_a_year_before_on_the_first_Saturday_after_the_kerstvakantie()
    {
        var cyclus = BuurtTopCyclus.Standaard(Now);

        Assert.Equal((4, 12, BuurtTopDagRegel.EersteZaterdagNaKerstvakantie), (cyclus.IntervalJaren, cyclus.AankondigingMaanden, cyclus.Dagregel));
        Assert.Equal(new DateOnly(2027, 1, 9), cyclus.VolgendeBuurtTopDag(new DateOnly(2026, 3, 1)));
        Assert.Equal(new DateOnly(2026, 1, 10), cyclus.VolgendeBuurtTopDag(new DateOnly(2026, 1, 10)));
    }

    [Fact]
    public void A_fixed_BuurtTop_dag_is_a_day_and_month_that_exist_every_year()
    {
        var cyclus = BuurtTopCyclus.Standaard(Now);

        Assert.Throws<DomainException>(() => cyclus.Wijzig(4, 12, 14, Regio.Noord, BuurtTopDagRegel.VasteDatum, 29, 2, Now));
        Assert.Throws<DomainException>(() => cyclus.Wijzig(4, 12, 14, Regio.Noord, BuurtTopDagRegel.VasteDatum, null, 3, Now));
        Assert.Throws<DomainException>(() => cyclus.Wijzig(4, 12, 14, Regio.Noord, BuurtTopDagRegel.EersteZaterdagNaKerstvakantie, 1, 3, Now));
        cyclus.Wijzig(4, 12, 14, Regio.Noord, BuurtTopDagRegel.VasteDatum, 21, 3, Now);
        Assert.Equal(new DateOnly(2027, 3, 21), cyclus.BuurtTopDag(2027));
        Assert.Equal(new DateOnly(2027, 3, 21), cyclus.VolgendeBuurtTopDag(new DateOnly(2026, 3, 22)));
    }

    [Fact]
    public void The_lead_time_is_shorter_than_the_cycle_and_the_interval_between_1_and_10_years()
    {
        var cyclus = BuurtTopCyclus.Standaard(Now);

        Assert.Throws<DomainException>(() => cyclus.Wijzig(1, 13, 14, Regio.Midden, BuurtTopDagRegel.EersteZaterdagNaKerstvakantie, null, null, Now));
        Assert.Throws<DomainException>(() => cyclus.Wijzig(0, 1, 14, Regio.Midden, BuurtTopDagRegel.EersteZaterdagNaKerstvakantie, null, null, Now));
        Assert.Throws<DomainException>(() => cyclus.Wijzig(11, 12, 14, Regio.Midden, BuurtTopDagRegel.EersteZaterdagNaKerstvakantie, null, null, Now));
    }

    [Fact]
    public void A_wijk_without_a_BuurtTop_gets_one_on_the_first_BuurtTop_dag_at_least_the_lead_time_away()
    {
        var cyclus = BuurtTopCyclus.Standaard(Now);

        Assert.Equal(new DateOnly(2028, 1, 15), cyclus.VolgendeBuurtTop(null, new DateOnly(2026, 3, 1)));
    }

    [Fact]
    public void The_next_BuurtTop_is_announced_the_lead_time_before_the_BuurtTop_dag_the_interval_brings()
    {
        var cyclus = BuurtTopCyclus.Standaard(Now);
        var laatste = new DateOnly(2026, 1, 10);
        var beoogd = cyclus.BuurtTopDag(2030);

        Assert.Null(cyclus.VolgendeBuurtTop(laatste, beoogd.AddMonths(-12).AddDays(-1)));
        Assert.Equal(beoogd, cyclus.VolgendeBuurtTop(laatste, beoogd.AddMonths(-12)));
        // Long overdue: the next BuurtTop-dag still to come, never a date in the past.
        Assert.Equal(cyclus.BuurtTopDag(2032), cyclus.VolgendeBuurtTop(new DateOnly(2020, 1, 11), new DateOnly(2031, 2, 1)));
    }
}
