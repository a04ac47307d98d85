using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Gemeenschapskracht.Infrastructure.Documents;

/// <summary>Writes every page's footer once the page count is known: the gemeente and title on the left, "pagina 1 van 3" on the right.</summary>
internal static class FooterWriter
{
    public static void Write(PdfDocument pdf, DocumentPalette palette, string gemeente, string title)
    {
        var brush = new XSolidBrush(DocumentPalette.Muted);
        for (var i = 0; i < pdf.PageCount; i++)
        {
            using var graphics = XGraphics.FromPdfPage(pdf.Pages[i], XGraphicsPdfPageOptions.Append);
            var left = PageFlow.Margin;
            var right = graphics.PageSize.Width - PageFlow.Margin;
            graphics.DrawLine(new XPen(palette.Accent, 0.6), left, PageFlow.FooterTop, right, PageFlow.FooterTop);

            var pagina = $"pagina {i + 1} van {pdf.PageCount}";
            var paginaWidth = graphics.MeasureString(pagina, DocumentFonts.Footer).Width;
            var y = PageFlow.FooterTop + 6;
            graphics.DrawString(pagina, DocumentFonts.Footer, brush, right - paginaWidth, y, XStringFormats.TopLeft);

            var room = right - left - paginaWidth - 24;
            var label = LineBreaker.Break($"Gemeente {gemeente} · {title}", room, t => graphics.MeasureString(t, DocumentFonts.Footer).Width);
            var text = label.Count == 1 ? label[0] : label[0] + " …";
            graphics.DrawString(text, DocumentFonts.Footer, brush, left, y, XStringFormats.TopLeft);
        }
    }
}
