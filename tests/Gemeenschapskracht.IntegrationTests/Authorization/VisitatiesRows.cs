namespace Gemeenschapskracht.IntegrationTests.Authorization;

/// <summary>
/// Visitatiecycli (R6.3): the gemeente (beheerder, beleidsmedewerker) sets them up and changes them; the raad, the
/// griffie and the auditor read them too; residents' organisations, professionals and the back office do not.
/// Visitaties carry the visitatie scope: a caller allowed by role but on no panel and of no reviewed organisation (the
/// matrix's callers are machine clients) meets 404 for a visitatie; bodies are refused (400) before that. Adopted
/// reports are public. The scope itself (a panel member of one visitatie only, none after it ends) is proven in
/// VisitatiesTests with people's tokens.
/// </summary>
public sealed class VisitatiesRows : IAuthorizationRows
{
    public IEnumerable<Entry> Rows =>
    [
        //                                                                  anon mach plat behe bele raad grif bewo prof back visi audi ander
        new("GET", "/visitatiecycli", null,                                  401, 403, 403, 200, 200, 200, 200, 403, 403, 403, 403, 200, 403),
        new("GET", "/visitatiecycli/{id}", null,                             401, 403, 403, 404, 404, 404, 404, 403, 403, 403, 403, 404, 403),
        new("POST", "/visitatiecycli", Bodies.Invalid,                       401, 403, 403, 400, 400, 403, 403, 403, 403, 403, 403, 403, 403),
        new("PUT", "/visitatiecycli/{id}", Bodies.Invalid,                   401, 403, 403, 400, 400, 403, 403, 403, 403, 403, 403, 403, 403),
        new("GET", "/visitaties", null,                                      401, 403, 403, 200, 200, 200, 200, 200, 200, 403, 200, 200, 403),
        new("GET", "/visitaties/rapporten", null,                            200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 403),
        new("GET", "/visitaties/leeroverzicht", null,                        200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 403),
        new("GET", "/visitaties/{id}", null,                                 401, 403, 403, 404, 404, 404, 404, 404, 404, 403, 404, 404, 403),
        new("GET", "/visitaties/{id}/rapport", null,                         404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 403),
        new("POST", "/visitaties/{id}/panelleden", Bodies.Invalid,           401, 403, 403, 400, 400, 403, 403, 403, 403, 403, 403, 403, 403),
        new("DELETE", "/visitaties/{id}/panelleden/{gebruikerId}", null,     401, 403, 403, 404, 404, 403, 403, 403, 403, 403, 403, 403, 403),
        new("POST", "/visitaties/{id}/panelbevestigingen", null,             401, 403, 403, 404, 404, 403, 403, 403, 403, 403, 403, 403, 403),
        new("PUT", "/visitaties/{id}/zelfreflectie", Bodies.Invalid,         401, 403, 403, 400, 400, 403, 403, 400, 400, 403, 403, 403, 403),
        new("POST", "/visitaties/{id}/inbreng", Bodies.Invalid,              401, 403, 403, 400, 400, 400, 403, 400, 400, 403, 400, 403, 403),
        new("PUT", "/visitaties/{id}/beoordelingen/{perspectiefId}", Bodies.Invalid, 401, 403, 403, 403, 403, 400, 403, 400, 400, 403, 400, 403, 403),
        new("POST", "/visitaties/{id}/conceptrapporten", null,               401, 403, 403, 404, 404, 404, 403, 404, 404, 403, 404, 403, 403),
        new("PUT", "/visitaties/{id}/reactie", Bodies.Invalid,               401, 403, 403, 400, 400, 403, 403, 400, 400, 403, 403, 403, 403),
        new("POST", "/visitaties/{id}/vaststellingen", null,                 401, 403, 403, 404, 404, 403, 403, 403, 403, 403, 403, 403, 403),
        new("POST", "/visitaties/{id}/vervolgacties", Bodies.Invalid,        401, 403, 403, 400, 400, 403, 403, 403, 403, 403, 403, 403, 403),
        new("POST", "/visitaties/{id}/vervolgacties/{actieId}/gereedmeldingen", Bodies.Invalid, 401, 403, 403, 400, 400, 403, 403, 403, 403, 403, 403, 403, 403),
        new("POST", "/visitaties/{id}/afrondingen", null,                    401, 403, 403, 404, 404, 403, 403, 403, 403, 403, 403, 403, 403),
    ];
}
