using System.Globalization;
using Gemeenschapskracht.Application.Cbs;

namespace Gemeenschapskracht.Infrastructure.Cbs;

/// <summary>Collects one row's columns (from JSON or CSV) and turns it into a <see cref="CbsRegion"/>.</summary>
internal sealed class CbsRegionBuilder(CbsDataProperties properties)
{
    private readonly Dictionary<string, string> _stemsByKey =
        properties.Measures.ToDictionary(m => m.Key, m => m.Stem, StringComparer.Ordinal);

    private Dictionary<string, decimal?> _values = new(StringComparer.Ordinal);
    private string? _code;
    private string? _gemeentenaam;
    private string? _soortRegio;

    public void Begin()
    {
        _values = new Dictionary<string, decimal?>(_stemsByKey.Count, StringComparer.Ordinal);
        _code = null;
        _gemeentenaam = null;
        _soortRegio = null;
    }

    public bool IsMeasure(string key) => _stemsByKey.ContainsKey(key);

    /// <summary>A JSON number or null; ignored unless <paramref name="key"/> is a numeric topic.</summary>
    public void SetNumber(string key, decimal? value)
    {
        if (_stemsByKey.TryGetValue(key, out var stem))
        {
            _values[stem] = value;
        }
    }

    /// <summary>A text cell: a region column, or a number as text ("" and "." mean unknown).</summary>
    /// <exception cref="FormatException">A measure's text is not a number.</exception>
    public void SetText(string key, string? text)
    {
        if (key == properties.RegionKey)
        {
            _code = text?.Trim();
        }
        else if (key == properties.GemeentenaamKey)
        {
            _gemeentenaam = text?.Trim();
        }
        else if (key == properties.SoortRegioKey)
        {
            _soortRegio = text?.Trim();
        }
        else if (_stemsByKey.TryGetValue(key, out var stem))
        {
            _values[stem] = ParseNumber(key, text);
        }
    }

    /// <summary>The row as a region, or null for a row that is not a gemeente, wijk or buurt (e.g. NL00).</summary>
    /// <exception cref="FormatException">The row has no region code.</exception>
    public CbsRegion? Build()
    {
        if (string.IsNullOrEmpty(_code))
        {
            throw new FormatException($"Een rij heeft geen regiocode ('{properties.RegionKey}').");
        }

        if (!CbsRegionCode.TryParse(_code, _soortRegio, out var soort, out var gemeentecode))
        {
            return null;
        }

        return new CbsRegion(_code, soort, gemeentecode, _gemeentenaam ?? "", _values);
    }

    private static decimal? ParseNumber(string key, string? text)
    {
        var trimmed = text.AsSpan().Trim();
        if (trimmed.IsEmpty || trimmed is ".")
        {
            return null;
        }

        if (decimal.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        throw new FormatException($"De waarde '{text}' van '{key}' is geen getal.");
    }
}
