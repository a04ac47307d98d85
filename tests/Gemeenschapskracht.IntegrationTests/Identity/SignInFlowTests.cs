using System.Net;
using System.Net.Http.Headers;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Domain.Lidmaatschappen;
using Gemeenschapskracht.Infrastructure.Persistence;
using Gemeenschapskracht.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gemeenschapskracht.IntegrationTests.Identity;

/// <summary>Real sign-in through the sign-in pages and the authorization code + PKCE flow, with real tokens.</summary>
public sealed class SignInFlowTests(IdentityFactory factory) : IClassFixture<IdentityFactory>
{
    [Fact]
    public async Task A_raadslid_signs_in_with_code_and_pkce_and_gets_roles_for_that_gemeente_only()
    {
        var tokens = await new Browser(factory).TokensAsync(IdentityFactory.Email(RolCatalogus.Raadslid), IdentityFactory.Password);
        var api = Bearer(tokens["access_token"]!.GetValue<string>());

        api.DefaultRequestHeaders.Add("Gemeente", "amsterdam");
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/gebieden")).StatusCode);
        await (await api.GetAsync("/api/v1/leden")).AssertProblemAsync(403);

        var elsewhere = Bearer(tokens["access_token"]!.GetValue<string>());
        elsewhere.DefaultRequestHeaders.Add("Gemeente", "aa-en-hunze");
        await (await elsewhere.GetAsync("/api/v1/gebieden")).AssertProblemAsync(403);
        Assert.NotNull(tokens["id_token"]);
        Assert.NotNull(tokens["refresh_token"]);

        await using var scope = factory.Services.CreateAsyncScope();
        var catalog = scope.ServiceProvider.GetRequiredService<TenantCatalogDbContext>();
        Assert.True(await catalog.AuditRecords.IgnoreQueryFilters([QueryFilters.Tenant]).AnyAsync(a => a.Action == "aangemeld" && a.Changes!.Contains("\"gemeente\":\"amsterdam\"")));
    }

