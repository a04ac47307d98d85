using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Infrastructure.Email;
using Microsoft.Extensions.Options;

namespace Gemeenschapskracht.Infrastructure.Bestanden;

/// <summary>The file store in a folder (development, tests, a single server): one file per key, per gemeente.</summary>
public sealed class MapBestandsopslag(IOptions<BestandenOptions> options, ContentRoot root, ICurrentTenant tenant) : IBestandsopslag
{
    public async Task SchrijfAsync(string sleutel, byte[] inhoud, string contentType, CancellationToken cancellationToken)
    {
        var pad = Pad(sleutel);
        Directory.CreateDirectory(Path.GetDirectoryName(pad)!);
        await File.WriteAllBytesAsync(pad, inhoud, cancellationToken);
    }

    public async Task<byte[]> LeesAsync(string sleutel, CancellationToken cancellationToken) =>
        await File.ReadAllBytesAsync(Pad(sleutel), cancellationToken);

    private string Pad(string sleutel) =>
        Path.GetFullPath(Path.Combine(root.Path, options.Value.Map, TenantSleutel.Van(tenant, sleutel)));
}
