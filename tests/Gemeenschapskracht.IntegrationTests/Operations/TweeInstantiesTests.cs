using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Gemeenschapskracht.Domain.Lidmaatschappen;
using Gemeenschapskracht.IntegrationTests.Identity;
using Gemeenschapskracht.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Gemeenschapskracht.IntegrationTests.Operations;

/// <summary>
/// Production runs several API instances on one database. Two instances on one SQLite file with the same signing
/// and encryption certificates: a token one issues is accepted by the other; an instance with keys of its own refuses it;
/// a person signed in on one is still signed in on the other; a gemeente deactivated or re-themed on one is so on the other.
/// </summary>
public sealed class TweeInstantiesTests : IDisposable
{
    private readonly string _map = Directory.CreateTempSubdirectory("gk-twee-").FullName;

    [Fact]
    public async Task A_token_issued_by_one_instance_is_accepted_by_another_with_the_same_certificates()
    {
        var database = Path.Combine(_map, "gedeeld.db");
        var certificaten = Certificaten();
        await using var a = new Instantie(database, certificaten);
        await using var b = new Instantie(database, certificaten);
        await using var eigen = new Instantie(database, null);

        var token = await a.CreateClient().GetTokenAsync(ApiFactory.PlatformClient);

        Assert.Equal(HttpStatusCode.OK, await GemeentenAsync(a, token));
        Assert.Equal(HttpStatusCode.OK, await GemeentenAsync(b, token));
        Assert.Equal(HttpStatusCode.Unauthorized, await GemeentenAsync(eigen, token));
    }

    [Fact]
    public async Task A_gemeente_deactivated_on_one_instance_is_refused_by_the_other_within_seconds()
    {
        var database = Path.Combine(_map, "gedeeld.db");
        var certificaten = Certificaten();
        await using var a = new Instantie(database, certificaten);
        await using var b = new Instantie(database, certificaten);
        var platform = await a.AuthenticatedAsync(ApiFactory.PlatformClient);
        await Provisioning.CreateAndWaitAsync(platform, "delft", "Delft", "GM0503");
        using (var warm = await b.ForTenant("delft").GetAsync("/api/v1/gebieden"))
            Assert.Equal(HttpStatusCode.OK, warm.StatusCode);

        using (var deactivate = await platform.PutJsonAsync("/api/v1/gemeenten/delft", new { naam = "Delft", actief = false }))
            Assert.Equal(HttpStatusCode.OK, deactivate.StatusCode);

        var klok = System.Diagnostics.Stopwatch.StartNew();
        var status = HttpStatusCode.OK;
        while (status == HttpStatusCode.OK && klok.Elapsed < TimeSpan.FromSeconds(15))
        {
            using var response = await b.ForTenant("delft").GetAsync("/api/v1/gebieden");
            status = response.StatusCode;
            if (status == HttpStatusCode.OK) await Task.Delay(250);
        }
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.True(klok.Elapsed < TimeSpan.FromSeconds(10), $"pas na {klok.Elapsed.TotalSeconds:0.0} s geweigerd");
    }

    [Fact]
    public async Task A_theme_chosen_on_one_instance_is_what_the_other_serves_at_once()
    {
        var database = Path.Combine(_map, "gedeeld.db");
        var certificaten = Certificaten();
        await using var a = new Instantie(database, certificaten);
        await using var b = new Instantie(database, certificaten);
        var platform = await a.AuthenticatedAsync(ApiFactory.PlatformClient);
        await Provisioning.CreateAndWaitAsync(platform, "amsterdam", "Amsterdam", "GM0363");
        Assert.Equal("neutraal", await ThemaAsync(b));

        var beheer = await a.AuthenticatedAsync(ApiFactory.AmsterdamBeheerClient, "amsterdam");
        using (var gekozen = await beheer.PutJsonAsync("/api/v1/instellingen", new { thema = "groen" }))
            Assert.Equal(HttpStatusCode.OK, gekozen.StatusCode);

        // The theme is read from the catalog on every request, not from the per-process tenant cache.
        Assert.Equal("groen", await ThemaAsync(b));
    }

