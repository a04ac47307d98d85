namespace Gemeenschapskracht.IntegrationTests.Authorization;

/// <summary>
/// Contracts with zzp'ers and the host's coordinators (R5.5): the gemeente, the auditor, the back office (its host's)
/// and a group's members (their group's) read them; only the back office records and changes them; an invoice under a
/// contract is recorded by the back office or a group's member, like a declaratie.
/// </summary>
public sealed class OpdrachtovereenkomstenRows : IAuthorizationRows
{
    public IEnumerable<Entry> Rows =>
    [
        //                                                                  anon mach plat behe bele raad grif bewo prof back visi audi ander
        new("GET", "/opdrachtovereenkomsten", null,                          401, 403, 403, 200, 200, 403, 403, 200, 403, 200, 403, 200, 403),
        new("GET", "/opdrachtovereenkomsten/{id}", null,                     401, 403, 403, 404, 404, 403, 403, 404, 403, 404, 403, 404, 403),
        new("POST", "/opdrachtovereenkomsten", Bodies.Invalid,               401, 403, 403, 403, 403, 403, 403, 403, 403, 400, 403, 403, 403),
        new("PUT", "/opdrachtovereenkomsten/{id}", Bodies.Invalid,           401, 403, 403, 403, 403, 403, 403, 403, 403, 400, 403, 403, 403),
        new("POST", "/opdrachtovereenkomsten/{id}/facturen", "--grens--",    401, 403, 403, 403, 403, 403, 403, 400, 403, 400, 403, 403, 403) { ContentType = "multipart/form-data" },
        new("GET", "/coordinatoren", null,                                   401, 403, 403, 200, 200, 403, 403, 200, 403, 200, 403, 200, 403),
        new("GET", "/coordinatoren/{id}", null,                              401, 403, 403, 404, 404, 403, 403, 404, 403, 404, 403, 404, 403),
        new("POST", "/coordinatoren", Bodies.Invalid,                        401, 403, 403, 403, 403, 403, 403, 403, 403, 400, 403, 403, 403),
        new("PUT", "/coordinatoren/{id}", Bodies.Invalid,                    401, 403, 403, 403, 403, 403, 403, 403, 403, 400, 403, 403, 403),
    ];
}
