using System.Net;
using System.Text.RegularExpressions;
using Gemeenschapskracht.Domain.Lidmaatschappen;
using Gemeenschapskracht.IntegrationTests.Infrastructure;

namespace Gemeenschapskracht.IntegrationTests.Identity;

/// <summary>Forgotten password: a mailed link, a new password under the policy, and the old one no longer works.</summary>
public sealed partial class PasswordResetTests(IdentityFactory factory) : IClassFixture<IdentityFactory>
{
    [Fact]
    public async Task A_forgotten_password_is_reset_through_the_mailed_link()
    {
        var email = IdentityFactory.Email(RolCatalogus.Professional);
        var browser = new Browser(factory);
        var forgot = await browser.GetAsync("/account/wachtwoord-vergeten");
        var sent = await browser.SubmitAsync(forgot, new() { ["Email"] = email });
        Assert.Contains("Als er een account bij dit e-mailadres hoort", await sent.Content.ReadAsStringAsync());
        var link = WebUtility.HtmlDecode(ResetLink().Match(factory.LatestMail().Replace("=\r\n", "", StringComparison.Ordinal).Replace("=3D", "=", StringComparison.Ordinal)).Value);

        var reset = await browser.GetAsync(new Uri(link).PathAndQuery);
        var weak = await browser.SubmitAsync(reset, new() { ["Wachtwoord"] = "kort", ["Herhaling"] = "kort" });
        var weakHtml = await weak.Content.ReadAsStringAsync();
        Assert.Contains("ten minste 12 tekens", weakHtml);
        Assert.Contains("aria-invalid=\"true\"", weakHtml);

        var done = await browser.SubmitAsync(reset, new() { ["Wachtwoord"] = "Nieuw-wachtwoord-77", ["Herhaling"] = "Nieuw-wachtwoord-77" });
        Assert.Contains("Uw wachtwoord is gewijzigd", await done.Content.ReadAsStringAsync());

        var oldPassword = new Browser(factory);
        var login = await oldPassword.GetAsync("/account/aanmelden");
        var refused = await oldPassword.SubmitAsync(login, new() { ["Email"] = email, ["Wachtwoord"] = IdentityFactory.Password });
        Assert.Contains("klopt niet", await refused.Content.ReadAsStringAsync());
        Assert.NotNull((await new Browser(factory).TokensAsync(email, "Nieuw-wachtwoord-77"))["access_token"]);
    }

    [Fact]
    public async Task An_unknown_address_gets_the_same_answer_and_no_mail()
    {
        var before = Directory.Exists(factory.MailFolder) ? Directory.GetFiles(factory.MailFolder).Length : 0;
        var browser = new Browser(factory);
        var forgot = await browser.GetAsync("/account/wachtwoord-vergeten");
        var sent = await browser.SubmitAsync(forgot, new() { ["Email"] = "niemand@example.nl" });

        Assert.Contains("Als er een account bij dit e-mailadres hoort", await sent.Content.ReadAsStringAsync());
        Assert.Equal(before, Directory.Exists(factory.MailFolder) ? Directory.GetFiles(factory.MailFolder).Length : 0);
    }

    [Fact]
    public async Task The_discovery_document_offers_code_flow_with_S256_only()
    {
        var discovery = await (await factory.CreateClient().GetAsync("/.well-known/openid-configuration")).ReadJsonAsync();
        Assert.Equal(["S256"], discovery["code_challenge_methods_supported"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.Contains("authorization_code", discovery["grant_types_supported"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.EndsWith("/connect/endsession", discovery["end_session_endpoint"]!.GetValue<string>());
    }

    [GeneratedRegex(@"http://localhost/account/wachtwoord-herstellen\?[^\s]+")]
    private static partial Regex ResetLink();
}
