namespace Gemeenschapskracht.IntegrationTests.Authorization;

/// <summary>The places of the wijk are public; the team (gemeente staff, residents' organisations, professionals) maps them.</summary>
public sealed class PubliekePlekkenRows : IAuthorizationRows
{
    public IEnumerable<Entry> Rows =>
    [
        //                                                         anon mach plat behe bele raad grif bewo prof back visi audi ander
        new("GET", "/publieke-plekken", null,                       200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 403),
        new("GET", "/publieke-plekken/{id}", null,                  404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 403),
        new("POST", "/publieke-plekken", Bodies.Invalid,            401, 403, 403, 400, 400, 403, 403, 400, 400, 403, 403, 403, 403),
        new("PUT", "/publieke-plekken/{id}", Bodies.Invalid,        401, 403, 403, 400, 400, 403, 403, 400, 400, 403, 403, 403, 403),
    ];
}
