namespace Gemeenschapskracht.IntegrationTests.Authorization;

/// <summary>
/// A published agenda is public; the team writes it: the gemeente's staff, and members of a bewonersorganisatie or
/// professionals whose organisation is on the team (the callers here are scoped to none; <c>{id}</c> is no agenda, so
/// an allowed caller gets 404, or 400 for the malformed body).
/// </summary>
public sealed class WijktoekomstagendasRows : IAuthorizationRows
{
    public IEnumerable<Entry> Rows =>
    [
        //                                                                                      anon mach plat behe bele raad grif bewo prof back visi audi ander
        new("GET", "/wijktoekomstagendas", null,                                                 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 403),
        new("GET", "/wijktoekomstagendas/{id}", null,                                            404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 403),
        new("GET", "/wijktoekomstagendas/{id}/document", null,                                   404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 403),
        new("POST", "/wijktoekomstagendas", Bodies.Invalid,                                      401, 403, 403, 400, 400, 403, 403, 400, 403, 403, 403, 403, 403),
        new("PUT", "/wijktoekomstagendas/{id}", Bodies.Invalid,                                  401, 403, 403, 400, 400, 403, 403, 400, 400, 403, 403, 403, 403),
        new("POST", "/wijktoekomstagendas/{id}/publicaties", null,                               401, 403, 403, 404, 404, 403, 403, 404, 404, 403, 403, 403, 403),
        new("POST", "/wijktoekomstagendas/{id}/uitvoeringen", null,                              401, 403, 403, 404, 404, 403, 403, 404, 404, 403, 403, 403, 403),
        new("POST", "/wijktoekomstagendas/{id}/verspreidingen", Bodies.Invalid,                  401, 403, 403, 400, 400, 403, 403, 400, 400, 403, 403, 403, 403),
        new("POST", "/wijktoekomstagendas/{id}/ambities", Bodies.Invalid,                        401, 403, 403, 400, 400, 403, 403, 400, 400, 403, 403, 403, 403),
        new("PUT", "/wijktoekomstagendas/{id}/ambities/{ambitieId}", Bodies.Invalid,             401, 403, 403, 400, 400, 403, 403, 400, 400, 403, 403, 403, 403),
        new("POST", "/wijktoekomstagendas/{id}/ambities/{ambitieId}/statussen", Bodies.Invalid,  401, 403, 403, 400, 400, 403, 403, 400, 400, 403, 403, 403, 403),
        new("POST", "/wijktoekomstagendas/{id}/ambities/{ambitieId}/werkgroepen", Bodies.Invalid, 401, 403, 403, 400, 400, 403, 403, 400, 400, 403, 403, 403, 403),
        new("POST", "/wijktoekomstagendas/{id}/ambities/{ambitieId}/opmerkingen", Bodies.Invalid, 401, 403, 403, 400, 400, 403, 403, 400, 400, 403, 403, 403, 403),
    ];
}
