using System.Net.Http.Headers;
using System.Text;
using Gemeenschapskracht.IntegrationTests.Infrastructure;

namespace Gemeenschapskracht.IntegrationTests;

/// <summary>
/// Every error is <c>application/problem+json</c>, whatever the client says it accepts: a client asking for XML or
/// HTML once got a 500 or the developer exception page for a plain 404, and an empty body for 400/401/403.
/// </summary>
public sealed class ProblemResponseTests(ProblemResponseTests.Fixture fixture) : IClassFixture<ProblemResponseTests.Fixture>
{
    private const string Unknown = "00000000-0000-0000-0000-000000000001";

    public static TheoryData<string, string, string, string?, int> Cases()
    {
        var data = new TheoryData<string, string, string, string?, int>();
        (string Method, string Path, string Caller, string? Body, int Status)[] requests =
        [
            ("GET", $"/api/v1/gebieden/{Unknown}", "anoniem", null, 404),
            ("DELETE", $"/api/v1/leden/{Unknown}", "beheerder", null, 404),
            ("GET", "/api/v1/instellingen/logo", "anoniem", null, 404),
            ("DELETE", "/api/v1/instellingen/logo", "beheerder", null, 404),
            ("GET", "/api/v1/gemeenten/bestaat-niet", "platform", null, 404),
            ("POST", "/api/v1/gemeenten/bestaat-niet/inrichtingen", "platform", null, 404),
            ("PUT", $"/api/v1/leden/{Unknown}", "anoniem", "{}", 401),
            ("PUT", $"/api/v1/leden/{Unknown}", "raadslid", "{}", 403),
            ("POST", "/api/v1/gemeenten", "platform", "{\"naam\":", 400),
            ("GET", "/api/v1/gebieden?page=0", "anoniem", null, 400),
            // The route steps: documents (PDF), uploads, state changes and whole-document PUTs answer the same way.
            ("GET", $"/api/v1/beleidskaders/{Unknown}", "anoniem", null, 404),
            ("GET", $"/api/v1/wijkbeelden/{Unknown}/document", "anoniem", null, 404),
            ("POST", $"/api/v1/beleidskaders/{Unknown}/vaststellingen", "raadslid", "{}", 403),
            ("POST", $"/api/v1/wijkbeelden/{Unknown}/delingen", "anoniem", null, 401),
            ("PUT", $"/api/v1/organisaties/{Unknown}", "beheerder", "{}", 400),
            ("PUT", "/api/v1/wijkbeelden/cijferlezing", "beheerder", "{\"lezingen\":[{\"maatstaf\":\"Verzonnen\",\"lens\":\"context\"}]}", 400),
            ("GET", "/api/v1/publieke-plekken?page=0", "anoniem", null, 400),
            // Step 3: the BuurtTop, the agenda and its requests (the public registration and the institution's link included).
            ("GET", $"/api/v1/buurttops/{Unknown}", "anoniem", null, 404),
            ("POST", $"/api/v1/buurttops/{Unknown}/aanmeldingen", "anoniem", "{\"naam\":", 400),
            ("GET", $"/api/v1/wijktoekomstagendas/{Unknown}/document", "anoniem", null, 404),
            ("POST", $"/api/v1/wijktoekomstagendas/{Unknown}/publicaties", "raadslid", null, 403),
            ("POST", "/api/v1/verzoeken/sleutels/onbekend/antwoorden", "anoniem", "{}", 400),
            ("GET", "/api/v1/verzoeken?page=0", "beheerder", null, 400),
            // Step 4: the methodiek, the wijkbudgetten and the begroting.
            ("GET", $"/api/v1/budgetmethodieken/{Unknown}/toedeling", "anoniem", null, 404),
            ("POST", "/api/v1/budgetmethodieken", "beheerder", "{}", 400),
            ("POST", $"/api/v1/wijkbudgetten/{Unknown}/toekenningen", "raadslid", "{}", 403),
            ("PUT", $"/api/v1/wijkbudgetten/{Unknown}", "anoniem", "{}", 401),
            ("POST", "/api/v1/begrotingsbesluiten", "beheerder", "{\"jaar\":\"volgend jaar\"}", 400),
            ("GET", "/api/v1/wijkbudgetten?page=0", "anoniem", null, 400),
            // The subsidy: a regeling, an application, a grant.
            ("GET", $"/api/v1/subsidieregelingen/{Unknown}", "anoniem", null, 404),
            ("POST", $"/api/v1/subsidieregelingen/{Unknown}/openingen", "raadslid", null, 403),
            ("GET", "/api/v1/subsidieaanvragen", "anoniem", null, 401),
            ("POST", $"/api/v1/subsidieaanvragen/{Unknown}/verleningen", "beheerder", "{\"bedragEurocent\":-1,\"motivering\":\"x\"}", 400),
            // The beschikking, its voorschotten and the payment batch (a pain.001 download answers XML, an error never does).
            ("GET", $"/api/v1/beschikkingen/{Unknown}/document", "beheerder", null, 404),
            ("GET", $"/api/v1/betaalopdrachten/{Unknown}/pain001", "beheerder", null, 404),
            ("POST", "/api/v1/betaalopdrachten", "beheerder", "{\"opdrachtgever\":\"Gemeente\",\"opdrachtgeverIban\":\"NL00ABNA0417164300\",\"uitvoerdatum\":\"2030-01-01\"}", 400),
            ("PUT", $"/api/v1/organisaties/{Unknown}/bankrekening", "beheerder", "{\"iban\":\"NL91\",", 400),
            // Verantwoording and vaststelling.
            ("POST", "/api/v1/vaststellingen", "beheerder", "{\"beschikkingId\":\"00000000-0000-0000-0000-000000000001\",\"bedragEurocent\":-5}", 400),
            ("GET", $"/api/v1/vaststellingen/{Unknown}/document", "beheerder", null, 404),
            ("GET", $"/api/v1/beschikkingen/{Unknown}/financiele-verantwoording", "beheerder", null, 404),
            ("POST", $"/api/v1/vaststellingen/{Unknown}/afwikkelingen", "beheerder", "{\"datum\":\"2026-12-01\",\"bedragEurocent\":100,\"kenmerk\":\"BANK-1\"}", 404),
            ("POST", "/api/v1/verantwoordingskaders", "beheerder", "{\"zonderVerslagTotEurocent\":1,\"activiteitenverslagTotEurocent\":2,\"steekproefProcent\":101}", 400),
            // Wijziging and intrekking (4:48–4:50), the afbouw overview (4:51).
            ("POST", "/api/v1/wijzigingsbesluiten", "beheerder", "{\"beschikkingId\":\"00000000-0000-0000-0000-000000000001\",\"grond\":\"Willekeur\",\"nieuwBedragEurocent\":0,\"toelichting\":\"x\"}", 400),
            ("GET", $"/api/v1/wijzigingsbesluiten/{Unknown}/document", "beheerder", null, 404),
            ("GET", "/api/v1/afbouwsignalen?pageSize=0", "raadslid", null, 400),
            // The subsidy register as open data: a year out of range or an id that is no wijk, on the page and the files.
            ("GET", "/api/v1/open-subsidiedata?jaar=99999", "anoniem", null, 400),
            ("GET", $"/api/v1/open-subsidiedata?wijkId={Unknown}", "anoniem", null, 400),
            ("GET", "/api/v1/open-subsidiedata/csv?jaar=99999", "anoniem", null, 400),
            ("GET", $"/api/v1/open-subsidiedata/json?wijkId={Unknown}", "anoniem", null, 400),
            // Dienstverleningsafspraken (R4.3): an agreement, a signature, a review, an end.
            ("GET", "/api/v1/dienstverleningsafspraken", "anoniem", null, 401),
            ("GET", $"/api/v1/dienstverleningsafspraken/{Unknown}", "beheerder", null, 404),
            ("POST", "/api/v1/dienstverleningsafspraken", "beheerder", "{\"vorm\":\"koper\"}", 400),
            ("POST", $"/api/v1/dienstverleningsafspraken/{Unknown}/ondertekeningen", "raadslid", null, 403),
            ("POST", $"/api/v1/dienstverleningsafspraken/{Unknown}/beeindigingen", "beheerder", "{\"reden\":\"Gestopt\"}", 404),
            // Trekkingsrechten (R4.5): a right, a draw, a confirmation.
            ("GET", "/api/v1/trekkingsrechten", "anoniem", null, 401),
            ("GET", $"/api/v1/trekkingsrechten/{Unknown}", "beheerder", null, 404),
            ("POST", "/api/v1/trekkingsrechten", "beheerder", "{\"eenheid\":\"dagen\",\"omvang\":1}", 400),
            ("POST", $"/api/v1/trekkingsrechten/{Unknown}/trekkingen", "beheerder", "{\"datum\":\"2030-01-01\",\"omvang\":1,\"doel\":\"Hulp\"}", 404),
            ("POST", $"/api/v1/trekkingsrechten/{Unknown}/trekkingen/1/bevestigingen", "raadslid", null, 403),
            // The uitdaagrecht: the verordening, a challenge, its decision and letter, the public list.
            ("POST", "/api/v1/participatieverordeningen", "beheerder", "{\"referentie\":\"V\",\"vastgesteldOp\":\"2026-01-01\",\"ontvankelijkheidWeken\":0,\"besluitWeken\":8,\"criteria\":[],\"uitgeslotenTaken\":[]}", 400),
            ("GET", "/api/v1/uitdagingen", "anoniem", null, 401),
            ("GET", $"/api/v1/uitdagingen/{Unknown}", "beheerder", null, 404),
            ("GET", $"/api/v1/uitdagingen/{Unknown}/besluit", "beheerder", null, 404),
            ("POST", "/api/v1/uitdagingen", "beheerder", "{\"taak\":\"Groen\"}", 400),
            ("POST", $"/api/v1/uitdagingen/{Unknown}/besluiten", "raadslid", "{}", 403),
            ("GET", "/api/v1/uitdagingen/openbaar?page=0", "anoniem", null, 400),
            // Step 5: hosts and administraties, the ledger, the months and the public balance.
            ("GET", $"/api/v1/hostorganisaties/{Unknown}", "beheerder", null, 404),
            ("POST", "/api/v1/hostorganisaties", "beheerder", "{\"organisatieId\":\"" + Unknown + "\",\"dienstverlening\":\"Boeken\",\"nietCommercieel\":true,\"kosten\":[{\"jaar\":1900,\"bedragEurocent\":-1,\"toelichting\":\"\"}]}", 400),
            ("PUT", $"/api/v1/hostorganisaties/{Unknown}", "anoniem", "{}", 401),
            ("GET", "/api/v1/administraties", "anoniem", null, 401),
            ("GET", $"/api/v1/administraties/{Unknown}", "beheerder", null, 404),
            ("POST", "/api/v1/administraties", "beheerder", "{\"groepId\":\"" + Unknown + "\",\"hostorganisatieId\":\"" + Unknown + "\",\"startdatum\":\"2027-01-01\"}", 400),
            ("GET", $"/api/v1/administraties/{Unknown}/journaalposten?page=0", "beheerder", null, 400),
            ("POST", $"/api/v1/administraties/{Unknown}/journaalposten", "beheerder", "{}", 403),
            ("POST", $"/api/v1/administraties/{Unknown}/perioden/2027-1/afsluitingen", "raadslid", null, 403),
            ("POST", $"/api/v1/administraties/{Unknown}/perioden/maart/afsluitingen", "anoniem", null, 401),
            ("GET", $"/api/v1/administraties/{Unknown}/balans", "beheerder", null, 404),
            ("GET", $"/api/v1/administraties/{Unknown}/perioden/2027-1/export.csv", "beheerder", null, 400),
            ("GET", $"/api/v1/administraties/{Unknown}/perioden/2027-03/export.csv", "beheerder", null, 404),
            ("GET", $"/api/v1/administraties/{Unknown}/auditfile?jaar=27", "beheerder", null, 400),
            ("GET", $"/api/v1/administraties/{Unknown}/auditfile?jaar=twee", "beheerder", null, 400),
            ("GET", $"/api/v1/administraties/{Unknown}/auditfile", "raadslid", null, 403),
            // Bank statements (CAMT.053) and their lines (the rules with data: BankafschriftenTests).
            ("GET", $"/api/v1/administraties/{Unknown}/bankafschriften", "beheerder", null, 404),
            ("GET", $"/api/v1/administraties/{Unknown}/bankafschriften?page=0", "beheerder", null, 400),
            ("GET", $"/api/v1/administraties/{Unknown}/bankafschriften/{Unknown}", "beheerder", null, 404),
            ("POST", $"/api/v1/administraties/{Unknown}/bankafschriften", "beheerder", "{}", 415),
            ("POST", $"/api/v1/administraties/{Unknown}/bankafschriften/{Unknown}/mutaties/{Unknown}/koppelingen", "raadslid", "{}", 403),
            ("POST", $"/api/v1/administraties/{Unknown}/bankafschriften/{Unknown}/mutaties/{Unknown}/verklaringen", "anoniem", "{}", 401),
            ("GET", $"/api/v1/administraties/{Unknown}/openbaar", "anoniem", null, 404),
            ("GET", "/api/v1/administraties/openbaar?pageSize=0", "anoniem", null, 400),
            // Declaraties and their payment batches (the rules with data: DeclaratiesTests).
            ("GET", "/api/v1/declaraties", "anoniem", null, 401),
            ("GET", $"/api/v1/declaraties/{Unknown}", "beheerder", null, 404),
            ("GET", "/api/v1/declaraties?page=0", "beheerder", null, 400),
            ("GET", $"/api/v1/declaraties/{Unknown}/bonnetje", "beheerder", null, 404),
            ("POST", $"/api/v1/declaraties/{Unknown}/goedkeuringen", "raadslid", null, 403),
            ("POST", $"/api/v1/declaraties/{Unknown}/beoordelingen", "beheerder", "{}", 403),
            ("GET", $"/api/v1/declaratiebetalingen/{Unknown}", "beheerder", null, 404),
            ("GET", $"/api/v1/declaratiebetalingen/{Unknown}/pain001", "beheerder", null, 403),
            ("POST", "/api/v1/declaratiebetalingen", "anoniem", "{}", 401),
            ("POST", $"/api/v1/declaratiebetalingen/{Unknown}/intrekkingen", "anoniem", "{}", 401),
            // Route step 6: visitaties, the etalage and ervaringsconferenties (the rules with data: their own tests).
            ("GET", "/api/v1/visitaties", "anoniem", null, 401),
            ("GET", $"/api/v1/visitaties/{Unknown}", "beheerder", null, 404),
            ("GET", "/api/v1/visitaties?status=gewonnen", "beheerder", null, 400),
            ("GET", "/api/v1/visitaties/leeroverzicht?vanJaar=2026&totJaar=2024", "anoniem", null, 400),
            ("PUT", $"/api/v1/visitaties/{Unknown}/beoordelingen/{Unknown}", "raadslid", "{}", 400),
            ("POST", "/api/v1/visitatiecycli", "raadslid", "{}", 403),
            ("GET", $"/api/v1/etalage/{Unknown}", "anoniem", null, 404),
            ("GET", "/api/v1/etalage?status=bekroond", "anoniem", null, 400),
            ("POST", "/api/v1/etalage", "beheerder", "{}", 400),
            ("POST", $"/api/v1/etalage/{Unknown}/publicaties", "raadslid", null, 403),
            ("GET", $"/api/v1/ervaringsconferenties/{Unknown}", "anoniem", null, 404),
            ("POST", $"/api/v1/ervaringsconferenties/{Unknown}/aanmeldingen", "anoniem", "{}", 400),
            ("POST", "/api/v1/ervaringsconferenties", "beheerder", "{}", 400),
            // The AVG: a PDF download answers a problem too, and a person is named in the body only.
            ("POST", "/api/v1/persoonsgegevens/inzage", "beheerder", "{\"email\":\"geen-adres\"}", 400),
            ("POST", "/api/v1/persoonsgegevens/inzage/document", "beheerder", "{}", 400),
            ("POST", "/api/v1/persoonsgegevens/anonimiseringen", "raadslid", "{}", 403),
            ("PUT", "/api/v1/persoonsgegevens/bewaarbeleid", "beheerder", "{\"buurtTopAanmeldingenMaanden\":0,\"declaratieBankgegevensMaanden\":13}", 400),
            ("GET", "/api/v1/persoonsgegevens/anonimiseringen?page=0", "beheerder", null, 400),
        ];
        foreach (var accept in new[] { "application/xml", "text/html", "text/plain", "image/png" })
            foreach (var (method, path, caller, body, status) in requests)
                data.Add(accept, method + " " + path, caller, body, status);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task An_error_is_problem_json_whatever_the_accept_header(string accept, string request, string caller, string? body, int status)
    {
        var (method, path) = (request.Split(' ')[0], request.Split(' ')[1]);
        using var message = new HttpRequestMessage(new HttpMethod(method), path);
        message.Headers.Accept.ParseAdd(accept);
        message.Headers.Add("Gemeente", "amsterdam");
        if (fixture.Tokens.TryGetValue(caller, out var token))
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null)
            message.Content = new StringContent(body, Encoding.UTF8, "application/json");

        using var response = await fixture.CreateClient().SendAsync(message);

        await response.AssertProblemAsync(status);
    }

    public sealed class Fixture : ApiFactory, IAsyncLifetime
    {
        public Dictionary<string, string> Tokens { get; } = [];

        public async Task InitializeAsync()
        {
            var platform = await this.AuthenticatedAsync(PlatformClient);
            await Provisioning.CreateAndWaitAsync(platform, "amsterdam", "Amsterdam", "GM0363");
            var client = CreateClient();
            Tokens["platform"] = await client.GetTokenAsync(PlatformClient);
            Tokens["beheerder"] = await client.GetTokenAsync(AmsterdamBeheerClient);
            Tokens["raadslid"] = await client.GetTokenAsync(AmsterdamRaadClient);
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }
}
