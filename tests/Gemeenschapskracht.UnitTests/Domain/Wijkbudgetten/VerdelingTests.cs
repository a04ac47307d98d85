using System.Numerics;
using Gemeenschapskracht.Domain.Wijkbudgetten;

namespace Gemeenschapskracht.UnitTests.Domain.Wijkbudgetten;

/// <summary>The rounding rule of the allocation (largest remainder): the parts add up to the total exactly, each within one cent of its exact quota.</summary>
public sealed class VerdelingTests
{
    [Fact]
    public void Cents_left_by_rounding_down_go_to_the_largest_remainders()
    {
        // 100 cents over 1 : 1 : 1 → quotas 33⅓ each: one cent left, to the first of equal remainders.
        Assert.Equal([34, 33, 33], Verdeling.Verdeel(100, [1, 1, 1]));
        // 10 cents over 1 : 2 : 3 → quotas 1⅔, 3⅓, 5: the first has the largest remainder.
        Assert.Equal([2, 3, 5], Verdeling.Verdeel(10, [1, 2, 3]));
    }

    [Fact]
    public void Equal_input_gives_equal_output()
    {
        BigInteger[] gewichten = [7, 3, 3, 11];
        Assert.Equal(Verdeling.Verdeel(1_000_001, gewichten), Verdeling.Verdeel(1_000_001, gewichten));
    }

    [Fact]
    public void The_parts_add_up_to_the_total_exactly_and_stay_within_one_cent_of_their_quota()
    {
        var random = new Random(20261202);
        for (var geval = 0; geval < 5_000; geval++)
        {
            var totaal = random.NextInt64(0, 5_000_000_000_00);
            var gewichten = Enumerable.Range(0, random.Next(1, 60)).Select(_ => new BigInteger(random.NextInt64(0, 1_000_000_000_000))).ToList();
            if (gewichten.All(g => g.IsZero))
                gewichten[0] = 1;
            var som = gewichten.Aggregate(BigInteger.Zero, (a, g) => a + g);

            var delen = Verdeling.Verdeel(totaal, gewichten);

            Assert.Equal(totaal, delen.Sum());
            for (var i = 0; i < delen.Length; i++)
            {
                var laag = BigInteger.Divide(totaal * gewichten[i], som);
                Assert.InRange(delen[i], (long)laag, (long)laag + 1);
            }
        }
    }

    [Fact]
    public void A_part_with_weight_zero_gets_nothing()
    {
        Assert.Equal([0, 999], Verdeling.Verdeel(999, [0, 5]));
    }
}
