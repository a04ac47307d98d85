namespace Gemeenschapskracht.IntegrationTests.Authorization;

/// <summary>
/// The subsidy (Awb titel 4.2): published regelingen are public; the gemeente-beheerder and beleidsmedewerkers draft
/// regelingen and handle and decide applications; bewonersorganisaties and professionals apply for their own
/// organisation; the auditor reads applications. <c>{id}</c> is no regeling or application, so an allowed caller gets
/// 404 where no body is read.
/// </summary>
public sealed class SubsidiesRows : IAuthorizationRows
{
    public IEnumerable<Entry> Rows =>
    [
        //                                                                     anon mach plat behe bele raad grif bewo prof back visi audi ander
        new("GET", "/subsidieregelingen", null,                                 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 403),
        new("GET", "/subsidieregelingen/{id}", null,                            404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 403),
        new("POST", "/subsidieregelingen", Bodies.Invalid,                      401, 403, 403, 400, 400, 403, 403, 403, 403, 403, 403, 403, 403),
        new("POST", "/subsidieregelingen/{id}/publicaties", null,               401, 403, 403, 404, 404, 403, 403, 403, 403, 403, 403, 403, 403),
        new("POST", "/subsidieregelingen/{id}/mededingingsruimtes", Bodies.Invalid, 401, 403, 403, 400, 400, 403, 403, 403, 403, 403, 403, 403, 403),
        new("POST", "/subsidieregelingen/{id}/openingen", null,                 401, 403, 403, 404, 404, 403, 403, 403, 403, 403, 403, 403, 403),

        new("GET", "/subsidieaanvragen", null,                                  401, 403, 403, 200, 200, 403, 403, 200, 200, 403, 403, 200, 403),
        new("GET", "/subsidieaanvragen/{id}", null,                             401, 403, 403, 404, 404, 403, 403, 404, 404, 403, 403, 404, 403),
        new("POST", "/subsidieaanvragen", Bodies.Invalid,                       401, 403, 403, 403, 403, 403, 403, 400, 400, 403, 403, 403, 403),
        new("POST", "/subsidieaanvragen/{id}/indieningen", null,                401, 403, 403, 403, 403, 403, 403, 404, 404, 403, 403, 403, 403),
        new("POST", "/subsidieaanvragen/{id}/behandelingen", null,              401, 403, 403, 404, 404, 403, 403, 403, 403, 403, 403, 403, 403),
        new("POST", "/subsidieaanvragen/{id}/aanvullingsverzoeken", Bodies.Invalid, 401, 403, 403, 400, 400, 403, 403, 403, 403, 403, 403, 403, 403),
        new("POST", "/subsidieaanvragen/{id}/aanvullingen", Bodies.Invalid,     401, 403, 403, 403, 403, 403, 403, 400, 400, 403, 403, 403, 403),
        new("POST", "/subsidieaanvragen/{id}/verdagingen", Bodies.Invalid,      401, 403, 403, 400, 400, 403, 403, 403, 403, 403, 403, 403, 403),
        new("POST", "/subsidieaanvragen/{id}/beoordelingen", Bodies.Invalid,    401, 403, 403, 400, 400, 403, 403, 403, 403, 403, 403, 403, 403),
        new("POST", "/subsidieaanvragen/{id}/verleningen", Bodies.Invalid,      401, 403, 403, 400, 400, 403, 403, 403, 403, 403, 403, 403, 403),
        new("POST", "/subsidieaanvragen/{id}/weigeringen", Bodies.Invalid,      401, 403, 403, 400, 400, 403, 403, 403, 403, 403, 403, 403, 403),
    
        new("GET", "/beschikkingen", null,                                      401, 403, 403, 200, 200, 403, 403, 200, 200, 403, 403, 200, 403),
        new("GET", "/beschikkingen/{id}", null,                                 401, 403, 403, 404, 404, 403, 403, 404, 404, 403, 403, 404, 403),
        new("GET", "/beschikkingen/{id}/document", null,                        401, 403, 403, 404, 404, 403, 403, 404, 404, 403, 403, 404, 403),
        // G-4: whoever reads the group's administratie reads the financial part generated from it; the back office too.
        new("GET", "/beschikkingen/{id}/financiele-verantwoording", null,       401, 403, 403, 404, 404, 403, 403, 404, 403, 404, 403, 404, 403),
        new("POST", "/beschikkingen/{id}/voorschotten/{nummer}/betalingen", Bodies.Invalid, 401, 403, 403, 400, 400, 403, 403, 403, 403, 403, 403, 403, 403),

        new("GET", "/betaalopdrachten", null,                                   401, 403, 403, 200, 200, 403, 403, 403, 403, 403, 403, 200, 403),
        new("GET", "/betaalopdrachten/{id}", null,                              401, 403, 403, 404, 404, 403, 403, 403, 403, 403, 403, 404, 403),
        new("GET", "/betaalopdrachten/{id}/pain001", null,                      401, 403, 403, 404, 404, 403, 403, 403, 403, 403, 403, 404, 403),
        new("POST", "/betaalopdrachten", Bodies.Invalid,                        401, 403, 403, 400, 400, 403, 403, 403, 403, 403, 403, 403, 403),
        new("POST", "/betaalopdrachten/{id}/uitvoeringen", Bodies.Invalid,      401, 403, 403, 400, 400, 403, 403, 403, 403, 403, 403, 403, 403),
    
        new("GET", "/verantwoordingskaders/geldend", null,                      200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 403),
        new("POST", "/verantwoordingskaders", Bodies.Invalid,                   401, 403, 403, 400, 403, 403, 403, 403, 403, 403, 403, 403, 403),
        new("GET", "/verantwoordingen", null,                                   401, 403, 403, 200, 200, 403, 403, 200, 200, 403, 403, 200, 403),
        new("POST", "/verantwoordingen", Bodies.Invalid,                        401, 403, 403, 403, 403, 403, 403, 400, 400, 403, 403, 403, 403),
        new("GET", "/vaststellingen", null,                                     401, 403, 403, 200, 200, 403, 403, 200, 200, 403, 403, 200, 403),
        new("GET", "/vaststellingen/{id}/document", null,                       401, 403, 403, 404, 404, 403, 403, 404, 404, 403, 403, 404, 403),
        new("POST", "/vaststellingen", Bodies.Invalid,                          401, 403, 403, 400, 400, 403, 403, 403, 403, 403, 403, 403, 403),
        new("POST", "/vaststellingen/{id}/afwikkelingen", Bodies.Invalid,       401, 403, 403, 400, 400, 403, 403, 403, 403, 403, 403, 403, 403),
        new("GET", "/vaststellingen/steekproeven", null,                        401, 403, 403, 200, 200, 403, 403, 403, 403, 403, 403, 200, 403),
        new("POST", "/vaststellingen/steekproeven", Bodies.Invalid,             401, 403, 403, 400, 400, 403, 403, 403, 403, 403, 403, 403, 403),

        new("GET", "/wijzigingsbesluiten", null,                                401, 403, 403, 200, 200, 403, 403, 200, 200, 403, 403, 200, 403),
        new("GET", "/wijzigingsbesluiten/{id}/document", null,                  401, 403, 403, 404, 404, 403, 403, 404, 404, 403, 403, 404, 403),
        new("POST", "/wijzigingsbesluiten", Bodies.Invalid,                     401, 403, 403, 400, 400, 403, 403, 403, 403, 403, 403, 403, 403),
        new("GET", "/afbouwsignalen", null,                                     401, 403, 403, 200, 200, 200, 200, 403, 403, 403, 403, 200, 403),
    ];
}
