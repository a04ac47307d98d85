namespace Gemeenschapskracht.Application.Cbs;

/// <summary>
/// The configured origin of CBS statistics: the CBS OData feed in production, a local extract
/// (OData JSON files or CSV download) otherwise, or the project's fictional demo data.
/// </summary>
public interface ICbsSource
{
    /// <summary>A human-readable description of where the data comes from (for status and errors).</summary>
    string Description { get; }

    /// <summary>All gemeenten of the source, code → name. Used to validate a gemeentecode.</summary>
    Task<IReadOnlyDictionary<string, string>> GetGemeentenAsync(CancellationToken cancellationToken);

    /// <summary>The gemeente's own row with its wijken (and buurten, when the source has them).</summary>
    /// <exception cref="CbsSourceException">The source is missing, unreadable or malformed.</exception>
    Task<CbsDataSet> LoadGemeenteAsync(string gemeentecode, CancellationToken cancellationToken);

    /// <summary>The whole table, for bulk provisioning.</summary>
    Task<CbsDataSet> LoadAllAsync(CancellationToken cancellationToken);
}
