using Gemeenschapskracht.Application.Common.Documents;
using PdfSharp.Drawing;

namespace Gemeenschapskracht.Infrastructure.Documents;

/// <summary>
/// Writes a table: a header in the accent colour, striped rows whose cells wrap, a bold total row. A row is never
/// split; a row that does not fit starts a new page, which repeats the header.
/// </summary>
internal sealed class TableWriter(PageFlow flow, DocumentPalette palette)
{
    private const double PaddingX = 4;
    private const double PaddingY = 3.5;

    public void Write(Table table)
    {
        var widths = ColumnWidths(table);
        var header = Layout(table.Columns.Select(c => c.Title).ToList(), widths, DocumentFonts.TableBold);
        var rows = table.Rows.Select(r => Layout(r, widths, DocumentFonts.Table)).ToList();

        flow.Reserve(header.Height + (rows.Count > 0 ? rows[0].Height : 0));
        Header(table, widths, header);
        for (var i = 0; i < rows.Count; i++)
        {
            if (flow.Y + rows[i].Height > flow.Bottom)
            {
                flow.NewPage();
                Header(table, widths, header);
            }
            if (i % 2 == 1)
                flow.Graphics.DrawRectangle(new XSolidBrush(palette.Tint), flow.Left, flow.Y, flow.Width, rows[i].Height);
            Cells(table, widths, rows[i], DocumentFonts.Table, DocumentPalette.Text);
            flow.Graphics.DrawLine(new XPen(DocumentPalette.Line, 0.5), flow.Left, flow.Y, flow.Left + flow.Width, flow.Y);
        }
        if (table.Total is { } total)
        {
            var row = Layout(total, widths, DocumentFonts.TableBold);
            flow.Reserve(row.Height);
            flow.Graphics.DrawLine(new XPen(palette.Accent, 1), flow.Left, flow.Y, flow.Left + flow.Width, flow.Y);
            Cells(table, widths, row, DocumentFonts.TableBold, DocumentPalette.Text);
        }
        flow.Y += 10;
    }

    private void Header(Table table, double[] widths, RowLayout header)
    {
        flow.Graphics.DrawRectangle(new XSolidBrush(palette.Accent), flow.Left, flow.Y, flow.Width, header.Height);
        Cells(table, widths, header, DocumentFonts.TableBold, XColors.White);
    }

    private void Cells(Table table, double[] widths, RowLayout row, XFont font, XColor color)
    {
        var brush = new XSolidBrush(color);
        var lineHeight = DocumentFonts.LineHeight(font);
        var x = flow.Left;
        for (var c = 0; c < widths.Length; c++)
        {
            var y = flow.Y + PaddingY;
            foreach (var line in row.Cells[c])
            {
                var lineX = table.Columns[c].AlignRight ? x + widths[c] - PaddingX - flow.Measure(line, font) : x + PaddingX;
                flow.Graphics.DrawString(line, font, brush, lineX, y, XStringFormats.TopLeft);
                y += lineHeight;
            }
            x += widths[c];
        }
        flow.Y += row.Height;
    }

    private RowLayout Layout(IReadOnlyList<string> cells, double[] widths, XFont font)
    {
        var lines = widths.Select((w, c) => flow.Lines(c < cells.Count ? cells[c] : "", font, w - 2 * PaddingX)).ToList();
        return new RowLayout(lines, lines.Max(l => l.Count) * DocumentFonts.LineHeight(font) + 2 * PaddingY);
    }

    /// <summary>
    /// Each column its weight's share of the width, but never narrower than its longest word, so words are not cut
    /// where another column has room to spare; the columns that give way keep their proportions.
    /// </summary>
    private double[] ColumnWidths(Table table)
    {
        var minimum = table.Columns.Select((column, c) => table.Rows.Select(r => c < r.Count ? r[c] : "").Prepend(column.Title)
            .SelectMany(cell => cell.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(word => flow.Measure(word, DocumentFonts.TableBold) + 2 * PaddingX).DefaultIfEmpty(0).Max()).ToArray();
        var widths = new double[table.Columns.Count];
        var fixedColumns = new bool[widths.Length];
        while (true)
        {
            var free = flow.Width - widths.Where((_, c) => fixedColumns[c]).Sum();
            var weight = table.Columns.Where((_, c) => !fixedColumns[c]).Sum(column => column.Weight);
            var grown = false;
            for (var c = 0; c < widths.Length; c++)
            {
                if (fixedColumns[c])
                    continue;
                widths[c] = free * table.Columns[c].Weight / weight;
                if (widths[c] < minimum[c] && minimum[c] < flow.Width / 2)
                {
                    widths[c] = minimum[c];
                    fixedColumns[c] = grown = true;
                }
            }
            if (!grown)
                return widths;
        }
    }

    private sealed record RowLayout(IReadOnlyList<IReadOnlyList<string>> Cells, double Height);
}
