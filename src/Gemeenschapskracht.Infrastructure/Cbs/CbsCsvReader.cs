using System.Text;
using Gemeenschapskracht.Application.Cbs;

namespace Gemeenschapskracht.Infrastructure.Cbs;

/// <summary>
/// Reads the StatLine CSV download of a TypedDataSet: semicolon-separated, a header row with the
/// column keys, cells optionally quoted and space-padded, "" or "." for unknown, "." as decimal separator.
/// </summary>
public static class CbsCsvReader
{
    /// <exception cref="FormatException">No header, a row with the wrong number of cells, or a non-numeric value.</exception>
    public static async Task<IReadOnlyList<CbsRegion>> ReadAsync(
        TextReader csv,
        CbsDataProperties properties,
        CancellationToken cancellationToken)
    {
        var header = await csv.ReadLineAsync(cancellationToken)
            ?? throw new FormatException("Het CSV-bestand is leeg.");
        var keys = SplitLine(header).Select(k => k.Trim()).ToArray();
        if (!keys.Contains(properties.RegionKey, StringComparer.Ordinal))
        {
            throw new FormatException($"Het CSV-bestand heeft geen kolom '{properties.RegionKey}'.");
        }

        var row = new CbsRegionBuilder(properties);
        var regions = new List<CbsRegion>();
        int lineNumber = 1;
        while (await csv.ReadLineAsync(cancellationToken) is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var cells = SplitLine(line);
            if (cells.Count != keys.Length)
            {
                throw new FormatException($"Regel {lineNumber} heeft {cells.Count} velden in plaats van {keys.Length}.");
            }

            row.Begin();
            for (int i = 0; i < keys.Length; i++)
            {
                row.SetText(keys[i], cells[i]);
            }

            if (row.Build() is { } region)
            {
                regions.Add(region);
            }
        }

        return regions;
    }

    /// <summary>Splits on ';' outside double quotes; a doubled quote inside quotes is a literal quote.</summary>
    private static List<string> SplitLine(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (c == '"' && quoted && i + 1 < line.Length && line[i + 1] == '"')
            {
                cell.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ';' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return cells;
    }
}
