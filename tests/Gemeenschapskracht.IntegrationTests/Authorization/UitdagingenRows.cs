namespace Gemeenschapskracht.IntegrationTests.Authorization;

/// <summary>
/// The uitdaagrecht: the gemeente-beheerder records the participatieverordening (public to read); a bewonersorganisatie
/// submits for its own organisation and the gemeente on behalf of residents; the gemeente-beheerder and
/// beleidsmedewerkers decide each step; the auditor reads; the public list is open. The matrix's organisation roles act
/// for no organisation, so they see no challenge: <c>{id}</c> is 404 for every allowed caller where no body is read.
/// </summary>
public sealed class UitdagingenRows : IAuthorizationRows
{
    public IEnumerable<Entry> Rows =>
    [
        //                                                                     anon mach plat behe bele raad grif bewo prof back visi audi ander
        new("GET", "/participatieverordeningen/geldend", null,                  200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 403),
        new("POST", "/participatieverordeningen", Bodies.Invalid,               401, 403, 403, 400, 403, 403, 403, 403, 403, 403, 403, 403, 403),
        new("GET", "/uitdagingen", null,                                        401, 403, 403, 200, 200, 403, 403, 200, 403, 403, 403, 200, 403),
        new("GET", "/uitdagingen/openbaar", null,                               200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 403),
        new("GET", "/uitdagingen/{id}", null,                                   401, 403, 403, 404, 404, 403, 403, 404, 403, 403, 403, 404, 403),
        new("GET", "/uitdagingen/{id}/besluit", null,                           401, 403, 403, 404, 404, 403, 403, 404, 403, 403, 403, 404, 403),
        new("POST", "/uitdagingen", Bodies.Invalid,                             401, 403, 403, 400, 400, 403, 403, 400, 403, 403, 403, 403, 403),
        new("POST", "/uitdagingen/{id}/ontvankelijkheidsbesluiten", Bodies.Invalid, 401, 403, 403, 400, 400, 403, 403, 403, 403, 403, 403, 403, 403),
        new("POST", "/uitdagingen/{id}/beoordelingen", null,                    401, 403, 403, 404, 404, 403, 403, 403, 403, 403, 403, 403, 403),
        new("POST", "/uitdagingen/{id}/besluiten", Bodies.Invalid,              401, 403, 403, 400, 400, 403, 403, 403, 403, 403, 403, 403, 403),
        new("POST", "/uitdagingen/{id}/overdrachten", Bodies.Invalid,           401, 403, 403, 400, 400, 403, 403, 403, 403, 403, 403, 403, 403),
        new("POST", "/uitdagingen/{id}/monitoringnotities", Bodies.Invalid,     401, 403, 403, 400, 400, 403, 403, 403, 403, 403, 403, 403, 403),
        new("POST", "/uitdagingen/{id}/evaluaties", Bodies.Invalid,             401, 403, 403, 400, 400, 403, 403, 403, 403, 403, 403, 403, 403),
    ];
}
