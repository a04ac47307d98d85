using System.Text.RegularExpressions;

namespace Gemeenschapskracht.Infrastructure.Cbs;

/// <summary>Helpers for CBS column keys and feed metadata.</summary>
public static partial class CbsKey
{
    public const string GemeentenaamStem = "Gemeentenaam";
    public const string SoortRegioStem = "SoortRegio";

    /// <summary>The key without its yearly numeric suffix: <c>AantalInwoners_5</c> → <c>AantalInwoners</c>.</summary>
    public static string Stem(string key) => NumericSuffix().Replace(key, "");

    /// <summary>The table id in an <c>odata.metadata</c> URL (<c>…/85984NED/$metadata#…</c>), or null.</summary>
    public static string? TableIdFromMetadata(string? metadataUrl)
    {
        if (metadataUrl is null)
        {
            return null;
        }

        var match = MetadataTableId().Match(metadataUrl);
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex("_[0-9]+$")]
    private static partial Regex NumericSuffix();

    [GeneratedRegex(@"/([^/]+)/\$metadata")]
    private static partial Regex MetadataTableId();
}
