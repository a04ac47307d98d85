using System.Net.Http.Headers;
using Gemeenschapskracht.IntegrationTests.Infrastructure;

namespace Gemeenschapskracht.IntegrationTests.Identity;

/// <summary>
/// The API with Amsterdam and Aa en Hunze as demo gemeenten and one demo user per role (the backoffice user in
/// both, with a second backoffice user), the web client registered, and e-mails written to a folder of its own.
/// </summary>
public class IdentityFactory : ApiFactory, IAsyncLifetime
{
    public const string Password = "Demo-wachtwoord-2026";
    public const string TotpKey = "GEMEENSCHAPSKRACHTDEMOTOTPKEY234";

    public string MailFolder { get; } = Path.Combine(Path.GetTempPath(), $"gk-mail-{Guid.NewGuid():N}");

    public static string Email(string rol) => $"{rol}@demo.gemeenschapskracht.nl";

    protected override IEnumerable<KeyValuePair<string, string>> ExtraSettings =>
    [
        new("Seed:Enabled", "true"),
        new("Seed:Count", "2"),
        new("Seed:DemoPassword", Password),
        new("Seed:DemoAuthenticatorKey", TotpKey),
        new("Seed:Gemeenten:0:Slug", "amsterdam"),
        new("Seed:Gemeenten:0:Naam", "Amsterdam"),
        new("Seed:Gemeenten:0:Gemeentecode", "GM0363"),
        new("Seed:Gemeenten:1:Slug", "aa-en-hunze"),
        new("Seed:Gemeenten:1:Naam", "Aa en Hunze"),
        new("Seed:Gemeenten:1:Gemeentecode", "GM1680"),
        new("Identity:WebClient:RedirectUris:0", Browser.RedirectUri),
        new("Identity:WebClient:PostLogoutRedirectUris:0", "http://localhost/"),
        new("Email:Mode", "Pickup"),
        new("Email:PickupFolder", MailFolder),
    ];

    public async Task InitializeAsync()
    {
        var platform = await this.AuthenticatedAsync(PlatformClient);
        await Provisioning.WaitUntilFinishedAsync(platform, "amsterdam");
        await Provisioning.WaitUntilFinishedAsync(platform, "aa-en-hunze");
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    /// <summary>A client with the access token of a demo user who signed in with a password (roles without two-factor), in a gemeente.</summary>
    public async Task<HttpClient> SignedInAsync(string rol, string gemeente = "amsterdam")
    {
        var tokens = await new Browser(this).TokensAsync(Email(rol), Password);
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens["access_token"]!.GetValue<string>());
        client.DefaultRequestHeaders.Add("Gemeente", gemeente);
        return client;
    }

    /// <summary>The newest mail written to the pickup folder, as text.</summary>
    public string LatestMail() =>
        File.ReadAllText(new DirectoryInfo(MailFolder).GetFiles("*.eml").OrderBy(f => f.Name).Last().FullName);
}
