namespace Gemeenschapskracht.IntegrationTests.Authorization;

/// <summary>
/// The register is read by every member of the gemeente (it holds contact details, so not by the public) and kept
/// by the gemeente. A bewonersorganisatie member or professional may change their own organisation only: the
/// callers here are scoped to none, so a well-formed body is refused (see <c>OrganisatiesTests</c> for the scope);
/// this row's body is malformed, which is a 400 for anyone allowed to send the request at all.
/// </summary>
public sealed class OrganisatiesRows : IAuthorizationRows
{
    public IEnumerable<Entry> Rows =>
    [
        //                                                         anon mach plat behe bele raad grif bewo prof back visi audi ander
        new("GET", "/organisaties", null,                           401, 403, 403, 200, 200, 200, 200, 200, 200, 200, 200, 200, 403),
        new("GET", "/organisaties/{id}", null,                      401, 403, 403, 404, 404, 404, 404, 404, 404, 404, 404, 404, 403),
        new("POST", "/organisaties", Bodies.Invalid,                401, 403, 403, 400, 400, 403, 403, 403, 403, 403, 403, 403, 403),
        new("PUT", "/organisaties/{id}", Bodies.Invalid,            401, 403, 403, 400, 400, 403, 403, 400, 400, 403, 403, 403, 403),
        new("POST", "/organisaties/{id}/beeindigingen", null,       401, 403, 403, 404, 404, 403, 403, 403, 403, 403, 403, 403, 403),
        new("GET", "/organisaties/{id}/bankrekening", null,         401, 403, 403, 404, 404, 403, 403, 403, 403, 403, 403, 404, 403),
        new("PUT", "/organisaties/{id}/bankrekening", Bodies.Invalid, 401, 403, 403, 400, 400, 403, 403, 400, 400, 403, 403, 403, 403),
    ];
}
