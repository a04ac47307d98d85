using System.Numerics;

namespace Gemeenschapskracht.Domain.Wijkbudgetten;

/// <summary>
/// Divides a whole number of eurocents over parts in proportion to their weights, so that the parts add up to the
/// total exactly (the largest remainder method, Hamilton). Each part first gets the floor of its exact quota
/// total × weight / Σ weights; the cents left over (fewer than the number of parts, because each floor loses less
/// than one cent) go one each to the parts with the largest remainders; equal remainders are broken by the order
/// in which the parts are given (the caller passes them sorted by a stable key such as the CBS code), so the same
/// input always gives the same result. All arithmetic is on integers: no rounding error can make the sum drift.
/// </summary>
public static class Verdeling
{
    public static long[] Verdeel(long totaal, IReadOnlyList<BigInteger> gewichten)
    {
        if (totaal < 0)
            throw new ArgumentOutOfRangeException(nameof(totaal), "Het totaal is negatief.");
        if (gewichten.Count == 0 || gewichten.Any(g => g < 0))
            throw new ArgumentException("Er is minstens één deel nodig en geen gewicht is negatief.", nameof(gewichten));
        var som = gewichten.Aggregate(BigInteger.Zero, (a, g) => a + g);
        if (som.IsZero)
            throw new ArgumentException("De gewichten zijn samen nul.", nameof(gewichten));

        var delen = new long[gewichten.Count];
        var resten = new BigInteger[gewichten.Count];
        long verdeeld = 0;
        for (var i = 0; i < gewichten.Count; i++)
        {
            var quotum = BigInteger.DivRem(totaal * gewichten[i], som, out var rest);
            delen[i] = (long)quotum;
            resten[i] = rest;
            verdeeld += delen[i];
        }
        var over = totaal - verdeeld;
        foreach (var i in Enumerable.Range(0, gewichten.Count).OrderByDescending(i => resten[i]).ThenBy(i => i).Take((int)over))
            delen[i]++;
        return delen;
    }
}
