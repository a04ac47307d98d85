namespace Gemeenschapskracht.Application.Common.Interfaces;

/// <summary>
/// Writes a table as CSV (RFC 4180: comma-separated, fields with a comma, quote or line break quoted, quotes doubled,
/// CRLF between records) in UTF-8 with a byte order mark, so a spreadsheet reads accents right. A text cell that a
/// spreadsheet would run as a formula (it begins with =, +, -, @, a tab or a carriage return) starts with an apostrophe.
/// </summary>
public interface ICsvWriter
{
    /// <param name="delimiter">A comma by default; a semicolon for a file a Dutch spreadsheet opens with a double click (decimal comma).</param>
    byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<CsvCell>> rows, char delimiter = ',');
}

/// <summary>One cell: text (guarded against formulas) or a value written as it is (a number, a date, an identifier).</summary>
public readonly record struct CsvCell(string? Value, bool IsText)
{
    public static CsvCell Text(string? value) => new(value, true);

    public static CsvCell Raw(string? value) => new(value, false);
}
