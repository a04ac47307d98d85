using Gemeenschapskracht.Application.Common.Documents;
using PdfSharp.Drawing;

namespace Gemeenschapskracht.Infrastructure.Documents;

/// <summary>The first page: a band in the accent colour, the logo and the gemeente's name, the title, and the facts in a tinted box.</summary>
internal sealed class TitlePageWriter(PageFlow flow, DocumentPalette palette)
{
    private const double LogoMaxHeight = 64;
    private const double LogoMaxWidth = 180;
    private const double BoxPadding = 14;

    public void Write(TitlePage titlePage, string gemeente, XImage? logo)
    {
        var graphics = flow.Graphics;
        graphics.DrawRectangle(new XSolidBrush(palette.Accent), 0, 0, graphics.PageSize.Width, 14);

        flow.Y = flow.Top + 6;
        if (logo is not null)
        {
            var scale = Math.Min(Math.Min(LogoMaxHeight / logo.PointHeight, LogoMaxWidth / logo.PointWidth), 1);
            graphics.DrawImage(logo, flow.Left, flow.Y, logo.PointWidth * scale, logo.PointHeight * scale);
            flow.Y += logo.PointHeight * scale + 12;
        }
        flow.WriteLines(flow.Lines($"Gemeente {gemeente}", DocumentFonts.Gemeente, flow.Width), DocumentFonts.Gemeente, palette.Accent, flow.Left);

        flow.Y = Math.Max(flow.Y + 40, 250);
        flow.WriteLines(flow.Lines(titlePage.Title, DocumentFonts.Title, flow.Width), DocumentFonts.Title, DocumentPalette.Text, flow.Left);
        flow.Y += 6;
        graphics.DrawRectangle(new XSolidBrush(palette.Accent), flow.Left, flow.Y, 72, 3);
        flow.Y += 14;
        if (titlePage.Subtitle is { } subtitle)
            flow.WriteLines(flow.Lines(subtitle, DocumentFonts.Subtitle, flow.Width), DocumentFonts.Subtitle, DocumentPalette.Muted, flow.Left);

        if (titlePage.Details.Count > 0)
            Details(titlePage.Details);
    }

    private void Details(IReadOnlyList<KeyValue> details)
    {
        var labelWidth = 130;
        var valueWidth = flow.Width - labelWidth - 2 * BoxPadding;
        var lineHeight = DocumentFonts.LineHeight(DocumentFonts.Body);
        var rows = details.Select(d => (d.Key, Value: flow.Lines(d.Value, DocumentFonts.Body, valueWidth))).ToList();
        var height = rows.Sum(r => r.Value.Count * lineHeight + 4) + 2 * BoxPadding - 4;

        flow.Y += 36;
        flow.Graphics.DrawRectangle(new XSolidBrush(palette.Tint), flow.Left, flow.Y, flow.Width, height);
        flow.Graphics.DrawRectangle(new XSolidBrush(palette.Accent), flow.Left, flow.Y, 3, height);
        flow.Y += BoxPadding;
        foreach (var (key, value) in rows)
        {
            var top = flow.Y;
            flow.WriteLines([key], DocumentFonts.BodyBold, DocumentPalette.Muted, flow.Left + BoxPadding);
            flow.Y = top;
            flow.WriteLines(value, DocumentFonts.Body, DocumentPalette.Text, flow.Left + BoxPadding + labelWidth);
            flow.Y += 4;
        }
    }
}
