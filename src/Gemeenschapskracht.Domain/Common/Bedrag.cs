using System.Globalization;

namespace Gemeenschapskracht.Domain.Common;

/// <summary>
/// An amount of money in euro, held as whole eurocents so that sums are exact (never floating point).
/// Stored as a <c>long</c> column of eurocents.
/// </summary>
public readonly record struct Bedrag(long Eurocent) : IComparable<Bedrag>
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static Bedrag Nul => new(0);

    public static Bedrag FromEuro(decimal euro)
    {
        var cents = euro * 100;
        if (cents != decimal.Truncate(cents))
            throw new DomainException($"Een bedrag kan niet kleiner zijn dan een cent: {euro.ToString(Dutch)}.");
        return new Bedrag(checked((long)cents));
    }

    public decimal Euro => Eurocent / 100m;

    public bool IsNegatief => Eurocent < 0;

    public static Bedrag operator +(Bedrag a, Bedrag b) => new(checked(a.Eurocent + b.Eurocent));

    public static Bedrag operator -(Bedrag a, Bedrag b) => new(checked(a.Eurocent - b.Eurocent));

    public static bool operator <(Bedrag a, Bedrag b) => a.Eurocent < b.Eurocent;

    public static bool operator >(Bedrag a, Bedrag b) => a.Eurocent > b.Eurocent;

    public static bool operator <=(Bedrag a, Bedrag b) => a.Eurocent <= b.Eurocent;

    public static bool operator >=(Bedrag a, Bedrag b) => a.Eurocent >= b.Eurocent;

    public int CompareTo(Bedrag other) => Eurocent.CompareTo(other.Eurocent);

    /// <summary>Dutch notation, e.g. "€ 1.234,50".</summary>
    public override string ToString() => Euro.ToString("C", Dutch);
}
