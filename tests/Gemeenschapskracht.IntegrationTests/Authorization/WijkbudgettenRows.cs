namespace Gemeenschapskracht.IntegrationTests.Authorization;

/// <summary>
/// Route step 4, the money: what the raad decided is public (open overheid); the gemeente-beheerder and
/// beleidsmedewerkers draft the methodiek and the budgets, the griffie and the gemeente-beheerder record the raad's
/// decisions (adoption, grant, begroting); an adjustment may be sent by all three (the handler refuses a raadsbesluit
/// from a beleidsmedewerker). <c>{id}</c> is no methodiek or budget, so an allowed caller gets 404 where no body is read.
/// </summary>
public sealed class WijkbudgettenRows : IAuthorizationRows
{
    public IEnumerable<Entry> Rows =>
    [
        //                                                              anon mach plat behe bele raad grif bewo prof back visi audi ander
        new("GET", "/budgetmethodieken", null,                           200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 403),
        new("GET", "/budgetmethodieken/geldend", null,                   404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 403),
        new("GET", "/budgetmethodieken/{id}", null,                      404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 403),
        new("GET", "/budgetmethodieken/{id}/toedeling", null,            404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 403),
        new("POST", "/budgetmethodieken", Bodies.Invalid,                401, 403, 403, 400, 400, 403, 403, 403, 403, 403, 403, 403, 403),
        new("PUT", "/budgetmethodieken/{id}", Bodies.Invalid,            401, 403, 403, 400, 400, 403, 403, 403, 403, 403, 403, 403, 403),
        new("POST", "/budgetmethodieken/{id}/vaststellingen", Bodies.Invalid, 401, 403, 403, 400, 403, 403, 400, 403, 403, 403, 403, 403, 403),

        new("GET", "/wijkbudgetten", null,                               200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 403),
        new("GET", "/wijkbudgetten/{id}", null,                          404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 403),
        new("POST", "/wijkbudgetten", Bodies.Invalid,                    401, 403, 403, 400, 400, 403, 403, 403, 403, 403, 403, 403, 403),
        new("PUT", "/wijkbudgetten/{id}", Bodies.Invalid,                401, 403, 403, 400, 400, 403, 403, 403, 403, 403, 403, 403, 403),
        new("POST", "/wijkbudgetten/{id}/toekenningen", Bodies.Invalid,  401, 403, 403, 400, 403, 403, 400, 403, 403, 403, 403, 403, 403),
        new("POST", "/wijkbudgetten/{id}/aanpassingen", Bodies.Invalid,  401, 403, 403, 400, 400, 403, 400, 403, 403, 403, 403, 403, 403),
        new("POST", "/wijkbudgetten/{id}/evaluaties", Bodies.Invalid,    401, 403, 403, 400, 400, 403, 403, 403, 403, 403, 403, 403, 403),
        new("POST", "/wijkbudgetten/{id}/verlengingen", Bodies.Invalid,  401, 403, 403, 400, 400, 403, 403, 403, 403, 403, 403, 403, 403),
        new("POST", "/wijkbudgetten/{id}/herzieningen", Bodies.Invalid,  401, 403, 403, 400, 400, 403, 403, 403, 403, 403, 403, 403, 403),

        new("GET", "/begrotingsbesluiten", null,                         200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 403),
        new("POST", "/begrotingsbesluiten", Bodies.Invalid,              401, 403, 403, 400, 403, 403, 400, 403, 403, 403, 403, 403, 403),
    ];
}
