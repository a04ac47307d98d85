using System.Globalization;
using Gemeenschapskracht.Domain.Common;

namespace Gemeenschapskracht.Domain.Wijkbudgetten;

/// <summary>
/// A share as a percentage with at most two decimals, held as basis points (1 % = 100) so that shares add up
/// exactly: weights of criteria, a source's part of the mix, the floor for organisational support.
/// </summary>
public readonly record struct Aandeel(int Basispunten)
{
    public const int Geheel = 10_000;

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static Aandeel FromProcent(decimal procent)
    {
        var punten = procent * 100;
        if (punten != decimal.Truncate(punten))
            throw new DomainException($"Een percentage heeft hoogstens twee decimalen: {procent.ToString(Dutch)} %.");
        if (procent is < 0 or > 100)
            throw new DomainException($"Een percentage ligt tussen 0 en 100: {procent.ToString(Dutch)} %.");
        return new Aandeel((int)punten);
    }

    public decimal Procent => Basispunten / 100m;

    /// <summary>The part of <paramref name="bedrag"/>, rounded down to the cent (for a floor: never lower than it says).</summary>
    public Bedrag Van(Bedrag bedrag) => new(checked(bedrag.Eurocent * Basispunten) / Geheel);

    public override string ToString() => $"{Procent.ToString("0.##", Dutch)} %";
}
