namespace Gemeenschapskracht.Domain.Bijlagen;

/// <summary>
/// The type of a file as its own bytes say, never as its name or the sender claim: a PDF, or a PNG, JPEG or WebP
/// image. Anything else (an SVG with script, an executable renamed to .pdf) is not recognised.
/// </summary>
public static class Bestandstype
{
    public const string Pdf = "application/pdf";
    public const string Png = "image/png";
    public const string Jpeg = "image/jpeg";
    public const string Webp = "image/webp";

    public static string? Herken(ReadOnlySpan<byte> data) =>
        data.StartsWith("%PDF-"u8) ? Pdf
        : data.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) ? Png
        : data.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? Jpeg
        : data.Length > 12 && data[..4].SequenceEqual("RIFF"u8) && data[8..12].SequenceEqual("WEBP"u8) ? Webp
        : null;
}
