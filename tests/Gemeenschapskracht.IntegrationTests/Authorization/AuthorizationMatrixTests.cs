using System.Net.Http.Headers;
using System.Text;
using Gemeenschapskracht.IntegrationTests.Infrastructure;

namespace Gemeenschapskracht.IntegrationTests.Authorization;

/// <summary>
/// Every endpoint of the OpenAPI document × every caller, with the expected status, kept as data: anonymous, a
/// machine client without roles, each role of the catalogue (platform-beheerder on the platform, the others in
/// gemeente Amsterdam) and a gemeente-beheerder of another gemeente. Requests are sent in Amsterdam. Bodies are
/// deliberately invalid where a caller is allowed, so the matrix proves authorization (which runs before
/// validation) without changing data. The callers are machine clients with real tokens from the token endpoint,
/// so a person-only request (my memberships) is 403 for all of them; the identity tests cover people. The rows live
/// per feature (<see cref="IAuthorizationRows"/>, e.g. <see cref="GebiedenRows"/>); a new endpoint without a row fails
/// <see cref="Every_endpoint_in_the_openapi_document_has_an_entry"/>: a route step's permissions are a row to fill in.
/// </summary>
public sealed partial class AuthorizationMatrixTests(AuthorizationMatrixTests.Fixture fixture) : IClassFixture<AuthorizationMatrixTests.Fixture>
{
    private static readonly Entry[] Matrix = typeof(AuthorizationMatrixTests).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && t.IsAssignableTo(typeof(IAuthorizationRows)))
        .SelectMany(t => ((IAuthorizationRows)Activator.CreateInstance(t)!).Rows)
        .ToArray();

    /// <summary>The machine client and role of each caller; the anonymous caller has no token.</summary>
    private static readonly Dictionary<Caller, (string ClientId, string? Tenant, string? Role)> Clients = new()
    {
        [Caller.Machine] = ("amsterdam-koppeling", "amsterdam", null),
        [Caller.PlatformBeheerder] = (ApiFactory.PlatformClient, null, null),
        [Caller.GemeenteBeheerder] = (ApiFactory.AmsterdamBeheerClient, null, null),
        [Caller.Beleidsmedewerker] = ("amsterdam-beleid", "amsterdam", "beleidsmedewerker"),
        [Caller.Raadslid] = (ApiFactory.AmsterdamRaadClient, null, null),
        [Caller.Griffie] = ("amsterdam-griffie", "amsterdam", "griffie"),
        [Caller.Bewonersorganisatie] = ("amsterdam-bewoners", "amsterdam", "bewonersorganisatie"),
        [Caller.Professional] = ("amsterdam-professional", "amsterdam", "professional"),
        [Caller.Backoffice] = ("amsterdam-backoffice", "amsterdam", "backoffice"),
        [Caller.VisitatiepanelLid] = ("amsterdam-visitatie", "amsterdam", "visitatiepanel-lid"),
        [Caller.Auditor] = ("amsterdam-auditor", "amsterdam", "auditor"),
        [Caller.AndereGemeente] = (ApiFactory.AaEnHunzeBeheerClient, null, null),
    };

    public sealed class Fixture : ApiFactory, IAsyncLifetime
    {
        public Guid GebiedId { get; private set; }

        public Dictionary<Caller, string?> Tokens { get; } = [];

        protected override IEnumerable<KeyValuePair<string, string>> ExtraSettings
        {
            get
            {
                var settings = new Dictionary<string, string>();
                var index = FirstFreeClientIndex;
                foreach (var (clientId, tenant, role) in Clients.Values.Where(c => c.Tenant is not null))
                    AddClient(settings, index++, clientId, tenant, role);
                return settings;
            }
        }

        public async Task InitializeAsync()
        {
            var platform = await this.AuthenticatedAsync(PlatformClient);
            await Provisioning.CreateAndWaitAsync(platform, "amsterdam", "Amsterdam", "GM0363");
            GebiedId = (await (await this.ForTenant("amsterdam").GetAsync("/api/v1/gebieden?soort=wijk&pageSize=1")).ReadJsonAsync())["items"]![0]!["id"]!.GetValue<Guid>();
            var client = CreateClient();
            Tokens[Caller.Anoniem] = null;
            foreach (var (caller, (clientId, _, _)) in Clients)
                Tokens[caller] = await client.GetTokenAsync(clientId);
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    public static TheoryData<string, string, Caller> Cases()
    {
        var data = new TheoryData<string, string, Caller>();
        foreach (var entry in Matrix)
            foreach (var caller in Enum.GetValues<Caller>())
                data.Add(entry.Method, entry.Path, caller);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Caller_gets_the_expected_status(string method, string path, Caller caller)
    {
        var entry = Matrix.Single(e => e.Method == method && e.Path == path);
        var url = "/api/v1" + path
            .Replace("{slug}", method == "POST" && path.EndsWith("inrichtingen", StringComparison.Ordinal) ? "bestaat-niet" : "amsterdam")
            .Replace("{id}", fixture.GebiedId.ToString())
            .Replace("{nummer}", "1")
            .Replace("{jaar}", "2027")
            .Replace("{periode}", "2027-01");
        url = OtherId().Replace(url, fixture.GebiedId.ToString()) + (entry.Query is null ? "" : "?" + entry.Query);
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        request.Headers.Add("Gemeente", "amsterdam");
        if (fixture.Tokens[caller] is { } token)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (entry.Body is not null)
            request.Content = new StringContent(entry.Body, Encoding.UTF8, entry.ContentType);

        using var response = await fixture.CreateClient().SendAsync(request);

        Assert.True(entry.Expected[(int)caller] == (int)response.StatusCode,
            $"{method} {path} as {caller}: expected {entry.Expected[(int)caller]}, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>A second id in a path (<c>{sterkhouderId}</c>) is the same area id: a real guid that is no such object.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\{[a-z]+Id\}")]
    private static partial System.Text.RegularExpressions.Regex OtherId();

    [Fact]
    public async Task Every_endpoint_in_the_openapi_document_has_an_entry()
    {
        var document = await (await fixture.CreateClient().GetAsync("/api/v1/openapi.json")).ReadJsonAsync();
        var operations = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(op => $"{op.Key.ToUpperInvariant()} {path.Key}"))
            .ToHashSet();

        Assert.Equal(operations.Order(), Matrix.Select(e => $"{e.Method} {e.Path}").Order());
        Assert.All(Matrix, e => Assert.Equal(Enum.GetValues<Caller>().Length, e.Expected.Length));
    }
}
