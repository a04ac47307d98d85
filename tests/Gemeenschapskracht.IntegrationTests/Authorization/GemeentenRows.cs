namespace Gemeenschapskracht.IntegrationTests.Authorization;

public sealed class GemeentenRows : IAuthorizationRows
{
    public IEnumerable<Entry> Rows =>
    [
        //                                                 anon mach plat behe bele raad grif bewo prof back visi audi ander
        new("GET", "/gemeenten", null,                      401, 403, 200, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403),
        new("POST", "/gemeenten", Bodies.Invalid,           401, 403, 400, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403),
        new("GET", "/gemeenten/{slug}", null,               401, 403, 200, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403),
        new("PUT", "/gemeenten/{slug}", Bodies.Invalid,     401, 403, 400, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403),
        new("POST", "/gemeenten/{slug}/inrichtingen", null, 401, 403, 404, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403),
        new("POST", "/gemeenten/{slug}/uitnodigingen", Bodies.Invalid, 401, 403, 400, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403),
    ];
}
