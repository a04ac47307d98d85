using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Gemeenschapskracht.Infrastructure.Identity;
using Gemeenschapskracht.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Gemeenschapskracht.IntegrationTests.Identity;

/// <summary>
/// ADR 0038: a token's validated principal is remembered, so its signature is checked once; every other check
/// (expiry above all) still runs on each request, and a different token string is never taken for a remembered one.
/// </summary>
public sealed class ValidatedTokenCacheTests(ValidatedTokenCacheTests.Factory factory) : IClassFixture<ValidatedTokenCacheTests.Factory>
{
    public sealed class Factory : ApiFactory
    {
        public VerzetbareTijd Tijd { get; } = new();

        protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Tijd);
    }

    private ValidatedTokenCache Cache => factory.Services.GetRequiredService<ValidatedTokenCache>();

    [Fact]
    public async Task A_validated_token_is_remembered_once_and_keeps_being_accepted()
    {
        var client = factory.CreateClient();
        var token = await client.GetTokenAsync(ApiFactory.PlatformClient);
        var before = Cache.Count;

        Assert.Equal(HttpStatusCode.OK, await StatusWithAsync(client, token));
        Assert.Equal(before + 1, Cache.Count);
        var hits = Cache.Hits;
        Assert.Equal(HttpStatusCode.OK, await StatusWithAsync(client, token));
        Assert.Equal(before + 1, Cache.Count);
        Assert.True(Cache.Hits > hits, "the second request was not served the remembered principal");
    }

    [Fact]
    public async Task A_token_changed_after_its_original_was_remembered_is_refused()
    {
        var client = factory.CreateClient();
        var token = await client.GetTokenAsync(ApiFactory.AmsterdamRaadClient);
        Assert.Equal(HttpStatusCode.Forbidden, await StatusWithAsync(client, token));

        var parts = token.Split('.');
        var payload = Encoding.UTF8.GetString(Base64UrlDecode(parts[1]))
            .Replace("raadslid", "platform-beheerder", StringComparison.Ordinal).Replace("\"amsterdam\"", "null", StringComparison.Ordinal);
        var forged = $"{parts[0]}.{Base64UrlEncode(Encoding.UTF8.GetBytes(payload))}.{parts[2]}";

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusWithAsync(client, forged));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusWithAsync(client, token));
    }

    [Fact]
    public async Task A_remembered_token_is_refused_once_it_has_expired()
    {
        var client = factory.CreateClient();
        var token = await client.GetTokenAsync(ApiFactory.PlatformClient);
        Assert.Equal(HttpStatusCode.OK, await StatusWithAsync(client, token));

        factory.Tijd.Zet(DateTimeOffset.UtcNow.AddHours(2));
        try
        {
            Assert.Equal(HttpStatusCode.Unauthorized, await StatusWithAsync(client, token));
        }
        finally
        {
            factory.Tijd.Herstel();
        }
    }

    /// <summary>The platform's list of gemeenten: 200 for a platform token, 403 for a gemeente's, 401 without a valid one.</summary>
    private static async Task<HttpStatusCode> StatusWithAsync(HttpClient client, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/gemeenten");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    private static byte[] Base64UrlDecode(string value) => Convert.FromBase64String(
        value.Replace('-', '+').Replace('_', '/').PadRight(value.Length + ((4 - (value.Length % 4)) % 4), '='));

    private static string Base64UrlEncode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
