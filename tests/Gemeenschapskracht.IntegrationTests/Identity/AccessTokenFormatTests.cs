using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Gemeenschapskracht.IntegrationTests.Infrastructure;

namespace Gemeenschapskracht.IntegrationTests.Identity;

/// <summary>ADR 0013: access tokens are signed, unencrypted JWTs that this server validates locally.</summary>
public sealed class AccessTokenFormatTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task An_access_token_is_a_signed_jwt_and_not_encrypted()
    {
        var token = await factory.CreateClient().GetTokenAsync(ApiFactory.PlatformClient);

        var parts = token.Split('.');
        Assert.Equal(3, parts.Length);
        var header = JsonNode.Parse(Base64Url(parts[0]))!;
        Assert.Equal("RS256", header["alg"]!.GetValue<string>());
        Assert.Null(header["enc"]);
        var payload = JsonNode.Parse(Base64Url(parts[1]))!;
        Assert.Equal(ApiFactory.PlatformClient, payload["sub"]!.GetValue<string>());
        Assert.Contains("platform-beheerder", payload["role"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_whose_claims_were_changed_is_refused_because_the_signature_no_longer_matches()
    {
        var client = factory.CreateClient();
        var parts = (await client.GetTokenAsync(ApiFactory.AmsterdamRaadClient)).Split('.');
        var payload = Base64Url(parts[1]).Replace("raadslid", "platform-beheerder", StringComparison.Ordinal).Replace("\"amsterdam\"", "null", StringComparison.Ordinal);
        var forged = $"{parts[0]}.{Convert.ToBase64String(Encoding.UTF8.GetBytes(payload)).TrimEnd('=').Replace('+', '-').Replace('/', '_')}.{parts[2]}";

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/gemeenten");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", forged);
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static string Base64Url(string part)
    {
        var padded = part.Replace('-', '+').Replace('_', '/');
        return Encoding.UTF8.GetString(Convert.FromBase64String(padded.PadRight(padded.Length + (4 - padded.Length % 4) % 4, '=')));
    }
}
