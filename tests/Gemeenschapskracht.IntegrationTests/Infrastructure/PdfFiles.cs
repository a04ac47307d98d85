using UglyToad.PdfPig;

namespace Gemeenschapskracht.IntegrationTests.Infrastructure;

/// <summary>Reading back the product's PDF documents, and keeping them to look at.</summary>
public static class PdfFiles
{
    /// <summary>The words of every page, a space between words and a line break between pages.</summary>
    public static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join('\n', document.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))));
    }

    /// <summary>Writes the document to <c>artifacts/documents/</c> (git-ignored), to open after the run.</summary>
    public static void Keep(byte[] pdf, string name)
    {
        var folder = Path.Combine(TestPaths.Repository, "artifacts", "documents");
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, name), pdf);
    }
}
