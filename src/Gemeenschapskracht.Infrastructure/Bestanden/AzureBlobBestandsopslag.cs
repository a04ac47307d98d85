using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Gemeenschapskracht.Application.Common.Interfaces;
using Microsoft.Extensions.Options;

namespace Gemeenschapskracht.Infrastructure.Bestanden;

/// <summary>The file store in Azure Blob Storage (production, several instances): one blob per key, per gemeente.</summary>
public sealed class AzureBlobBestandsopslag(IOptions<BestandenOptions> options, ICurrentTenant tenant) : IBestandsopslag
{
    private BlobContainerClient Container => new(options.Value.ConnectionString, options.Value.Container);

    public async Task SchrijfAsync(string sleutel, byte[] inhoud, string contentType, CancellationToken cancellationToken)
    {
        var container = Container;
        await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await container.GetBlobClient(TenantSleutel.Van(tenant, sleutel)).UploadAsync(BinaryData.FromBytes(inhoud),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } }, cancellationToken);
    }

    public async Task<byte[]> LeesAsync(string sleutel, CancellationToken cancellationToken)
    {
        try
        {
            var blob = await Container.GetBlobClient(TenantSleutel.Van(tenant, sleutel)).DownloadContentAsync(cancellationToken);
            return blob.Value.Content.ToArray();
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            throw new FileNotFoundException($"Geen bestand onder {sleutel}.", ex);
        }
    }
}
