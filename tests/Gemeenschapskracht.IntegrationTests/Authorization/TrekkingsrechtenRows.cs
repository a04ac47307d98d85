namespace Gemeenschapskracht.IntegrationTests.Authorization;

/// <summary>
/// Trekkingsrechten (R4.5): the gemeente-beheerder and beleidsmedewerkers grant them and, when the gemeente supplies,
/// record draws; professionals record draws for a supplying organisation; bewonersorganisaties confirm draws on what
/// they hold; the auditor reads. The matrix's organisation roles act for no organisation, so they see no right:
/// <c>{id}</c> is 404 for every allowed caller where no body is read.
/// </summary>
public sealed class TrekkingsrechtenRows : IAuthorizationRows
{
    public IEnumerable<Entry> Rows =>
    [
        //                                                                     anon mach plat behe bele raad grif bewo prof back visi audi ander
        new("GET", "/trekkingsrechten", null,                                   401, 403, 403, 200, 200, 403, 403, 200, 200, 403, 403, 200, 403),
        new("GET", "/trekkingsrechten/{id}", null,                              401, 403, 403, 404, 404, 403, 403, 404, 404, 403, 403, 404, 403),
        new("POST", "/trekkingsrechten", Bodies.Invalid,                        401, 403, 403, 400, 400, 403, 403, 403, 403, 403, 403, 403, 403),
        new("POST", "/trekkingsrechten/{id}/trekkingen", Bodies.Invalid,        401, 403, 403, 400, 400, 403, 403, 403, 400, 403, 403, 403, 403),
        new("POST", "/trekkingsrechten/{id}/trekkingen/{nummer}/bevestigingen", null, 401, 403, 403, 403, 403, 403, 403, 404, 403, 403, 403, 403, 403),
    ];
}
