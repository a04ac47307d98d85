using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Domain.Lidmaatschappen;
using Gemeenschapskracht.Infrastructure.Persistence;
using Gemeenschapskracht.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gemeenschapskracht.IntegrationTests.Identity;

/// <summary>
/// A gemeente-beheerder invites someone by e-mail; the invitee accepts, must set up two-factor for a staff role,
/// signs in; roles are changed and revoked; nobody escalates their own role.
/// </summary>
public sealed partial class UserManagementTests(IdentityFactory factory) : IClassFixture<IdentityFactory>
{
    [Fact]
    public async Task An_invited_beleidsmedewerker_accepts_sets_up_two_factor_and_signs_in()
    {
        var beheer = await BeheerderAsync();
        const string email = "nieuwe.collega@amsterdam.example";
        using (var invited = await beheer.PostJsonAsync("/api/v1/uitnodigingen", new { email, rollen = new[] { RolCatalogus.Beleidsmedewerker } }))
            Assert.Equal(HttpStatusCode.Created, invited.StatusCode);
        var link = InvitationLink().Match(factory.LatestMail()).Value;
        Assert.NotEmpty(link);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var catalog = scope.ServiceProvider.GetRequiredService<TenantCatalogDbContext>();
            var amsterdam = await catalog.Tenants.SingleAsync(t => t.Identifier == "amsterdam");
            var audit = await catalog.AuditRecords.IgnoreQueryFilters([QueryFilters.Tenant]).SingleAsync(a => a.ObjectType == "Uitnodiging" && a.Changes!.Contains(email));
            Assert.Equal(amsterdam.Id, audit.TenantId);
            Assert.DoesNotContain("TokenHash", audit.Changes);
        }

        // Accept: choose a name and a password.
        var browser = new Browser(factory);
        var page = await browser.GetAsync(new Uri(link).PathAndQuery);
        var accepted = await browser.SubmitAsync(page, new() { ["Naam"] = "Nieuwe Collega", ["Wachtwoord"] = "Sterk-wachtwoord-42" });
        Assert.Contains("Welkom", await accepted.Content.ReadAsStringAsync());
        var reused = await new Browser(factory).GetAsync(new Uri(link).PathAndQuery);
        Assert.Contains("al gebruikt", await reused.Content.ReadAsStringAsync());

        // First sign-in: the role requires two-factor, so set-up comes first.
        var setup = await browser.SignInAsync(email, "Sterk-wachtwoord-42");
        var html = await setup.Content.ReadAsStringAsync();
        Assert.Contains("Met uw rol is een tweede stap bij het inloggen verplicht", html);
        var key = KeyOnPage().Match(html).Groups["key"].Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var done = await browser.SubmitAsync(setup, new() { ["Code"] = Totp.Code(key) });
        var doneHtml = await done.Content.ReadAsStringAsync();
        Assert.Equal(10, RecoveryCode().Matches(doneHtml).Count);

