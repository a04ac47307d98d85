using Gemeenschapskracht.Application.Common.Documents;
using Gemeenschapskracht.Infrastructure.Documents;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gemeenschapskracht.UnitTests.Documents;

public sealed class LogoImageTests
{
    [Fact]
    public void A_webp_logo_is_left_out_of_the_document_since_PDFsharp_cannot_read_it() =>
        Assert.Null(LogoImage.Load(new DocumentLogo("image/webp", "RIFF\0\0\0\0WEBPVP8 "u8.ToArray()), NullLogger.Instance));

    [Fact]
    public void A_logo_whose_bytes_are_no_image_is_left_out_instead_of_failing_the_document() =>
        Assert.Null(LogoImage.Load(new DocumentLogo("image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3]), NullLogger.Instance));

    [Fact]
    public void No_logo_is_no_image() => Assert.Null(LogoImage.Load(null, NullLogger.Instance));
}
