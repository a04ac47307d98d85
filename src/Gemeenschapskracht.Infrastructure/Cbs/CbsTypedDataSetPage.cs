using Gemeenschapskracht.Application.Cbs;

namespace Gemeenschapskracht.Infrastructure.Cbs;

/// <summary>One TypedDataSet response (or file).</summary>
/// <param name="TableId">From <c>odata.metadata</c>, when present.</param>
/// <param name="Regions">The gemeente, wijk and buurt rows; other rows (such as <c>NL00</c>) are left out.</param>
/// <param name="NextLink">The feed's <c>odata.nextLink</c>: the next page of this result, when present.</param>
/// <param name="RowCount">All rows read, including those left out of <paramref name="Regions"/>.</param>
public sealed record CbsTypedDataSetPage(
    string? TableId,
    IReadOnlyList<CbsRegion> Regions,
    string? NextLink,
    int RowCount);
