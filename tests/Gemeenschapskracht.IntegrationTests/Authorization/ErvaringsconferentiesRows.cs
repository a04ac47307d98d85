namespace Gemeenschapskracht.IntegrationTests.Authorization;

/// <summary>
/// Ervaringsconferenties (R6.5): public to read and to register or unsubscribe (bodies invalid here: 400 for anyone
/// of the gemeente); planned, changed, closed and harvested by the gemeente (beheerder, beleidsmedewerker), who also
/// reads the registrations. {id} is no conference, so 404 where the role is allowed.
/// </summary>
public sealed class ErvaringsconferentiesRows : IAuthorizationRows
{
    public IEnumerable<Entry> Rows =>
    [
        //                                                                  anon mach plat behe bele raad grif bewo prof back visi audi ander
        new("GET", "/ervaringsconferenties", null,                           200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 403),
        new("GET", "/ervaringsconferenties/{id}", null,                      404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 403),
        new("POST", "/ervaringsconferenties", Bodies.Invalid,                401, 403, 403, 400, 400, 403, 403, 403, 403, 403, 403, 403, 403),
        new("PUT", "/ervaringsconferenties/{id}", Bodies.Invalid,            401, 403, 403, 400, 400, 403, 403, 403, 403, 403, 403, 403, 403),
        new("GET", "/ervaringsconferenties/{id}/aanmeldingen", null,         401, 403, 403, 404, 404, 403, 403, 403, 403, 403, 403, 403, 403),
        new("POST", "/ervaringsconferenties/{id}/aanmeldingen", Bodies.Invalid, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 403),
        new("POST", "/ervaringsconferenties/{id}/afmeldingen", Bodies.Invalid, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 403),
        new("POST", "/ervaringsconferenties/{id}/afsluitingen", null,        401, 403, 403, 404, 404, 403, 403, 403, 403, 403, 403, 403, 403),
        new("PUT", "/ervaringsconferenties/{id}/oogst", Bodies.Invalid,      401, 403, 403, 400, 400, 403, 403, 403, 403, 403, 403, 403, 403),
    ];
}