    private static async Task<string> ThemaAsync(ApiFactory instantie)
    {
        using var response = await instantie.ForTenant("amsterdam").GetAsync("/api/v1/instellingen");
        return (await response.ReadJsonAsync())["thema"]!.GetValue<string>();
    }

    [Fact]
    public async Task A_sign_in_session_started_on_one_instance_continues_on_the_other()
    {
        var database = Path.Combine(_map, "gedeeld.db");
        var certificaten = Certificaten();
        await using var a = new InstantieMetGebruikers(database, certificaten);
        await using var b = new InstantieMetGebruikers(database, certificaten);
        var browser = new Browser(a);

        var aanmelden = await browser.GetAsync(browser.AuthorizeUrl());
        using var aangemeld = await browser.SubmitAsync(aanmelden,
            new() { ["Email"] = IdentityFactory.Email(RolCatalogus.Raadslid), ["Wachtwoord"] = IdentityFactory.Password });
        var sessie = aangemeld.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0])
            .Where(c => c.StartsWith("gk.aanmelding", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(sessie);

        // The next request lands on the other instance, with the cookie the first one set: no sign-in page, a code.
        using var opB = b.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        opB.DefaultRequestHeaders.Add("Cookie", string.Join("; ", sessie));
        using var terug = await opB.GetAsync(browser.AuthorizeUrl());
        var code = Browser.CodeFrom(terug);

        // And the code the second instance issued is redeemed at the first: the token server's state is the database's.
        using var tokens = await browser.RedeemAsync(code, browser.Verifier);
        Assert.Equal(HttpStatusCode.OK, tokens.StatusCode);
    }

    private static async Task<HttpStatusCode> GemeentenAsync(ApiFactory instantie, string token)
    {
        using var client = instantie.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.GetAsync("/api/v1/gemeenten");
        return response.StatusCode;
    }

    /// <summary>The signing and the encryption certificate every instance of one environment loads.</summary>
    private string[] Certificaten() =>
        [Certificaat("ondertekening", X509KeyUsageFlags.DigitalSignature), Certificaat("versleuteling", X509KeyUsageFlags.KeyEncipherment)];

    private string Certificaat(string naam, X509KeyUsageFlags gebruik)
    {
        using var rsa = RSA.Create(2048);
        var verzoek = new CertificateRequest($"CN=Gemeenschapskracht {naam}", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        verzoek.CertificateExtensions.Add(new X509KeyUsageExtension(gebruik, critical: true));
        using var certificaat = verzoek.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var pad = Path.Combine(_map, naam + ".pfx");
        File.WriteAllBytes(pad, certificaat.Export(X509ContentType.Pfx, "geheim"));
        return pad;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_map, recursive: true);
    }

    /// <summary>What an instance on the given database file is configured with: the certificates, or ephemeral keys of its own.</summary>
    private static IEnumerable<KeyValuePair<string, string>> Gedeeld(string database, string[]? certificaten)
    {
        yield return new("Database:Provider", "Sqlite");
        yield return new("ConnectionStrings:Default", $"Data Source={database}");
        if (certificaten is null) yield break;
        yield return new("Identity:SigningCertificatePath", certificaten[0]);
        yield return new("Identity:SigningCertificatePassword", "geheim");
        yield return new("Identity:EncryptionCertificatePath", certificaten[1]);
        yield return new("Identity:EncryptionCertificatePassword", "geheim");
    }

    private sealed class Instantie(string database, string[]? certificaten) : ApiFactory
    {
        protected override IEnumerable<KeyValuePair<string, string>> ExtraSettings => Gedeeld(database, certificaten);
    }

    /// <summary>An instance with the demo users and the web client; the first one to start seeds them, one demo gemeente.</summary>
    private sealed class InstantieMetGebruikers(string database, string[] certificaten) : IdentityFactory
    {
        protected override IEnumerable<KeyValuePair<string, string>> ExtraSettings =>
            base.ExtraSettings.Concat(Gedeeld(database, certificaten)).Append(new("Seed:Count", "1"));
    }
}
