namespace Gemeenschapskracht.IntegrationTests.Authorization;

public sealed class InstellingenRows : IAuthorizationRows
{
    public IEnumerable<Entry> Rows =>
    [
        //                                                 anon mach plat behe bele raad grif bewo prof back visi audi ander
        new("GET", "/instellingen", null,                   200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 403),
        new("PUT", "/instellingen", Bodies.Invalid,         401, 403, 403, 400, 403, 403, 403, 403, 403, 403, 403, 403, 403),
        new("GET", "/instellingen/logo", null,              404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 403),
        new("PUT", "/instellingen/logo", Bodies.Invalid,    401, 403, 403, 400, 403, 403, 403, 403, 403, 403, 403, 403, 403) { ContentType = "image/png" },
        new("DELETE", "/instellingen/logo", null,           401, 403, 403, 404, 403, 403, 403, 403, 403, 403, 403, 403, 403),
    ];
}
