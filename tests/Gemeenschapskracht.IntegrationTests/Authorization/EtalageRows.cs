namespace Gemeenschapskracht.IntegrationTests.Authorization;

/// <summary>
/// The etalage (R6.4): public to read (a published story; {id} here is no story, so 404 for everyone of the
/// gemeente); nominated by the gemeente, residents' organisations, professionals, panel members and raadsleden; edited,
/// published and archived by the gemeente; consent given by the gemeente or a member of the initiative; photos placed
/// by the gemeente under the rules of the attachments (404 before the role is weighed against the story).
/// </summary>
public sealed class EtalageRows : IAuthorizationRows
{
    public IEnumerable<Entry> Rows =>
    [
        //                                                                  anon mach plat behe bele raad grif bewo prof back visi audi ander
        new("GET", "/etalage", null,                                         200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 403),
        new("GET", "/etalage/{id}", null,                                    404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 403),
        new("POST", "/etalage", Bodies.Invalid,                              401, 403, 403, 400, 400, 400, 403, 400, 400, 403, 400, 403, 403),
        new("PUT", "/etalage/{id}", Bodies.Invalid,                          401, 403, 403, 400, 400, 403, 403, 403, 403, 403, 403, 403, 403),
        new("POST", "/etalage/{id}/toestemmingen", Bodies.Invalid,           401, 403, 403, 400, 400, 403, 403, 400, 400, 403, 403, 403, 403),
        new("POST", "/etalage/{id}/publicaties", null,                       401, 403, 403, 404, 404, 403, 403, 403, 403, 403, 403, 403, 403),
        new("POST", "/etalage/{id}/archiveringen", null,                     401, 403, 403, 404, 404, 403, 403, 403, 403, 403, 403, 403, 403),
        new("GET", "/etalage/{id}/bijlagen", null,                           404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 403),
        new("GET", "/etalage/{id}/bijlagen/{bijlageId}", null,               404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 403),
        new("POST", "/etalage/{id}/bijlagen", "\u0089PNG\r\n\u001a\n", 401, 403, 403, 404, 404, 403, 404, 404, 404, 403, 403, 403, 403) { ContentType = "image/png", Query = "naam=foto.png" },
    ];
}
