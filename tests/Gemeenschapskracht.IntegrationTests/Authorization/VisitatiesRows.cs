namespace Gemeenschapskracht.IntegrationTests.Authorization;

/// <summary>
/// Visitatiecycli (R6.3): the gemeente (beheerder, beleidsmedewerker) sets them up and changes them; the raad, the
/// griffie and the auditor read them too; residents' organisations, professionals and the back office do not.
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
    ];
}
