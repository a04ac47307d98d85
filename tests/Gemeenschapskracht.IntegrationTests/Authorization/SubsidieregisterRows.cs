namespace Gemeenschapskracht.IntegrationTests.Authorization;

/// <summary>
/// The subsidy register as open data (360Giving, the Woo's subsidieregister): public for every caller in the gemeente,
/// the page, the filter choices and both files; a token of another gemeente is refused as everywhere (403).
/// </summary>
public sealed class SubsidieregisterRows : IAuthorizationRows
{
    public IEnumerable<Entry> Rows =>
    [
        //                                                              anon mach plat behe bele raad grif bewo prof back visi audi ander
        new("GET", "/open-subsidiedata", null,                           200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 403),
        new("GET", "/open-subsidiedata/keuzes", null,                    200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 403),
        new("GET", "/open-subsidiedata/csv", null,                       200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 403),
        new("GET", "/open-subsidiedata/json", null,                      200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 403),
    ];
}
