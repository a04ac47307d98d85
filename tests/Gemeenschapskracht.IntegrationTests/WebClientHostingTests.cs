using System.Net;
using Gemeenschapskracht.IntegrationTests.Infrastructure;

namespace Gemeenschapskracht.IntegrationTests;

/// <summary>The API serves the built web client: its files, and index.html for client routes, never for server paths.</summary>
public sealed class WebClientHostingTests(WebClientHostingTests.Factory factory) : IClassFixture<WebClientHostingTests.Factory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/wijken/123")]
    [InlineData("/auth/callback")]
    public async Task Client_routes_get_the_client(string path)
    {
        using var response = await factory.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<app-root>", await response.Content.ReadAsStringAsync());
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task Client_files_are_served_as_they_are()
    {
        using var response = await factory.CreateClient().GetAsync("/main.js");
        Assert.Equal("console.log('client');", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/api/v1/bestaat-niet")]
    [InlineData("/account/bestaat-niet")]
    [InlineData("/connect/bestaat-niet")]
    public async Task Server_paths_never_fall_back_to_the_client(string path)
    {
        using var response = await factory.CreateClient().GetAsync(path);
        await response.AssertProblemAsync(404);
    }

    [Theory]
    [InlineData("PUT", "/wijken/123")]
    [InlineData("DELETE", "/")]
    [InlineData("POST", "/bestaat-niet")]
    public async Task The_client_is_served_only_for_get_and_head(string method, string path)
    {
        using var response = await factory.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
        await response.AssertProblemAsync(405);
    }

    [Theory]
    [InlineData("/API/V1/gebieden")]
    [InlineData("/amsterdam/API/V1/gebieden")]
    [InlineData("/amsterdam/api/v1/gebieden")]
    public async Task Api_paths_match_the_same_way_with_or_without_a_prefix(string path)
    {
        var client = factory.CreateClient();
        if (!path.StartsWith("/amsterdam", StringComparison.Ordinal))
            client.DefaultRequestHeaders.Add("Gemeente", "amsterdam");
        using var response = await client.GetAsync(path);
        // The gemeente exists nowhere in this factory's database: the API answers (404 for the gemeente), not the client.
        var problem = await response.AssertProblemAsync(404);
        Assert.Equal("Gemeente niet gevonden", problem["title"]!.GetValue<string>());
    }

    public sealed class Factory : ApiFactory
    {
        private readonly string _client = Directory.CreateTempSubdirectory("gk-client-").FullName;

        public Factory()
        {
            File.WriteAllText(Path.Combine(_client, "index.html"), "<!doctype html><html lang=\"nl\"><body><app-root></app-root></body></html>");
            File.WriteAllText(Path.Combine(_client, "main.js"), "console.log('client');");
        }

        protected override IEnumerable<KeyValuePair<string, string>> ExtraSettings => [new("Client:Path", _client)];
    }
}
