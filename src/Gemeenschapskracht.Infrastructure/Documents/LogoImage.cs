using Gemeenschapskracht.Application.Common.Documents;
using Microsoft.Extensions.Logging;
using PdfSharp.Drawing;

namespace Gemeenschapskracht.Infrastructure.Documents;

/// <summary>The gemeente's logo as an image PDFsharp can place: PNG and JPEG. WebP it cannot read, so such a logo is left out.</summary>
internal static class LogoImage
{
    public static XImage? Load(DocumentLogo? logo, ILogger logger)
    {
        if (logo is null || logo.ContentType is not ("image/png" or "image/jpeg"))
            return null;
        try
        {
            return XImage.FromStream(new MemoryStream(logo.Data, writable: false));
        }
        // A logo the importer cannot read must not cost the gemeente its documents; the document goes out without it.
        catch (Exception e) when (e is InvalidOperationException or NotImplementedException or ArgumentException or IOException)
        {
            logger.LogWarning(e, "Het logo ({ContentType}, {Bytes} bytes) kon niet in het document worden geplaatst.", logo.ContentType, logo.Data.Length);
            return null;
        }
    }
}
