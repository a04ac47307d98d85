using Gemeenschapskracht.Application.Common.Documents;
using Gemeenschapskracht.Application.Common.Interfaces;
using Microsoft.Extensions.Logging;
using PdfSharp.Pdf;

namespace Gemeenschapskracht.Infrastructure.Documents;

/// <summary>Lays a document out on A4 with PDFsharp (ADR 0015): the title page, then the blocks flowing over as many pages as they need.</summary>
internal sealed class PdfDocumentRenderer(ILogger<PdfDocumentRenderer> logger) : IDocumentRenderer
{
    public byte[] Render(Document document, DocumentBranding branding)
    {
        var palette = DocumentPalette.For(branding.Thema);
        using var pdf = new PdfDocument();
        pdf.Info.Title = document.TitlePage.Title;
        pdf.Info.Author = $"Gemeente {branding.Gemeente}";
        pdf.Info.Creator = "Gemeenschapskracht";

        using (var flow = new PageFlow(pdf))
        {
            flow.NewPage();
            using var logo = LogoImage.Load(branding.Logo, logger);
            new TitlePageWriter(flow, palette).Write(document.TitlePage, branding.Gemeente, logo);

            flow.NewPage();
            var blocks = new BlockWriter(flow, palette);
            foreach (var block in document.Blocks)
                blocks.Write(block);
        }
        FooterWriter.Write(pdf, palette, branding.Gemeente, document.TitlePage.Title);

        using var output = new MemoryStream();
        pdf.Save(output);
        return output.ToArray();
    }
}
