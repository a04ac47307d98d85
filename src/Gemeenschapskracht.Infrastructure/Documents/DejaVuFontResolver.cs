using PdfSharp.Fonts;

namespace Gemeenschapskracht.Infrastructure.Documents;

/// <summary>
/// Gives PDFsharp the DejaVu Sans files of the system (Debian's fonts-dejavu-core), whatever family a document asks
/// for: one font, with every Dutch character and the euro sign, on every machine the product runs on (ADR 0015).
/// </summary>
internal sealed class DejaVuFontResolver : IFontResolver
{
    public const string Family = "DejaVu Sans";

    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";

    private static readonly string[] FontRoots = ["/usr/share/fonts", "/usr/local/share/fonts"];

    public static readonly DejaVuFontResolver Instance = new();

    private readonly Lazy<byte[]> _regular = new(() => Load(Regular));
    private readonly Lazy<byte[]> _bold = new(() => Load(Bold));

    private DejaVuFontResolver()
    {
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? Bold : Regular, mustSimulateBold: false, mustSimulateItalic: italic);

    public byte[] GetFont(string faceName) => faceName == Bold ? _bold.Value : _regular.Value;

    private static byte[] Load(string face)
    {
        var file = FontRoots.Where(Directory.Exists)
            .SelectMany(root => Directory.EnumerateFiles(root, face + ".ttf", SearchOption.AllDirectories))
            .FirstOrDefault()
            ?? throw new InvalidOperationException(
                $"Het lettertype {face}.ttf ontbreekt (gezocht in {string.Join(", ", FontRoots)}); installeer het Debian-pakket fonts-dejavu-core.");
        return File.ReadAllBytes(file);
    }
}
