namespace Gemeenschapskracht.IntegrationTests.Authorization;

/// <summary>
/// The tracker and the answer link are public; the agenda's team and the gemeente send requests and record whether
/// promises were kept; members of the gemeente read the requests; only a member of the addressed organisation answers
/// as a signed-in caller (the callers here are scoped to none; <c>{id}</c> is no request, so an allowed caller gets 404,
/// or 400 for the malformed body; <c>{sleutel}</c> is no secret).
/// </summary>
public sealed class VerzoekenRows : IAuthorizationRows
{
    public IEnumerable<Entry> Rows =>
    [
        //                                                                                 anon mach plat behe bele raad grif bewo prof back visi audi ander
        new("GET", "/verzoeken", null,                                                      401, 403, 403, 200, 200, 200, 200, 200, 200, 200, 200, 200, 403),
        new("GET", "/verzoeken/tracker", null,                                              200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 403),
        new("GET", "/verzoeken/reactietermijn", null,                                       401, 403, 403, 200, 200, 403, 403, 403, 403, 403, 403, 403, 403),
        new("PUT", "/verzoeken/reactietermijn", Bodies.Invalid,                             401, 403, 403, 400, 400, 403, 403, 403, 403, 403, 403, 403, 403),
        new("GET", "/verzoeken/sleutels/{sleutel}", null,                                   404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 403),
        new("POST", "/verzoeken/sleutels/{sleutel}/antwoorden", Bodies.Invalid,             400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 403),
        new("GET", "/verzoeken/{id}", null,                                                 401, 403, 403, 404, 404, 404, 404, 404, 404, 404, 404, 404, 403),
        new("POST", "/verzoeken", Bodies.Invalid,                                           401, 403, 403, 400, 400, 403, 403, 400, 400, 403, 403, 403, 403),
        new("POST", "/verzoeken/{id}/antwoorden", Bodies.Invalid,                           401, 403, 403, 403, 403, 403, 403, 400, 400, 403, 403, 403, 403),
        new("POST", "/verzoeken/{id}/toezeggingen/{toezeggingId}/voortgang", Bodies.Invalid, 401, 403, 403, 400, 400, 403, 403, 400, 400, 403, 403, 403, 403),
    ];
}
