namespace Gemeenschapskracht.IntegrationTests.Authorization;

/// <summary>
/// A BuurtTop's public face is public, and anyone registers for it (rate limited); the organiser's team and the
/// gemeente (beheerder, beleidsmedewerker) work on it and see the registrations and invitations (the callers here
/// are scoped to no organisation; <c>{id}</c> is no BuurtTop, so an allowed caller gets 404, or 400 for the malformed
/// body); the cycle is the gemeente's.
/// </summary>
public sealed class BuurtTopsRows : IAuthorizationRows
{
    public IEnumerable<Entry> Rows =>
    [
        //                                                                 anon mach plat behe bele raad grif bewo prof back visi audi ander
        new("GET", "/buurttops", null,                                      200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 403),
        new("GET", "/buurttops/{id}", null,                                 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 403),
        new("POST", "/buurttops", Bodies.Invalid,                           401, 403, 403, 400, 400, 403, 403, 400, 400, 403, 403, 403, 403),
        new("PUT", "/buurttops/{id}", Bodies.Invalid,                       401, 403, 403, 400, 400, 403, 403, 400, 400, 403, 403, 403, 403),
        new("PUT", "/buurttops/{id}/voorbereidingsplan", Bodies.Invalid,    401, 403, 403, 400, 400, 403, 403, 400, 400, 403, 403, 403, 403),
        new("POST", "/buurttops/{id}/voorbereidingen", null,                401, 403, 403, 404, 404, 403, 403, 404, 404, 403, 403, 403, 403),
        new("POST", "/buurttops/{id}/wijkbeeldkoppelingen", null,           401, 403, 403, 404, 404, 403, 403, 404, 404, 403, 403, 403, 403),
        new("GET", "/buurttops/{id}/uitnodigingen", null,                   401, 403, 403, 404, 404, 403, 403, 404, 404, 403, 403, 403, 403),
        new("POST", "/buurttops/{id}/uitnodigingen", Bodies.Invalid,        401, 403, 403, 400, 400, 403, 403, 400, 400, 403, 403, 403, 403),
        new("GET", "/buurttops/{id}/aanmeldingen", null,                    401, 403, 403, 404, 404, 403, 403, 404, 404, 403, 403, 403, 403),
        new("POST", "/buurttops/{id}/aanmeldingen", Bodies.Invalid,         400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 403),
        new("POST", "/buurttops/{id}/afmeldingen", Bodies.Invalid,          400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 403),
        new("POST", "/buurttops/{id}/aanwezigheid", Bodies.Invalid,         401, 403, 403, 400, 400, 403, 403, 400, 400, 403, 403, 403, 403),
        new("PUT", "/buurttops/{id}/opbrengsten", Bodies.Invalid,           401, 403, 403, 400, 400, 403, 403, 400, 400, 403, 403, 403, 403),
        new("POST", "/buurttops/{id}/verwerkingen", Bodies.Invalid,         401, 403, 403, 400, 400, 403, 403, 400, 400, 403, 403, 403, 403),
        new("GET", "/buurttops/{id}/bijlagen", null,                        404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 403),
        new("GET", "/buurttops/{id}/bijlagen/{bijlageId}", null,            404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 403),
        new("POST", "/buurttops/{id}/bijlagen", "%PDF-1.4", 401, 403, 403, 404, 404, 403, 404, 404, 404, 403, 403, 403, 403) { ContentType = "application/pdf", Query = "naam=foto.pdf" },
        new("GET", "/buurttops/cyclus", null,                               401, 403, 403, 200, 200, 403, 403, 403, 403, 403, 403, 403, 403),
        new("PUT", "/buurttops/cyclus", Bodies.Invalid,                     401, 403, 403, 400, 400, 403, 403, 403, 403, 403, 403, 403, 403),
    ];
}
