using System.Net;
using System.Text.Json.Nodes;

namespace Gemeenschapskracht.IntegrationTests.Infrastructure;

public static class Provisioning
{
    /// <summary>Creates a gemeente through the API and waits for its provisioning job to finish (done or failed).</summary>
    public static async Task<JsonNode> CreateAndWaitAsync(HttpClient platform, string slug, string naam, string code)
    {
        using var created = await platform.PostJsonAsync("/api/v1/gemeenten", new { naam, slug, gemeentecode = code });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return await WaitUntilFinishedAsync(platform, slug);
    }

    public static async Task<JsonNode> WaitUntilFinishedAsync(HttpClient platform, string slug)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var gemeente = await (await platform.GetAsync($"/api/v1/gemeenten/{slug}")).ReadJsonAsync();
            var status = gemeente["inrichting"]!["status"]!.GetValue<string>();
            if (status is "done" or "failed")
                return gemeente;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Provisioning of {slug} still '{status}' after 60 s.");
            await Task.Delay(100);
        }
    }
}
