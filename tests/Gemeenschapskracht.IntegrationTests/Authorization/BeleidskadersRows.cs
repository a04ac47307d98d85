namespace Gemeenschapskracht.IntegrationTests.Authorization;

/// <summary>
/// The adopted beleidskader is public (open overheid); drafting is for the gemeente-beheerder and beleidsmedewerkers,
/// recording the raad's adoption for the griffie and the gemeente-beheerder. <c>{id}</c> is no beleidskader, so an
/// allowed caller gets 404 where no body is read.
/// </summary>
public sealed class BeleidskadersRows : IAuthorizationRows
{
    public IEnumerable<Entry> Rows =>
    [
        //                                                        anon mach plat behe bele raad grif bewo prof back visi audi ander
        new("GET", "/beleidskaders", null,                         200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 403),
        new("GET", "/beleidskaders/geldend", null,                 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 403),
        new("GET", "/beleidskaders/{id}", null,                    404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 403),
        new("GET", "/beleidskaders/{id}/document", null,           404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 403),
        new("GET", "/beleidskaders/{id}/vergelijking", null,       400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 403),
        new("POST", "/beleidskaders", Bodies.Invalid,              401, 403, 403, 400, 400, 403, 403, 403, 403, 403, 403, 403, 403),
        new("PUT", "/beleidskaders/{id}", Bodies.Invalid,          401, 403, 403, 400, 400, 403, 403, 403, 403, 403, 403, 403, 403),
        new("POST", "/beleidskaders/{id}/voorleggingen", null,     401, 403, 403, 404, 404, 403, 403, 403, 403, 403, 403, 403, 403),
        new("POST", "/beleidskaders/{id}/terugnames", null,        401, 403, 403, 404, 404, 403, 404, 403, 403, 403, 403, 403, 403),
        new("GET", "/beleidskaders/{id}/bijlagen", null,           404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 403),
        new("GET", "/beleidskaders/{id}/bijlagen/{bijlageId}", null, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 403),
        new("POST", "/beleidskaders/{id}/bijlagen", "%PDF-1.4", 401, 403, 403, 404, 404, 403, 404, 404, 404, 403, 403, 403, 403) { ContentType = "application/pdf", Query = "naam=bijlage.pdf" },
        new("POST", "/beleidskaders/{id}/vaststellingen", Bodies.Invalid, 401, 403, 403, 400, 403, 403, 400, 403, 403, 403, 403, 403, 403),
    ];
}
