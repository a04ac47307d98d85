namespace Gemeenschapskracht.IntegrationTests.Authorization;

/// <summary>
/// A shared wijkbeeld is public; the team works on it: the gemeente's staff, and members of a bewonersorganisatie or
/// professionals whose organisation is on the team (the callers here are scoped to none, so where the wijkbeeld would
/// be found they are refused; <c>{id}</c> is no wijkbeeld, so an allowed caller gets 404, or 400 for the malformed body).
/// </summary>
public sealed class WijkbeeldenRows : IAuthorizationRows
{
    public IEnumerable<Entry> Rows =>
    [
        //                                                                 anon mach plat behe bele raad grif bewo prof back visi audi ander
        new("GET", "/wijkbeelden", null,                                    200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 403),
        new("GET", "/wijkbeelden/{id}", null,                               404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 403),
        new("GET", "/wijkbeelden/{id}/document", null,                      404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 403),
        new("POST", "/wijkbeelden", Bodies.Invalid,                         401, 403, 403, 400, 400, 403, 403, 400, 403, 403, 403, 403, 403),
        new("PUT", "/wijkbeelden/{id}", Bodies.Invalid,                     401, 403, 403, 400, 400, 403, 403, 400, 400, 403, 403, 403, 403),
        new("PUT", "/wijkbeelden/{id}/team", Bodies.Invalid,                401, 403, 403, 400, 400, 403, 403, 400, 400, 403, 403, 403, 403),
        new("POST", "/wijkbeelden/{id}/opmerkingen", Bodies.Invalid,        401, 403, 403, 400, 400, 403, 403, 400, 400, 403, 403, 403, 403),
        new("POST", "/wijkbeelden/{id}/gesprekken", null,                   401, 403, 403, 404, 404, 403, 403, 404, 404, 403, 403, 403, 403),
        new("POST", "/wijkbeelden/{id}/duidingen", null,                    401, 403, 403, 404, 404, 403, 403, 404, 404, 403, 403, 403, 403),
        new("POST", "/wijkbeelden/{id}/delingen", null,                     401, 403, 403, 404, 404, 403, 403, 404, 404, 403, 403, 403, 403),
        new("PUT", "/wijkbeelden/{id}/buurttop", Bodies.Invalid,            401, 403, 403, 400, 400, 403, 403, 403, 403, 403, 403, 403, 403),
        new("GET", "/wijkbeelden/cijferlezing", null,                       200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 403),
        new("PUT", "/wijkbeelden/cijferlezing", Bodies.Invalid,             401, 403, 403, 400, 400, 403, 403, 403, 403, 403, 403, 403, 403),
        new("GET", "/wijkbeelden/{id}/sterkhouders", null,                  401, 403, 403, 404, 404, 403, 403, 404, 404, 403, 403, 403, 403),
        new("POST", "/wijkbeelden/{id}/sterkhouders", Bodies.Invalid,       401, 403, 403, 400, 400, 403, 403, 400, 400, 403, 403, 403, 403),
        new("GET", "/wijkbeelden/{id}/bijlagen", null,                      404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 403),
        new("GET", "/wijkbeelden/{id}/bijlagen/{bijlageId}", null,          404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 403),
        new("POST", "/wijkbeelden/{id}/bijlagen", "%PDF-1.4", 401, 403, 403, 404, 404, 403, 404, 404, 404, 403, 403, 403, 403) { ContentType = "application/pdf", Query = "naam=bijlage.pdf" },
        new("POST", "/wijkbeelden/{id}/sterkhouders/{sterkhouderId}/intrekkingen", null, 401, 403, 403, 404, 404, 403, 403, 404, 404, 403, 403, 403, 403),
    ];
}
