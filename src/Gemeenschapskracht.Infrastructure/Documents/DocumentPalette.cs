using Gemeenschapskracht.Domain.Tenants;
using PdfSharp.Drawing;

namespace Gemeenschapskracht.Infrastructure.Documents;

/// <summary>
/// The colours of a document, from the gemeente's theme: the accent is the theme's strongest colour in
/// angular-client/public/themes/ (its link or button colour), so print and screen look alike.
/// </summary>
internal sealed record DocumentPalette(XColor Accent, XColor Tint)
{
    public static readonly XColor Text = XColor.FromArgb(0x1a, 0x1a, 0x1a);
    public static readonly XColor Muted = XColor.FromArgb(0x59, 0x59, 0x59);
    public static readonly XColor Line = XColor.FromArgb(0xd4, 0xd4, 0xd4);
    public static readonly XColor NoticeBar = XColor.FromArgb(0xa8, 0x52, 0x00);
    public static readonly XColor NoticeBackground = XColor.FromArgb(0xfd, 0xf3, 0xe4);

    public static DocumentPalette For(string thema) => thema switch
    {
        "stad" => FromAccent(0x8a, 0x15, 0x38),
        "groen" => FromAccent(0x1d, 0x5c, 0x32),
        "hoog-contrast" => FromAccent(0x00, 0x00, 0x00),
        Thema.Neutraal or _ => FromAccent(0x0a, 0x4f, 0x8f),
    };

    /// <summary>The tint is the accent at a tenth of its strength on white, for table stripes and boxes.</summary>
    private static DocumentPalette FromAccent(byte r, byte g, byte b) =>
        new(XColor.FromArgb(r, g, b), XColor.FromArgb(Mix(r), Mix(g), Mix(b)));

    private static byte Mix(byte channel) => (byte)(255 - (255 - channel) / 10);
}
