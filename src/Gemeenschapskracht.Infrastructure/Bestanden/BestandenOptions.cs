namespace Gemeenschapskracht.Infrastructure.Bestanden;

/// <summary>Configuration section <c>Bestanden</c>: where the file store keeps its files.</summary>
public sealed class BestandenOptions
{
    /// <summary><c>Map</c> (a folder, the default) or <c>AzureBlob</c> (production).</summary>
    public string Provider { get; set; } = "Map";

    /// <summary>The folder for <c>Map</c>, relative to the content root: beside the SQLite database by default.</summary>
    public string Map { get; set; } = "data/bestanden";

    /// <summary>For <c>AzureBlob</c>: the storage account's connection string (or use a managed identity's in production).</summary>
    public string? ConnectionString { get; set; }

    public string Container { get; set; } = "bestanden";
}