        var callback = await browser.GetAsync("/account/doorgaan?ReturnUrl=" + Uri.EscapeDataString(ReturnUrlOnPage().Match(doneHtml).Groups["url"].Value.Replace("&amp;", "&", StringComparison.Ordinal)));
        using var redeemed = await browser.RedeemAsync(Browser.CodeFrom(callback), browser.Verifier);
        var api = Bearer((await redeemed.ReadJsonAsync())["access_token"]!.GetValue<string>(), "amsterdam");

        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/gebieden")).StatusCode);
        await (await api.GetAsync("/api/v1/leden")).AssertProblemAsync(403);
    }

    [Fact]
    public async Task A_beleidsmedewerker_cannot_grant_itself_gemeente_beheerder()
    {
        var tokens = await new Browser(factory).TokensAsync(IdentityFactory.Email(RolCatalogus.Beleidsmedewerker), IdentityFactory.Password, IdentityFactory.TotpKey);
        var self = Bearer(tokens["access_token"]!.GetValue<string>(), "amsterdam");
        var ownId = await MembershipIdAsync(IdentityFactory.Email(RolCatalogus.Beleidsmedewerker));

        using var escalation = await self.PutJsonAsync($"/api/v1/leden/{ownId}", new { rollen = new[] { RolCatalogus.GemeenteBeheerder }, organisatieId = (Guid?)null });
        await escalation.AssertProblemAsync(403);
        using var invite = await self.PostJsonAsync("/api/v1/uitnodigingen", new { email = "handlanger@example.nl", rollen = new[] { RolCatalogus.GemeenteBeheerder } });
        await invite.AssertProblemAsync(403);

        await using var scope = factory.Services.CreateAsyncScope();
        var catalog = scope.ServiceProvider.GetRequiredService<TenantCatalogDbContext>();
        var lid = await catalog.Lidmaatschappen.IgnoreQueryFilters([QueryFilters.Tenant]).SingleAsync(l => l.Id == ownId);
        Assert.Equal(RolCatalogus.Beleidsmedewerker, lid.Rollen);
        Assert.True(await catalog.AuditRecords.IgnoreQueryFilters([QueryFilters.Tenant]).AnyAsync(a => a.Action == "geweigerd" && a.ObjectId == $"PUT /api/v1/leden/{ownId}"));
        Assert.False(await catalog.Uitnodigingen.IgnoreQueryFilters([QueryFilters.Tenant]).AnyAsync(u => u.Email == "handlanger@example.nl"));
    }

    [Fact]
    public async Task A_gemeente_beheerder_cannot_change_its_own_roles_nor_grant_platform_beheerder()
    {
        var beheer = await BeheerderAsync();
        var ownId = await MembershipIdAsync(IdentityFactory.Email(RolCatalogus.GemeenteBeheerder));

        await (await beheer.PutJsonAsync($"/api/v1/leden/{ownId}", new { rollen = new[] { RolCatalogus.Raadslid }, organisatieId = (Guid?)null })).AssertProblemAsync(403);
        var problem = await (await beheer.PostJsonAsync("/api/v1/uitnodigingen", new { email = "x@example.nl", rollen = new[] { RolCatalogus.PlatformBeheerder } })).AssertProblemAsync(400);
        Assert.NotNull(problem["errors"]!["rollen"]);
    }

    [Fact]
    public async Task Roles_are_changed_and_revoked_and_a_revoked_member_cannot_refresh()
    {
        var auditorTokens = await new Browser(factory).TokensAsync(IdentityFactory.Email(RolCatalogus.Auditor), IdentityFactory.Password);
        var beheer = await BeheerderAsync();
        var auditorId = await MembershipIdAsync(IdentityFactory.Email(RolCatalogus.Auditor));

        using (var changed = await beheer.PutJsonAsync($"/api/v1/leden/{auditorId}", new { rollen = new[] { RolCatalogus.Auditor, RolCatalogus.Raadslid }, organisatieId = (Guid?)null }))
        {
            Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
            Assert.Equal(2, (await changed.ReadJsonAsync())["rollen"]!.AsArray().Count);
        }
        using (var revoked = await beheer.DeleteAsync($"/api/v1/leden/{auditorId}"))
            Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        await (await beheer.DeleteAsync($"/api/v1/leden/{auditorId}")).AssertProblemAsync(404);

        using var refresh = await factory.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token", ["refresh_token"] = auditorTokens["refresh_token"]!.GetValue<string>(), ["client_id"] = Browser.ClientId,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, refresh.StatusCode);
        Assert.Equal("invalid_grant", (await refresh.ReadJsonAsync())["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_person_invited_for_an_organisation_acts_for_it_and_the_beheerder_can_move_or_lift_the_scope()
    {
        var beheer = await BeheerderAsync();
        var eigen = await OrganisatieAsync(beheer, "Buurtvereniging Eigen Haard");
        var andere = await OrganisatieAsync(beheer, "Huurdersvereniging De Ander");
        const string email = "vrijwilliger@eigenhaard.example";

        var fout = await (await beheer.PostJsonAsync("/api/v1/uitnodigingen",
            new { email, rollen = new[] { RolCatalogus.Raadslid }, organisatieId = eigen })).AssertProblemAsync(400);
        Assert.Contains("bewonersorganisatie of professional", fout["detail"]!.GetValue<string>());
        await (await beheer.PostJsonAsync("/api/v1/uitnodigingen",
            new { email, rollen = new[] { RolCatalogus.Bewonersorganisatie }, organisatieId = Guid.NewGuid() })).AssertProblemAsync(400);
        using (var invited = await beheer.PostJsonAsync("/api/v1/uitnodigingen",
            new { email, rollen = new[] { RolCatalogus.Bewonersorganisatie }, organisatieId = eigen }))
        {
            Assert.Equal(HttpStatusCode.Created, invited.StatusCode);
            Assert.Equal(eigen, (await invited.ReadJsonAsync())["organisatieId"]!.GetValue<Guid>());
        }
        var link = new Uri(InvitationLink().Match(factory.LatestMail()).Value).PathAndQuery;
        var browser = new Browser(factory);
        Assert.Contains("Welkom", await (await browser.SubmitAsync(await browser.GetAsync(link),
            new() { ["Naam"] = "Vera Vrijwilliger", ["Wachtwoord"] = "Sterk-wachtwoord-42" })).Content.ReadAsStringAsync());

        // The person's token carries the organisation: they change their own organisation and no other.
        var lid = Bearer((await new Browser(factory).TokensAsync(email, "Sterk-wachtwoord-42"))["access_token"]!.GetValue<string>(), "amsterdam");
        var eigenGegevens = await (await beheer.GetAsync($"/api/v1/organisaties/{eigen}")).ReadJsonAsync();
        Assert.Equal(HttpStatusCode.OK, (await lid.PutJsonAsync($"/api/v1/organisaties/{eigen}", OrganisatieBody("Buurtvereniging Eigen Haard 2026", eigenGegevens))).StatusCode);
        await (await lid.PutJsonAsync($"/api/v1/organisaties/{andere}", OrganisatieBody("Overgenomen", eigenGegevens))).AssertProblemAsync(403);

        var lidId = await MembershipIdAsync(email);
        var zonderRol = await (await beheer.PutJsonAsync($"/api/v1/leden/{lidId}",
            new { rollen = new[] { RolCatalogus.Raadslid }, organisatieId = andere })).AssertProblemAsync(400);
        Assert.Contains("bewonersorganisatie of professional", zonderRol["detail"]!.GetValue<string>());
        using (var verplaatst = await beheer.PutJsonAsync($"/api/v1/leden/{lidId}", new { rollen = new[] { RolCatalogus.Bewonersorganisatie }, organisatieId = andere }))
            Assert.Equal(andere, (await verplaatst.ReadJsonAsync())["organisatieId"]!.GetValue<Guid>());
        var ontbreekt = await (await beheer.PutJsonAsync($"/api/v1/leden/{lidId}", new { rollen = new[] { RolCatalogus.Raadslid } })).AssertProblemAsync(400);
        Assert.NotNull(ontbreekt["errors"]!["organisatieId"]);
        using (var opgeheven = await beheer.PutJsonAsync($"/api/v1/leden/{lidId}", new { rollen = new[] { RolCatalogus.Raadslid }, organisatieId = (Guid?)null }))
            Assert.Null((await opgeheven.ReadJsonAsync())["organisatieId"]);
    }

    private static async Task<Guid> OrganisatieAsync(HttpClient beheer, string naam)
    {
        using var created = await beheer.PostJsonAsync("/api/v1/organisaties", OrganisatieBody(naam, null));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.ReadJsonAsync())["id"]!.GetValue<Guid>();
    }

    private static object OrganisatieBody(string naam, System.Text.Json.Nodes.JsonNode? bestaand) => new
    {
        naam, soort = "bewonersorganisatie", rechtsvorm = "vereniging", kvknummer = (string?)null, omschrijving = (string?)null,
        wijkIds = Array.Empty<Guid>(), publiekeWaardeIds = Array.Empty<Guid>(),
        contactpersoon = (string?)null, email = bestaand?["contact"]?["email"]?.GetValue<string>(), telefoon = (string?)null, website = (string?)null,
    };

    [Fact]
    public async Task Members_are_listed_per_gemeente_only()
    {
        var beheer = await BeheerderAsync();
        var leden = await (await beheer.GetAsync("/api/v1/leden?pageSize=100")).ReadJsonAsync();
        var emails = leden["items"]!.AsArray().Select(l => l!["email"]!.GetValue<string>()).ToList();

        Assert.Contains(IdentityFactory.Email(RolCatalogus.Raadslid), emails);
        Assert.DoesNotContain(IdentityFactory.Email(RolCatalogus.PlatformBeheerder), emails);

        var aaEnHunze = await factory.AuthenticatedAsync(ApiFactory.AaEnHunzeBeheerClient, "aa-en-hunze");
        var daar = await (await aaEnHunze.GetAsync("/api/v1/leden?pageSize=100")).ReadJsonAsync();
        Assert.Equal([IdentityFactory.Email("backoffice-tweede"), IdentityFactory.Email(RolCatalogus.Backoffice)],
            daar["items"]!.AsArray().Select(l => l!["email"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        var amsterdamId = await MembershipIdAsync(IdentityFactory.Email(RolCatalogus.Raadslid));
        await (await aaEnHunze.DeleteAsync($"/api/v1/leden/{amsterdamId}")).AssertProblemAsync(404);
    }

    private async Task<HttpClient> BeheerderAsync()
    {
        var tokens = await new Browser(factory).TokensAsync(IdentityFactory.Email(RolCatalogus.GemeenteBeheerder), IdentityFactory.Password, IdentityFactory.TotpKey);
        return Bearer(tokens["access_token"]!.GetValue<string>(), "amsterdam");
    }

    [Fact]
    public async Task Accepting_an_invitation_with_a_weak_password_or_a_blank_name_saves_nothing_and_keeps_the_invitation()
    {
        var beheer = await BeheerderAsync();
        const string email = "twijfelaar@amsterdam.example";
        using (var invited = await beheer.PostJsonAsync("/api/v1/uitnodigingen", new { email, rollen = new[] { RolCatalogus.Raadslid } }))
            Assert.Equal(HttpStatusCode.Created, invited.StatusCode);
        var link = new Uri(InvitationLink().Match(factory.LatestMail()).Value).PathAndQuery;

        var browser = new Browser(factory);
        var weak = await browser.SubmitAsync(await browser.GetAsync(link), new() { ["Naam"] = "Twijfelaar", ["Wachtwoord"] = "kort" });
        Assert.DoesNotContain("Welkom", await weak.Content.ReadAsStringAsync());
        var blank = await browser.SubmitAsync(await browser.GetAsync(link), new() { ["Naam"] = "\u200B ", ["Wachtwoord"] = "Sterk-wachtwoord-42" });
        Assert.Contains("Vul uw naam in.", await blank.Content.ReadAsStringAsync());

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var catalog = scope.ServiceProvider.GetRequiredService<TenantCatalogDbContext>();
            Assert.False(await catalog.Users.AnyAsync(u => u.Email == email));
            Assert.Null((await catalog.Uitnodigingen.IgnoreQueryFilters([QueryFilters.Tenant]).SingleAsync(u => u.Email == email)).AcceptedAt);
        }
        var accepted = await browser.SubmitAsync(await browser.GetAsync(link), new() { ["Naam"] = "Twijfelaar", ["Wachtwoord"] = "Sterk-wachtwoord-42" });
        Assert.Contains("Welkom", await accepted.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_existing_account_that_gives_the_wrong_password_is_refused_audited_and_keeps_the_invitation()
    {
        var beheer = await BeheerderAsync();
        const string email = "dubbelrol@amsterdam.example";
        using (var first = await beheer.PostJsonAsync("/api/v1/uitnodigingen", new { email, rollen = new[] { RolCatalogus.Raadslid } }))
            Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var browser = new Browser(factory);
        var firstLink = new Uri(InvitationLink().Match(factory.LatestMail()).Value).PathAndQuery;
        Assert.Contains("Welkom", await (await browser.SubmitAsync(await browser.GetAsync(firstLink),
            new() { ["Naam"] = "Dubbel Rol", ["Wachtwoord"] = "Sterk-wachtwoord-42" })).Content.ReadAsStringAsync());
        using (var second = await beheer.PostJsonAsync("/api/v1/uitnodigingen", new { email, rollen = new[] { RolCatalogus.Auditor } }))
            Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        var secondLink = new Uri(InvitationLink().Match(factory.LatestMail()).Value).PathAndQuery;

        var wrong = await browser.SubmitAsync(await browser.GetAsync(secondLink), new() { ["Wachtwoord"] = "Verkeerd-wachtwoord-1" });
        Assert.Contains("Het wachtwoord klopt niet.", await wrong.Content.ReadAsStringAsync());
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var catalog = scope.ServiceProvider.GetRequiredService<TenantCatalogDbContext>();
            var user = await catalog.Users.SingleAsync(u => u.Email == email);
            Assert.True(await catalog.AuditRecords.IgnoreQueryFilters([QueryFilters.Tenant])
                .AnyAsync(a => a.Action == "uitnodiging-mislukt" && a.Actor == user.Id.ToString()));
            var lid = await catalog.Lidmaatschappen.IgnoreQueryFilters([QueryFilters.Tenant]).SingleAsync(l => l.UserId == user.Id && l.RevokedAt == null);
            Assert.Equal([RolCatalogus.Raadslid], lid.RolLijst);
        }

        var right = await browser.SubmitAsync(await browser.GetAsync(secondLink), new() { ["Wachtwoord"] = "Sterk-wachtwoord-42" });
        Assert.Contains("Welkom", await right.Content.ReadAsStringAsync());
    }

    private async Task<Guid> MembershipIdAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var catalog = scope.ServiceProvider.GetRequiredService<TenantCatalogDbContext>();
        var user = await catalog.Users.SingleAsync(u => u.Email == email);
        return (await catalog.Lidmaatschappen.IgnoreQueryFilters([QueryFilters.Tenant]).FirstAsync(l => l.UserId == user.Id && l.TenantId != null)).Id;
    }

    private HttpClient Bearer(string token, string tenant)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        client.DefaultRequestHeaders.Add("Gemeente", tenant);
        return client;
    }

    [GeneratedRegex(@"http://localhost/account/uitnodiging\?token=[A-Za-z0-9_\-]+")]
    private static partial Regex InvitationLink();

    [GeneratedRegex("<code id=\"sleutel\">(?<key>[^<]+)</code>")]
    private static partial Regex KeyOnPage();

    [GeneratedRegex("<li class=\"utrecht-unordered-list__item\"><code>[^<]+</code></li>")]
    private static partial Regex RecoveryCode();

    [GeneratedRegex("name=\"ReturnUrl\" value=\"(?<url>[^\"]*)\"")]
    private static partial Regex ReturnUrlOnPage();
}
