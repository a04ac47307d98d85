using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Gemeenschapskracht.Infrastructure.Documents;

/// <summary>Where the next line goes: the current A4 page and the height used on it; a new page when the next piece does not fit.</summary>
internal sealed class PageFlow(PdfDocument pdf) : IDisposable
{
    public const double Margin = 62;
    public const double FooterTop = 842 - 58;

    private XGraphics? _graphics;

    public XGraphics Graphics => _graphics ?? throw new InvalidOperationException("Er is nog geen pagina.");

    public double Left => Margin;

    public double Width => Graphics.PageSize.Width - 2 * Margin;

    public double Top => Margin;

    public double Bottom => FooterTop - 14;

    public double Y { get; set; }

    public bool AtTopOfPage => Y <= Top;

    public void NewPage()
    {
        _graphics?.Dispose();
        var page = pdf.AddPage();
        page.Size = PageSize.A4;
        _graphics = XGraphics.FromPdfPage(page);
        Y = Top;
    }

    /// <summary>Starts a new page unless the height fits below what is already there (or the page is still empty).</summary>
    public void Reserve(double height)
    {
        if (Y + height > Bottom && !AtTopOfPage)
            NewPage();
    }

    /// <summary>Adds space, but never at the top of a page.</summary>
    public void Space(double height)
    {
        if (!AtTopOfPage)
            Y += height;
    }

    public double Measure(string text, XFont font) => Graphics.MeasureString(text, font).Width;

    public IReadOnlyList<string> Lines(string text, XFont font, double width) => LineBreaker.Break(text, width, t => Measure(t, font));

    /// <summary>Writes lines top down at x, going on to the next page where the page ends.</summary>
    public void WriteLines(IReadOnlyList<string> lines, XFont font, XColor color, double x)
    {
        var brush = new XSolidBrush(color);
        var height = DocumentFonts.LineHeight(font);
        foreach (var line in lines)
        {
            Reserve(height);
            Graphics.DrawString(line, font, brush, x, Y, XStringFormats.TopLeft);
            Y += height;
        }
    }

    public void Dispose() => _graphics?.Dispose();
}
