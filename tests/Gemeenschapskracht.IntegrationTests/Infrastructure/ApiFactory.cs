using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Gemeenschapskracht.IntegrationTests.Infrastructure;

/// <summary>
/// The real API over HTTP on a fresh SQLite file of its own, importing from the real CBS 2024 extract in
/// ../shared/. Tokens come from the real OpenIddict token endpoint (client credentials) with these clients.
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>
{
    public const string PlatformClient = "platform-test";
    public const string AmsterdamBeheerClient = "amsterdam-beheer";
    public const string AmsterdamRaadClient = "amsterdam-raad";
    public const string AaEnHunzeBeheerClient = "aa-en-hunze-beheer";
    public const string Secret = "integratietest-geheim";
    public const string BaseDomain = "gemeenschapskracht.test";

    /// <summary>When set (a SQL Server connection string), the tests run against SQL Server instead of SQLite.</summary>
    public const string SqlServerVariable = "GEMEENSCHAPSKRACHT_TEST_SQLSERVER";

    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"gk-test-{Guid.NewGuid():N}.db");

    /// <summary>The SQLite file of this factory (for a test that lets the real executable work on the same database).</summary>
    public string DatabasePath => _databasePath;

    protected virtual string CbsFolder => TestPaths.CbsExtract;

    protected virtual string CbsSource => "File";

    /// <summary>Extra configuration of a derived factory, applied over the defaults.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string>> ExtraSettings => [];

    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings:Default"] = $"Data Source={_databasePath}",
            ["Database:Provider"] = "Sqlite",
            ["Cbs:Source"] = CbsSource,
            ["Cbs:Folder"] = CbsFolder,
            ["Tenancy:BaseDomain"] = BaseDomain,
            ["Identity:RequireHttps"] = "false",
            ["Identity:Issuer"] = "http://localhost/",
            ["Seed:Enabled"] = "false",
            ["Jobs:WorkerCount"] = "2",
            ["Email:Mode"] = "Pickup",
            ["Email:PickupFolder"] = Path.Combine(Path.GetTempPath(), "gk-test-mail"),
            // High, so no test meets the limit of the public registration by accident; BuurtTopsTests sets a low one.
            ["RateLimiting:Aanmelden:PermitLimit"] = "10000",
        };
        AddClient(settings, 0, PlatformClient, null, "platform-beheerder");
        AddClient(settings, 1, AmsterdamBeheerClient, "amsterdam", "gemeente-beheerder");
        AddClient(settings, 2, AmsterdamRaadClient, "amsterdam", "raadslid");
        AddClient(settings, 3, AaEnHunzeBeheerClient, "aa-en-hunze", "gemeente-beheerder");
        // CI's SQL Server job: a database of its own per test class on the given server.
        if (Environment.GetEnvironmentVariable(SqlServerVariable) is { Length: > 0 } sqlServer)
        {
            settings["Database:Provider"] = "SqlServer";
            settings["ConnectionStrings:Default"] = new Microsoft.Data.SqlClient.SqlConnectionStringBuilder(sqlServer)
                { InitialCatalog = $"gk_test_{Guid.NewGuid():N}" }.ConnectionString;
        }
        foreach (var (key, value) in ExtraSettings)
            settings[key] = value;
        foreach (var (key, value) in settings)
            builder.UseSetting(key, value);
        builder.ConfigureServices(ConfigureServices);
    }

    /// <summary>The clients registered by this factory; a derived factory adds its own from index <see cref="FirstFreeClientIndex"/>.</summary>
    protected const int FirstFreeClientIndex = 4;

    /// <summary>
    /// A machine client with the test secret, in a gemeente (or the platform when null), with at most one role,
    /// optionally acting for one organisation of the gemeente (its tokens carry the organisatie claim).
    /// </summary>
    protected static void AddClient(IDictionary<string, string> settings, int index, string clientId, string? tenant, string? role, Guid? organisatie = null)
    {
        var prefix = $"Identity:Clients:{index}:";
        settings[prefix + "ClientId"] = clientId;
        settings[prefix + "ClientSecret"] = Secret;
        settings[prefix + "DisplayName"] = clientId;
        if (role is not null)
            settings[prefix + "Roles:0"] = role;
        if (tenant is not null)
            settings[prefix + "Tenant"] = tenant;
        if (organisatie is not null)
            settings[prefix + "Organisatie"] = organisatie.Value.ToString();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        foreach (var file in new[] { _databasePath, _databasePath + "-wal", _databasePath + "-shm" })
            File.Delete(file);
    }
}
