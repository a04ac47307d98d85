using System.Globalization;

namespace Gemeenschapskracht.Domain.Common;

/// <summary>
/// The one rule for text that people type: no control characters (a line break only where text may have lines),
/// no characters that reverse the reading direction (U+202A–U+202E, U+2066–U+2069, the "Trojan Source" trick that
/// makes a name read differently from what is stored), and not blank: at least one visible character, so text made
/// of spaces or zero-width characters only is refused too.
/// </summary>
public static class Tekst
{
    public static bool IsSafe(string value, bool multiline = false)
    {
        foreach (var c in value)
        {
            if (multiline && c is '\n' or '\r' or '\t')
                continue;
            if (char.IsControl(c) || IsDirectionOverride(c))
                return false;
        }
        return true;
    }

    /// <summary>True when the text has no visible character: empty, white space, or format characters (zero-width) only.</summary>
    public static bool IsBlank(string? value)
    {
        if (value is null)
            return true;
        foreach (var c in value)
        {
            if (!char.IsWhiteSpace(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format && !char.IsControl(c))
                return false;
        }
        return true;
    }

    /// <summary>Optional text as stored: trimmed, or null when nothing was typed.</summary>
    public static string? OfNull(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static bool IsDirectionOverride(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';
}
