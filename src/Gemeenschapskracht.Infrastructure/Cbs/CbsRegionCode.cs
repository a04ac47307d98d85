using Gemeenschapskracht.Domain.Gebieden;

namespace Gemeenschapskracht.Infrastructure.Cbs;

/// <summary>
/// CBS region codes: <c>GM</c> + gemeente (4 digits), <c>WK</c> + gemeente + wijk (2),
/// <c>BU</c> + gemeente + wijk (2) + buurt (2). Since 2023 the wijk and buurt parts may contain letters.
/// </summary>
public static class CbsRegionCode
{
    /// <summary>Recognises a trimmed code and derives its soort and gemeentecode.</summary>
    public static bool TryParse(string? code, out GebiedSoort soort, out string gemeentecode)
    {
        soort = default;
        gemeentecode = "";
        if (code is null || code.Length < 6 || !IsDigits(code.AsSpan(2, 4)) || !code.All(char.IsAsciiLetterOrDigit))
        {
            return false;
        }

        GebiedSoort? parsed = (code[..2], code.Length) switch
        {
            ("GM", 6) => GebiedSoort.Gemeente,
            ("WK", 8) => GebiedSoort.Wijk,
            ("BU", 10) => GebiedSoort.Buurt,
            _ => null,
        };
        if (parsed is null)
        {
            return false;
        }

        soort = parsed.Value;
        gemeentecode = string.Concat("GM", code.AsSpan(2, 4));
        return true;
    }

    /// <summary>The gemeentecode of a region whose prefix is unusual but whose kind is given by SoortRegio.</summary>
    public static bool TryParse(string? code, string? soortRegio, out GebiedSoort soort, out string gemeentecode)
    {
        if (TryParse(code, out soort, out gemeentecode))
        {
            return true;
        }

        GebiedSoort? parsed = soortRegio?.Trim().ToUpperInvariant() switch
        {
            "GEMEENTE" => GebiedSoort.Gemeente,
            "WIJK" => GebiedSoort.Wijk,
            "BUURT" => GebiedSoort.Buurt,
            _ => null,
        };
        if (parsed is null || code is null || code.Length < 6 || !IsDigits(code.AsSpan(2, 4)))
        {
            return false;
        }

        soort = parsed.Value;
        gemeentecode = string.Concat("GM", code.AsSpan(2, 4));
        return true;
    }

    private static bool IsDigits(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
