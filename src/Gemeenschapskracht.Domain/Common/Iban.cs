namespace Gemeenschapskracht.Domain.Common;

/// <summary>
/// An International Bank Account Number (ISO 13616) in the SEPA area, the only accounts a SEPA credit transfer
/// (pain.001) pays to: the country's length, then the check digits by ISO 7064 mod 97-10 (the number with its first
/// four characters moved to the end, letters as 10–35, leaves remainder 1 when divided by 97).
/// </summary>
public static class Iban
{
    private static readonly Dictionary<string, int> SepaLengtes = new(StringComparer.Ordinal)
    {
        ["AD"] = 24, ["AT"] = 20, ["BE"] = 16, ["BG"] = 22, ["CH"] = 21, ["CY"] = 28, ["CZ"] = 24, ["DE"] = 22, ["DK"] = 18,
        ["EE"] = 20, ["ES"] = 24, ["FI"] = 18, ["FR"] = 27, ["GB"] = 22, ["GI"] = 23, ["GR"] = 27, ["HR"] = 21, ["HU"] = 28,
        ["IE"] = 22, ["IS"] = 26, ["IT"] = 27, ["LI"] = 21, ["LT"] = 20, ["LU"] = 20, ["LV"] = 21, ["MC"] = 27, ["MT"] = 31,
        ["NL"] = 18, ["NO"] = 15, ["PL"] = 28, ["PT"] = 25, ["RO"] = 24, ["SE"] = 24, ["SI"] = 19, ["SK"] = 24, ["SM"] = 27,
        ["VA"] = 22,
    };

    /// <summary>Without spaces, in capitals: the electronic form a payment file carries.</summary>
    public static string Normaliseer(string waarde) => string.Concat(waarde.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    public static bool IsGeldig(string waarde)
    {
        var iban = Normaliseer(waarde);
        if (iban.Length < 4 || !SepaLengtes.TryGetValue(iban[..2], out var lengte) || iban.Length != lengte)
            return false;
        if (!char.IsAsciiDigit(iban[2]) || !char.IsAsciiDigit(iban[3]) || !iban.All(char.IsAsciiLetterOrDigit))
            return false;
        var rest = 0;
        foreach (var teken in iban[4..] + iban[..4])
        {
            var cijfers = char.IsAsciiDigit(teken) ? teken - '0' : teken - 'A' + 10;
            rest = cijfers < 10 ? (rest * 10 + cijfers) % 97 : (rest * 100 + cijfers) % 97;
        }
        return rest == 1;
    }

    /// <summary>Grouped by four for people to read: "NL91 ABNA 0417 1643 00".</summary>
    public static string Leesbaar(string iban) => string.Join(' ', Normaliseer(iban).Chunk(4).Select(d => new string(d)));
}
