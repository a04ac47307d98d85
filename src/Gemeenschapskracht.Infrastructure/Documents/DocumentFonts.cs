using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Gemeenschapskracht.Infrastructure.Documents;

/// <summary>The type sizes of a document. Unicode encoding, so every character is embedded and can be copied and searched.</summary>
internal static class DocumentFonts
{
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);

    public static readonly XFont Title;
    public static readonly XFont Subtitle;
    public static readonly XFont Gemeente;
    public static readonly XFont Heading1;
    public static readonly XFont Heading2;
    public static readonly XFont Body;
    public static readonly XFont BodyBold;
    public static readonly XFont Table;
    public static readonly XFont TableBold;
    public static readonly XFont Footer;

    // PDFsharp resolves a font when it is made, so the resolver must be in place first.
    static DocumentFonts()
    {
        GlobalFontSettings.FontResolver ??= DejaVuFontResolver.Instance;
        Title = Font(24, bold: true);
        Subtitle = Font(12.5);
        Gemeente = Font(14, bold: true);
        Heading1 = Font(15, bold: true);
        Heading2 = Font(11.5, bold: true);
        Body = Font(10);
        BodyBold = Font(10, bold: true);
        Table = Font(8.5);
        TableBold = Font(8.5, bold: true);
        Footer = Font(8);
    }

    /// <summary>The distance between baselines: one and a third of the size reads well in running text.</summary>
    public static double LineHeight(XFont font) => font.Size * 1.38;

    private static XFont Font(double size, bool bold = false) =>
        new(DejaVuFontResolver.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Unicode);
}
