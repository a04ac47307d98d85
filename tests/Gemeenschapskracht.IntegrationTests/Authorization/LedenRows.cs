namespace Gemeenschapskracht.IntegrationTests.Authorization;

public sealed class LedenRows : IAuthorizationRows
{
    public IEnumerable<Entry> Rows =>
    [
        //                                                 anon mach plat behe bele raad grif bewo prof back visi audi ander
        new("GET", "/leden", null,                          401, 403, 200, 200, 403, 403, 403, 403, 403, 403, 403, 403, 403),
        new("PUT", "/leden/{id}", Bodies.Invalid,           401, 403, 400, 400, 403, 403, 403, 403, 403, 403, 403, 403, 403),
        new("DELETE", "/leden/{id}", null,                  401, 403, 404, 404, 403, 403, 403, 403, 403, 403, 403, 403, 403),
        new("POST", "/uitnodigingen", Bodies.Invalid,       401, 403, 403, 400, 403, 403, 403, 403, 403, 403, 403, 403, 403),
        new("GET", "/mijn-lidmaatschappen", null,           401, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403),
    ];
}
