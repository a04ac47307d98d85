using System.Globalization;
using System.Text;

namespace Gemeenschapskracht.Domain.Common;

/// <summary>Derives a slug from a name, of a gemeente or a wijk: "Súdwest-Fryslân" → "sudwest-fryslan", "Bergen (NH.)" → "bergen-nh".</summary>
public static class SlugGenerator
{
    public static string FromName(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            if (char.IsAsciiLetterOrDigit(c))
                builder.Append(char.ToLowerInvariant(c));
            else if (builder.Length > 0 && builder[^1] != '-')
                builder.Append('-');
        }
        return builder.ToString().Trim('-');
    }
}
