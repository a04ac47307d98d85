namespace Gemeenschapskracht.IntegrationTests.Authorization;

public sealed class PersoonsgegevensRows : IAuthorizationRows
{
    public IEnumerable<Entry> Rows =>
    [
        //                                                                  anon mach plat behe bele raad grif bewo prof back visi audi ander
        new("POST", "/persoonsgegevens/inzage", Bodies.Invalid,              401, 403, 403, 400, 403, 403, 403, 403, 403, 403, 403, 403, 403),
        new("POST", "/persoonsgegevens/inzage/document", Bodies.Invalid,     401, 403, 403, 400, 403, 403, 403, 403, 403, 403, 403, 403, 403),
        new("POST", "/persoonsgegevens/anonimiseringen", Bodies.Invalid,     401, 403, 403, 400, 403, 403, 403, 403, 403, 403, 403, 403, 403),
        new("GET", "/persoonsgegevens/anonimiseringen", null,                401, 403, 403, 200, 403, 403, 403, 403, 403, 403, 403, 200, 403),
        new("GET", "/persoonsgegevens/verwerkingsregister", null,            401, 403, 403, 200, 403, 403, 403, 403, 403, 403, 403, 200, 403),
        new("GET", "/persoonsgegevens/bewaarbeleid", null,                   401, 403, 403, 200, 403, 403, 403, 403, 403, 403, 403, 200, 403),
        new("PUT", "/persoonsgegevens/bewaarbeleid", Bodies.Invalid,         401, 403, 403, 400, 403, 403, 403, 403, 403, 403, 403, 403, 403),
    ];
}
