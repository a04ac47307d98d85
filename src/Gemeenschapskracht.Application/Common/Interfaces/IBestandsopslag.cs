namespace Gemeenschapskracht.Application.Common.Interfaces;

/// <summary>
/// The one file store for documents, photos and attachments: a folder under the data directory by default, Azure Blob
/// Storage in production. Keys are per gemeente: the store puts them under the current gemeente.
/// </summary>
public interface IBestandsopslag
{
    Task SchrijfAsync(string sleutel, byte[] inhoud, string contentType, CancellationToken cancellationToken);

    /// <exception cref="FileNotFoundException">Nothing is stored under the key.</exception>
    Task<byte[]> LeesAsync(string sleutel, CancellationToken cancellationToken);
}
