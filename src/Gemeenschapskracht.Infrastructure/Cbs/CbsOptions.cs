namespace Gemeenschapskracht.Infrastructure.Cbs;

/// <summary>Configuration section <c>Cbs</c>.</summary>
public sealed class CbsOptions
{
    public const string SectionName = "Cbs";

    public CbsSourceKind Source { get; set; } = CbsSourceKind.Demo;

    /// <summary>For <see cref="CbsSourceKind.File"/>: folder with DataProperties.json and TypedDataSet.json (or .csv).</summary>
    public string? Folder { get; set; }

    /// <summary>For <see cref="CbsSourceKind.OData"/>: the table's OData v3 root, without a trailing entity set.</summary>
    public string ODataUrl { get; set; } = "https://opendata.cbs.nl/ODataApi/OData/85984NED";

    /// <summary>Used when the data itself does not name its table (CSV, or a feed without <c>odata.metadata</c>).</summary>
    public string TableId { get; set; } = "85984NED";

    /// <summary>
    /// For <see cref="CbsSourceKind.OData"/>: rows per request ($top). CBS's ODataApi refuses a query
    /// that would return more than 10,000 rows, so larger results are fetched in windows of this size.
    /// </summary>
    public int ODataPageSize { get; set; } = 10_000;
}
