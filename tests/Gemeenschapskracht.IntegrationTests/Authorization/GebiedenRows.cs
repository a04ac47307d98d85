namespace Gemeenschapskracht.IntegrationTests.Authorization;

public sealed class GebiedenRows : IAuthorizationRows
{
    private static readonly string TooLongName = $"{{\"naam\":\"{new string('x', 201)}\",\"pilot\":false,\"ouderId\":null}}";

    public IEnumerable<Entry> Rows =>
    [
        //                                                 anon mach plat behe bele raad grif bewo prof back visi audi ander
        new("GET", "/gebieden", null,                       200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 403),
        new("GET", "/gebieden/{id}", null,                  200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 403),
        new("PUT", "/gebieden/{id}", TooLongName,           401, 403, 403, 400, 400, 403, 403, 403, 403, 403, 403, 403, 403),
        new("POST", "/gebieden/lokale-cijfers", "x",             401, 403, 403, 400, 400, 403, 403, 403, 403, 403, 403, 403, 403) { ContentType = "text/csv" },
    ];
}
