using System.Data;
using System.Text;
using Gemeenschapskracht.Application.Common.Interfaces;
using Sylvan.Data.Csv;

namespace Gemeenschapskracht.Infrastructure.Csv;

/// <summary>
/// CSV with Sylvan.Data.Csv, the library the local figures are read with: the rows go through a <see cref="DataTable"/>'s
/// reader, Sylvan quotes what needs quoting (RFC 4180). A text cell a spreadsheet would take for a formula is defused
/// with a leading apostrophe (OWASP "CSV injection"); identifiers, numbers and dates are written as they are.
/// </summary>
internal sealed class SylvanCsvWriter : ICsvWriter
{
    private static readonly char[] FormuleTekens = ['=', '+', '-', '@', '\t', '\r'];

    public byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<CsvCell>> rows, char delimiter = ',')
    {
        using var table = new DataTable();
        foreach (var kolom in header)
            table.Columns.Add(kolom, typeof(string));
        foreach (var row in rows)
        {
            if (row.Count != header.Count)
                throw new ArgumentException($"Een rij heeft {row.Count} cellen, de kop {header.Count}.", nameof(rows));
            table.Rows.Add(row.Select(c => (object?)Cel(c) ?? DBNull.Value).ToArray());
        }
        using var stream = new MemoryStream();
        using (var text = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        using (var writer = CsvDataWriter.Create(text, new CsvDataWriterOptions { Delimiter = delimiter, NewLine = "\r\n", WriteHeaders = true }))
        using (var reader = table.CreateDataReader())
            writer.Write(reader);
        return stream.ToArray();
    }

    private static string? Cel(CsvCell cel) =>
        cel.IsText && cel.Value is { Length: > 0 } waarde && FormuleTekens.Contains(waarde[0]) ? "'" + waarde : cel.Value;
}
