namespace Gemeenschapskracht.IntegrationTests.Authorization;

/// <summary>
/// Dienstverleningsafspraken (R4.3): the gemeente-beheerder and beleidsmedewerkers explore, change, start and end
/// them; the parties (bewonersorganisatie, professional of the provider) sign, the bewonersorganisatie records the
/// reviews; the auditor and the raad read. The matrix's organisation roles act for no organisation, so they see no
/// agreement: <c>{id}</c> is 404 for every allowed caller where no body is read.
/// </summary>
public sealed class DienstverleningsafsprakenRows : IAuthorizationRows
{
    public IEnumerable<Entry> Rows =>
    [
        //                                                                              anon mach plat behe bele raad grif bewo prof back visi audi ander
        new("GET", "/dienstverleningsafspraken", null,                                   401, 403, 403, 200, 200, 200, 403, 200, 200, 403, 403, 200, 403),
        new("GET", "/dienstverleningsafspraken/{id}", null,                              401, 403, 403, 404, 404, 404, 403, 404, 404, 403, 403, 404, 403),
        new("POST", "/dienstverleningsafspraken", Bodies.Invalid,                        401, 403, 403, 400, 400, 403, 403, 403, 403, 403, 403, 403, 403),
        new("PUT", "/dienstverleningsafspraken/{id}", Bodies.Invalid,                    401, 403, 403, 400, 400, 403, 403, 403, 403, 403, 403, 403, 403),
        new("POST", "/dienstverleningsafspraken/{id}/ondertekeningen", null,             401, 403, 403, 403, 403, 403, 403, 404, 404, 403, 403, 403, 403),
        new("POST", "/dienstverleningsafspraken/{id}/activeringen", null,                401, 403, 403, 404, 404, 403, 403, 403, 403, 403, 403, 403, 403),
        new("POST", "/dienstverleningsafspraken/{id}/evaluatiemomenten/{jaar}", Bodies.Invalid, 401, 403, 403, 403, 403, 403, 403, 400, 403, 403, 403, 403, 403),
        new("POST", "/dienstverleningsafspraken/{id}/beeindigingen", Bodies.Invalid,     401, 403, 403, 400, 400, 403, 403, 403, 403, 403, 403, 403, 403),
    ];
}
