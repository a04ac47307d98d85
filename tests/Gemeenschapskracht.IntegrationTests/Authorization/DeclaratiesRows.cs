namespace Gemeenschapskracht.IntegrationTests.Authorization;

/// <summary>
/// Declaraties and their payment batches (route step 5, R5.4): the gemeente, the auditor, the back office (its host's)
/// and a group's members (their group's) read declaraties; a group's members and the back office submit; only the back
/// office approves, assesses and pays; the bank file is the back office's alone. The matrix's backoffice and
/// bewonersorganisatie act for no organisation, so they see nothing: <c>{id}</c> is 404 for every allowed caller where
/// no body is read.
/// </summary>
public sealed class DeclaratiesRows : IAuthorizationRows
{
    public IEnumerable<Entry> Rows =>
    [
        //                                                                  anon mach plat behe bele raad grif bewo prof back visi audi ander
        new("GET", "/declaraties", null,                                     401, 403, 403, 200, 200, 403, 403, 200, 403, 200, 403, 200, 403),
        new("GET", "/declaraties/{id}", null,                                401, 403, 403, 404, 404, 403, 403, 404, 403, 404, 403, 404, 403),
        new("POST", "/declaraties", "--grens--",                             401, 403, 403, 403, 403, 403, 403, 400, 403, 400, 403, 403, 403) { ContentType = "multipart/form-data" },
        new("PUT", "/declaraties/{id}", Bodies.Invalid,                      401, 403, 403, 403, 403, 403, 403, 400, 403, 400, 403, 403, 403),
        new("DELETE", "/declaraties/{id}", null,                             401, 403, 403, 403, 403, 403, 403, 404, 403, 404, 403, 403, 403),
        new("GET", "/declaraties/{id}/bonnetje", null,                       401, 403, 403, 404, 404, 403, 403, 404, 403, 404, 403, 404, 403),
        new("PUT", "/declaraties/{id}/bonnetje", "%PDF-1.4",                 401, 403, 403, 403, 403, 403, 403, 404, 403, 404, 403, 403, 403) { ContentType = "application/pdf", Query = "naam=bon.pdf" },
        new("POST", "/declaraties/{id}/indieningen", null,                   401, 403, 403, 403, 403, 403, 403, 404, 403, 404, 403, 403, 403),
        new("POST", "/declaraties/{id}/goedkeuringen", null,                 401, 403, 403, 403, 403, 403, 403, 403, 403, 404, 403, 403, 403),
        new("POST", "/declaraties/{id}/beoordelingen", Bodies.Invalid,       401, 403, 403, 403, 403, 403, 403, 403, 403, 400, 403, 403, 403),
        new("GET", "/declaratiebetalingen", null,                            401, 403, 403, 200, 200, 403, 403, 403, 403, 200, 403, 200, 403),
        new("GET", "/declaratiebetalingen/{id}", null,                       401, 403, 403, 404, 404, 403, 403, 403, 403, 404, 403, 404, 403),
        new("GET", "/declaratiebetalingen/{id}/pain001", null,               401, 403, 403, 403, 403, 403, 403, 403, 403, 404, 403, 403, 403),
        new("POST", "/declaratiebetalingen", Bodies.Invalid,                 401, 403, 403, 403, 403, 403, 403, 403, 403, 400, 403, 403, 403),
        new("POST", "/declaratiebetalingen/{id}/uitvoeringen", Bodies.Invalid, 401, 403, 403, 403, 403, 403, 403, 403, 403, 400, 403, 403, 403),
        new("POST", "/declaratiebetalingen/{id}/intrekkingen", Bodies.Invalid, 401, 403, 403, 403, 403, 403, 403, 403, 403, 400, 403, 403, 403),
    ];
}
