using Gemeenschapskracht.Application.Common.Documents;
using PdfSharp.Drawing;

namespace Gemeenschapskracht.Infrastructure.Documents;

/// <summary>Writes the flowing blocks: headings in the accent colour with a rule, text, lists, label-value pairs and notices.</summary>
internal sealed class BlockWriter(PageFlow flow, DocumentPalette palette)
{
    private const double KeepWithNext = 48;
    private const double BulletIndent = 14;
    private const double NoticePadding = 9;

    private readonly TableWriter _tables = new(flow, palette);

    public void Write(DocumentBlock block)
    {
        switch (block)
        {
            case Heading { Level: 1 } heading: Heading1(heading.Text); break;
            case Heading heading: Heading2(heading.Text); break;
            case Paragraph paragraph: Paragraph(paragraph.Text); break;
            case BulletList list: Bullets(list.Items); break;
            case KeyValueList list: KeyValues(list.Items); break;
            case Notice notice: Notice(notice); break;
            case Table table: _tables.Write(table); break;
            default: throw new NotSupportedException($"Geen opmaak voor {block.GetType().Name}.");
        }
    }

    private void Heading1(string text)
    {
        var lines = flow.Lines(text, DocumentFonts.Heading1, flow.Width);
        flow.Space(16);
        flow.Reserve(lines.Count * DocumentFonts.LineHeight(DocumentFonts.Heading1) + KeepWithNext);
        flow.WriteLines(lines, DocumentFonts.Heading1, palette.Accent, flow.Left);
        flow.Y += 2;
        flow.Graphics.DrawLine(new XPen(palette.Accent, 0.8), flow.Left, flow.Y, flow.Left + flow.Width, flow.Y);
        flow.Y += 9;
    }

    private void Heading2(string text)
    {
        var lines = flow.Lines(text, DocumentFonts.Heading2, flow.Width);
        flow.Space(8);
        flow.Reserve(lines.Count * DocumentFonts.LineHeight(DocumentFonts.Heading2) + KeepWithNext);
        flow.WriteLines(lines, DocumentFonts.Heading2, palette.Accent, flow.Left);
        flow.Y += 2;
    }

    private void Paragraph(string text)
    {
        flow.WriteLines(flow.Lines(text, DocumentFonts.Body, flow.Width), DocumentFonts.Body, DocumentPalette.Text, flow.Left);
        flow.Y += 6;
    }

    private void Bullets(IReadOnlyList<string> items)
    {
        var bullet = new XSolidBrush(palette.Accent);
        foreach (var item in items)
        {
            var lines = flow.Lines(item, DocumentFonts.Body, flow.Width - BulletIndent);
            flow.Reserve(DocumentFonts.LineHeight(DocumentFonts.Body));
            flow.Graphics.DrawString("•", DocumentFonts.BodyBold, bullet, flow.Left + 2, flow.Y, XStringFormats.TopLeft);
            flow.WriteLines(lines, DocumentFonts.Body, DocumentPalette.Text, flow.Left + BulletIndent);
            flow.Y += 2;
        }
        flow.Y += 4;
    }

    private void KeyValues(IReadOnlyList<KeyValue> items)
    {
        var labelWidth = flow.Width * 0.34;
        var lineHeight = DocumentFonts.LineHeight(DocumentFonts.Body);
        foreach (var item in items)
        {
            var label = flow.Lines(item.Key, DocumentFonts.BodyBold, labelWidth - 8);
            var value = flow.Lines(item.Value, DocumentFonts.Body, flow.Width - labelWidth);
            flow.Reserve(Math.Max(label.Count, value.Count) * lineHeight);
            var top = flow.Y;
            flow.WriteLines(label, DocumentFonts.BodyBold, DocumentPalette.Muted, flow.Left);
            var afterLabel = flow.Y;
            flow.Y = top;
            flow.WriteLines(value, DocumentFonts.Body, DocumentPalette.Text, flow.Left + labelWidth);
            flow.Y = Math.Max(flow.Y, afterLabel) + 3;
        }
        flow.Y += 4;
    }

    // A notice is kept whole on one page: the box is drawn before its text, so its height must be known first.
    private void Notice(Notice notice)
    {
        var width = flow.Width - 2 * NoticePadding - 3;
        var title = flow.Lines(notice.Title, DocumentFonts.BodyBold, width);
        var text = flow.Lines(notice.Text, DocumentFonts.Body, width);
        var lineHeight = DocumentFonts.LineHeight(DocumentFonts.Body);
        var height = (title.Count + text.Count) * lineHeight + 2 * NoticePadding + 2;
        flow.Reserve(height + 6);
        flow.Graphics.DrawRectangle(new XSolidBrush(DocumentPalette.NoticeBackground), flow.Left, flow.Y, flow.Width, height);
        flow.Graphics.DrawRectangle(new XSolidBrush(DocumentPalette.NoticeBar), flow.Left, flow.Y, 3, height);
        var bottom = flow.Y + height;
        flow.Y += NoticePadding;
        var x = flow.Left + 3 + NoticePadding;
        flow.WriteLines(title, DocumentFonts.BodyBold, DocumentPalette.NoticeBar, x);
        flow.Y += 2;
        flow.WriteLines(text, DocumentFonts.Body, DocumentPalette.Text, x);
        flow.Y = bottom + 8;
    }
}
