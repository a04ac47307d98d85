namespace Gemeenschapskracht.IntegrationTests.Authorization;

/// <summary>
/// Hosts and administraties (route step 5, R5.1–R5.2): the gemeente-beheerder and beleidsmedewerkers register hosts and
/// open administraties; every member of the gemeente reads the hosts; the gemeente, the auditor, the back office (its
/// host's) and a group's members (their own) read administraties; only the back office books and closes months; the
/// public reads the list of groups and a group's balance. The matrix's backoffice and bewonersorganisatie act for no organisation, so they
/// see no administratie: <c>{id}</c> is 404 for every allowed caller where no body is read.
/// </summary>
public sealed class AdministratiesRows : IAuthorizationRows
{
    public IEnumerable<Entry> Rows =>
    [
        //                                                                              anon mach plat behe bele raad grif bewo prof back visi audi ander
        new("GET", "/hostorganisaties", null,                                            401, 403, 403, 200, 200, 200, 200, 200, 200, 200, 200, 200, 403),
        new("GET", "/hostorganisaties/{id}", null,                                       401, 403, 403, 404, 404, 404, 404, 404, 404, 404, 404, 404, 403),
        new("POST", "/hostorganisaties", Bodies.Invalid,                                 401, 403, 403, 400, 400, 403, 403, 403, 403, 403, 403, 403, 403),
        new("PUT", "/hostorganisaties/{id}", Bodies.Invalid,                             401, 403, 403, 400, 400, 403, 403, 403, 403, 403, 403, 403, 403),
        new("GET", "/administraties", null,                                              401, 403, 403, 200, 200, 403, 403, 200, 403, 200, 403, 200, 403),
        new("GET", "/administraties/{id}", null,                                         401, 403, 403, 404, 404, 403, 403, 404, 403, 404, 403, 404, 403),
        new("POST", "/administraties", Bodies.Invalid,                                   401, 403, 403, 400, 400, 403, 403, 403, 403, 403, 403, 403, 403),
        new("GET", "/administraties/{id}/grootboekrekeningen", null,                     401, 403, 403, 404, 404, 403, 403, 404, 403, 404, 403, 404, 403),
        new("GET", "/administraties/{id}/journaalposten", null,                          401, 403, 403, 404, 404, 403, 403, 404, 403, 404, 403, 404, 403),
        new("POST", "/administraties/{id}/journaalposten", Bodies.Invalid,               401, 403, 403, 403, 403, 403, 403, 403, 403, 400, 403, 403, 403),
        new("POST", "/administraties/{id}/journaalposten/{journaalpostId}/tegenboekingen", Bodies.Invalid, 401, 403, 403, 403, 403, 403, 403, 403, 403, 400, 403, 403, 403),
        new("POST", "/administraties/{id}/openingsbalansen", Bodies.Invalid,             401, 403, 403, 403, 403, 403, 403, 403, 403, 400, 403, 403, 403),
        new("GET", "/administraties/{id}/perioden", null,                                401, 403, 403, 404, 404, 403, 403, 404, 403, 404, 403, 404, 403),
        new("POST", "/administraties/{id}/perioden/{periode}/afsluitingen", null,         401, 403, 403, 403, 403, 403, 403, 403, 403, 404, 403, 403, 403),
        new("GET", "/administraties/{id}/balans", null,                                  401, 403, 403, 404, 404, 403, 403, 404, 403, 404, 403, 404, 403),
        new("GET", "/administraties/{id}/perioden/{periode}/export.csv", null,            401, 403, 403, 404, 404, 403, 403, 404, 403, 404, 403, 404, 403),
        new("GET", "/administraties/{id}/auditfile", null,                               401, 403, 403, 404, 404, 403, 403, 404, 403, 404, 403, 404, 403),
        new("GET", "/administraties/{id}/bankafschriften", null,                         401, 403, 403, 404, 404, 403, 403, 404, 403, 404, 403, 404, 403),
        new("GET", "/administraties/{id}/bankafschriften/{afschriftId}", null,           401, 403, 403, 404, 404, 403, 403, 404, 403, 404, 403, 404, 403),
        new("POST", "/administraties/{id}/bankafschriften", "<Document/>",               401, 403, 403, 403, 403, 403, 403, 403, 403, 404, 403, 403, 403) { ContentType = "application/xml", Query = "naam=afschrift.xml" },
        new("POST", "/administraties/{id}/bankafschriften/{afschriftId}/mutaties/{mutatieId}/koppelingen", Bodies.Invalid, 401, 403, 403, 403, 403, 403, 403, 403, 403, 400, 403, 403, 403),
        new("POST", "/administraties/{id}/bankafschriften/{afschriftId}/mutaties/{mutatieId}/verklaringen", Bodies.Invalid, 401, 403, 403, 403, 403, 403, 403, 403, 403, 400, 403, 403, 403),
        new("GET", "/administraties/openbaar", null,                                     200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 403),
        new("GET", "/administraties/{id}/openbaar", null,                                404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 403),
    ];
}