    [Fact]
    public async Task A_gemeente_beheerder_signs_in_with_two_factor_and_can_refresh()
    {
        var tokens = await new Browser(factory).TokensAsync(IdentityFactory.Email(RolCatalogus.GemeenteBeheerder), IdentityFactory.Password, IdentityFactory.TotpKey);
        var api = Bearer(tokens["access_token"]!.GetValue<string>());
        api.DefaultRequestHeaders.Add("Gemeente", "amsterdam");
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/leden")).StatusCode);

        using var refreshed = await factory.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token", ["refresh_token"] = tokens["refresh_token"]!.GetValue<string>(), ["client_id"] = Browser.ClientId,
        }));
        var body = await refreshed.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var again = Bearer(body["access_token"]!.GetValue<string>());
        again.DefaultRequestHeaders.Add("Gemeente", "amsterdam");
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/api/v1/leden")).StatusCode);
    }

    [Fact]
    public async Task A_person_with_several_gemeenten_chooses_one()
    {
        var browser = new Browser(factory);
        var choice = await browser.SignInAsync(IdentityFactory.Email(RolCatalogus.Backoffice), IdentityFactory.Password, IdentityFactory.TotpKey);
        Assert.Equal(HttpStatusCode.OK, choice.StatusCode);
        Assert.Contains("Kies een gemeente", await choice.Content.ReadAsStringAsync());

        var chosen = await browser.SubmitAsync(choice, new() { ["Gemeente"] = "aa-en-hunze" });
        var callback = await browser.GetAsync(chosen.Headers.Location!.OriginalString);
        using var redeemed = await browser.RedeemAsync(Browser.CodeFrom(callback), browser.Verifier);
        var api = Bearer((await redeemed.ReadJsonAsync())["access_token"]!.GetValue<string>());

        api.DefaultRequestHeaders.Add("Gemeente", "amsterdam");
        await (await api.GetAsync("/api/v1/gebieden")).AssertProblemAsync(403);
    }

    [Fact]
    public async Task A_code_without_its_pkce_verifier_is_refused()
    {
        var browser = new Browser(factory);
        var callback = await browser.SignInAsync(IdentityFactory.Email(RolCatalogus.Auditor), IdentityFactory.Password);
        var code = Browser.CodeFrom(callback);

        using var withoutVerifier = await browser.RedeemAsync(code, verifier: null);
        Assert.Equal(HttpStatusCode.BadRequest, withoutVerifier.StatusCode);
        using var wrongVerifier = await browser.RedeemAsync(code, "niet-de-juiste-verifier-niet-de-juiste-verifier-00");
        Assert.Equal(HttpStatusCode.BadRequest, wrongVerifier.StatusCode);
        Assert.True(await ProtocolRefusalsAsync("token") >= 2);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("plain")]
    public async Task An_authorization_request_without_S256_pkce_is_refused(string? method)
    {
        var browser = new Browser(factory);
        using var response = await browser.Client.GetAsync(browser.AuthorizeUrl(challengeMethod: method));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task An_unregistered_redirect_uri_is_refused_without_redirecting()
    {
        var browser = new Browser(factory);
        using var response = await browser.Client.GetAsync(browser.AuthorizeUrl(redirectUri: "https://aanvaller.example/terug"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.True(await ProtocolRefusalsAsync("authorize") >= 1);
    }

    private async Task<int> ProtocolRefusalsAsync(string endpoint)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var catalog = scope.ServiceProvider.GetRequiredService<TenantCatalogDbContext>();
        return await catalog.AuditRecords.IgnoreQueryFilters([QueryFilters.Tenant]).CountAsync(a => a.Action == "protocol-geweigerd" && a.ObjectId == endpoint && a.Actor == Browser.ClientId);
    }

    [Fact]
    public async Task An_open_redirect_in_the_return_url_is_refused_and_audited()
    {
        var browser = new Browser(factory);
        var login = await browser.GetAsync("/account/aanmelden?returnUrl=https%3A%2F%2Faanvaller.example%2F");
        var after = await browser.SubmitAsync(login, new() { ["Email"] = IdentityFactory.Email(RolCatalogus.Professional), ["Wachtwoord"] = IdentityFactory.Password });

        Assert.Equal("/", after.Headers.Location!.OriginalString);
        await using var scope = factory.Services.CreateAsyncScope();
        var catalog = scope.ServiceProvider.GetRequiredService<TenantCatalogDbContext>();
        Assert.True(await catalog.AuditRecords.IgnoreQueryFilters([QueryFilters.Tenant]).AnyAsync(a => a.Action == "doorverwijzing-geweigerd"));
    }

    [Fact]
    public async Task A_tampered_token_is_refused()
    {
        var tokens = await new Browser(factory).TokensAsync(IdentityFactory.Email(RolCatalogus.VisitatiepanelLid), IdentityFactory.Password);
        var token = tokens["access_token"]!.GetValue<string>();
        var tampered = token[..^6] + (token[^6] == 'A' ? "B" : "A") + token[^5..];
        var api = Bearer(tampered);
        api.DefaultRequestHeaders.Add("Gemeente", "amsterdam");

        using var response = await api.PutJsonAsync($"/api/v1/gebieden/{Guid.NewGuid()}", new { naam = "x", pilot = false });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_are_audited()
    {
        var email = IdentityFactory.Email(RolCatalogus.Bewonersorganisatie);
        for (var i = 0; i < 5; i++)
        {
            var browser = new Browser(factory);
            var login = await browser.GetAsync("/account/aanmelden");
            using var failed = await browser.SubmitAsync(login, new() { ["Email"] = email, ["Wachtwoord"] = "Fout-wachtwoord-1" });
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }
        var last = new Browser(factory);
        var page = await last.GetAsync("/account/aanmelden");
        using var locked = await last.SubmitAsync(page, new() { ["Email"] = email, ["Wachtwoord"] = IdentityFactory.Password });
        Assert.Contains("tijdelijk geblokkeerd", await locked.Content.ReadAsStringAsync());

        await using var scope = factory.Services.CreateAsyncScope();
        var catalog = scope.ServiceProvider.GetRequiredService<TenantCatalogDbContext>();
        Assert.True(await catalog.AuditRecords.IgnoreQueryFilters([QueryFilters.Tenant]).CountAsync(a => a.Action == "aanmelden-mislukt") >= 4);
        Assert.True(await catalog.AuditRecords.IgnoreQueryFilters([QueryFilters.Tenant]).AnyAsync(a => a.Action == "geblokkeerd"));
    }

    [Fact]
    public async Task The_platform_beheerder_opens_the_job_dashboard_in_the_browser_and_others_cannot()
    {
        var platform = new Browser(factory);
        var login = await platform.GetAsync("/account/aanmelden");
        var second = await platform.SubmitAsync(login, new() { ["Email"] = IdentityFactory.Email(RolCatalogus.PlatformBeheerder), ["Wachtwoord"] = IdentityFactory.Password });
        var code = await platform.GetAsync(second.Headers.Location!.OriginalString);
        await platform.SubmitAsync(code, new() { ["Code"] = Totp.Code(IdentityFactory.TotpKey) });
        Assert.Equal(HttpStatusCode.OK, (await platform.Client.GetAsync("/hangfire")).StatusCode);

        var raad = new Browser(factory);
        var raadLogin = await raad.GetAsync("/account/aanmelden");
        await raad.SubmitAsync(raadLogin, new() { ["Email"] = IdentityFactory.Email(RolCatalogus.Raadslid), ["Wachtwoord"] = IdentityFactory.Password });
        Assert.NotEqual(HttpStatusCode.OK, (await raad.Client.GetAsync("/hangfire")).StatusCode);
    }

    [Fact]
    public async Task Ending_the_session_signs_the_browser_out()
    {
        var browser = new Browser(factory);
        Browser.CodeFrom(await browser.SignInAsync(IdentityFactory.Email(RolCatalogus.Professional), IdentityFactory.Password));

        using var end = await browser.Client.GetAsync("/connect/endsession");
        Assert.Equal(HttpStatusCode.Redirect, end.StatusCode);

        var again = await browser.GetAsync(browser.AuthorizeUrl());
        Assert.Contains("<h1 class=\"utrecht-heading-1\">Aanmelden</h1>", await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_person_lists_their_own_gemeenten_for_the_switcher()
    {
        var tokens = await new Browser(factory).TokensAsync(IdentityFactory.Email(RolCatalogus.Backoffice), IdentityFactory.Password, IdentityFactory.TotpKey, tenant: "amsterdam");
        var api = Bearer(tokens["access_token"]!.GetValue<string>());
        api.DefaultRequestHeaders.Add("Gemeente", "amsterdam");

        var mine = await (await api.GetAsync("/api/v1/mijn-lidmaatschappen")).ReadJsonAsync();
        Assert.Equal(["aa-en-hunze", "amsterdam"], mine.AsArray().Select(m => m!["slug"]!.GetValue<string>()));
        Assert.All(mine.AsArray(), m => Assert.Equal([RolCatalogus.Backoffice], m!["rollen"]!.AsArray().Select(r => r!.GetValue<string>())));
    }

    private HttpClient Bearer(string token)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
