using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;

namespace Gemeenschapskracht.IntegrationTests.Infrastructure;

/// <summary>
/// Drives the real sign-in over HTTP as a browser would: cookies, forms with their anti-forgery token, redirects
/// followed by hand, then the authorization code + PKCE exchange at the real token endpoint.
/// </summary>
public sealed partial class Browser(ApiFactory factory)
{
    public const string ClientId = "gemeenschapskracht-web";
    public const string RedirectUri = "http://localhost/auth/callback";

    public HttpClient Client { get; } = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public string Verifier { get; } = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public string AuthorizeUrl(string? tenant = null, string? redirectUri = RedirectUri, string? challengeMethod = "S256")
    {
        var query = new Dictionary<string, string?>
        {
            ["client_id"] = ClientId, ["redirect_uri"] = redirectUri, ["response_type"] = "code",
            ["scope"] = "openid profile email roles offline_access", ["state"] = "staat-123",
        };
        if (challengeMethod is not null)
        {
            query["code_challenge"] = challengeMethod == "S256"
                ? WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(Verifier)))
                : Verifier;
            query["code_challenge_method"] = challengeMethod;
        }
        if (tenant is not null)
            query["tenant"] = tenant;
        return QueryHelpers.AddQueryString("/connect/authorize", query);
    }

    /// <summary>Follows redirects inside the application until one leaves it or a page answers.</summary>
    public async Task<HttpResponseMessage> GetAsync(string url)
    {
        var response = await Client.GetAsync(url);
        while (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther
               && response.Headers.Location is { } location && (!location.IsAbsoluteUri || location.Host == "localhost" && !location.AbsolutePath.StartsWith("/auth/callback", StringComparison.Ordinal)))
        {
            response = await Client.GetAsync(location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString);
        }
        return response;
    }

    /// <summary>Submits the first form of <paramref name="page"/> with its hidden fields, the anti-forgery token among them.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(HttpResponseMessage page, Dictionary<string, string> fields)
    {
        var html = await page.Content.ReadAsStringAsync();
        var values = HiddenInput().Matches(html).ToDictionary(m => m.Groups["name"].Value, m => WebUtility.HtmlDecode(m.Groups["value"].Value));
        foreach (var (key, value) in fields)
            values[key] = value;
        var action = page.RequestMessage!.RequestUri!.PathAndQuery;
        return await Client.PostAsync(action, new FormUrlEncodedContent(values));
    }

    /// <summary>Signs in on the page the authorization request led to, with the second step when asked.</summary>
    public async Task<HttpResponseMessage> SignInAsync(string email, string password, string? totpKey = null, string? authorizeUrl = null)
    {
        var login = await GetAsync(authorizeUrl ?? AuthorizeUrl());
        var afterLogin = await SubmitAsync(login, new() { ["Email"] = email, ["Wachtwoord"] = password });
        if (afterLogin.Headers.Location?.OriginalString.StartsWith("/account/tweestaps", StringComparison.Ordinal) == true)
        {
            Assert.NotNull(totpKey);
            var second = await GetAsync(afterLogin.Headers.Location.OriginalString);
            afterLogin = await SubmitAsync(second, new() { ["Code"] = Totp.Code(totpKey!) });
        }
        return afterLogin.Headers.Location is { } next ? await GetAsync(next.OriginalString) : afterLogin;
    }

    public static string CodeFrom(HttpResponseMessage callback)
    {
        Assert.True(callback.Headers.Location is not null, $"expected a redirect to the client, got {(int)callback.StatusCode}");
        Assert.StartsWith(RedirectUri, callback.Headers.Location!.ToString());
        var query = QueryHelpers.ParseQuery(callback.Headers.Location.Query);
        Assert.Equal("staat-123", query["state"].ToString());
        return query["code"].ToString();
    }

    public async Task<HttpResponseMessage> RedeemAsync(string code, string? verifier)
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code", ["code"] = code, ["redirect_uri"] = RedirectUri, ["client_id"] = ClientId,
        };
        if (verifier is not null)
            form["code_verifier"] = verifier;
        return await factory.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(form));
    }

    /// <summary>The whole flow: sign in, get a code, redeem it with the PKCE verifier.</summary>
    public async Task<JsonNode> TokensAsync(string email, string password, string? totpKey = null, string? tenant = null)
    {
        var callback = await SignInAsync(email, password, totpKey, AuthorizeUrl(tenant));
        using var response = await RedeemAsync(CodeFrom(callback), Verifier);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonNode.Parse(body)!;
    }

    [GeneratedRegex("<input[^>]*?name=\"(?<name>[^\"]+)\"[^>]*?type=\"hidden\"[^>]*?value=\"(?<value>[^\"]*)\"|<input[^>]*?type=\"hidden\"[^>]*?name=\"(?<name>[^\"]+)\"[^>]*?value=\"(?<value>[^\"]*)\"")]
    private static partial Regex HiddenInput();
}
