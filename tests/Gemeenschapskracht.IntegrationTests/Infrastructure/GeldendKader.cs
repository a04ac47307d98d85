using System.Net;
using System.Text.Json.Nodes;

namespace Gemeenschapskracht.IntegrationTests.Infrastructure;

/// <summary>Gives a gemeente an adopted beleidskader over HTTP, for features that build on its funding sources and public values.</summary>
public static class GeldendKader
{
    /// <summary>Drafts, submits and adopts a kader with one funding source of <paramref name="bronEurocent"/> a year; returns the adopted kader.</summary>
    public static async Task<JsonNode> StelVastAsync(HttpClient beleid, HttpClient griffie, long bronEurocent)
    {
        var kader = await LeesAsync(await beleid.PostJsonAsync("/api/v1/beleidskaders", new { titel = "Sociale basis" }), HttpStatusCode.Created);
        var id = kader["id"]!.GetValue<Guid>();
        var inhoud = kader["inhoud"]!.DeepClone().AsObject();
        inhoud["aanbestedingsbesluit"] = new JsonObject
        {
            ["besluit"] = "We subsidiëren de sociale basis in plaats van die aan te besteden.", ["reikwijdte"] = "Welzijn en opbouwwerk.",
            ["evaluatieVerleden"] = "Twee aanbestedingsrondes.", ["geenMarktMotivering"] = "De sociale basis is geen markt.",
        };
        inhoud["financieringsbronnen"] = new JsonArray(new JsonObject
        {
            ["id"] = null, ["naam"] = "Welzijn", ["regime"] = "Wmo 2015", ["bedragPerJaarEurocent"] = bronEurocent, ["instrument"] = "subsidie",
            ["contractEinddatum"] = null, ["omzettingGepland"] = null,
        });
        inhoud["tijdspanne"] = new JsonObject { ["programmaStart"] = "2026-01-01", ["programmaEind"] = "2031-12-31", ["verkiezingsdata"] = new JsonArray("2030-03-20") };
        await LeesAsync(await beleid.PutJsonAsync($"/api/v1/beleidskaders/{id}", new JsonObject { ["titel"] = "Sociale basis", ["inhoud"] = inhoud }));
        await LeesAsync(await beleid.PostAsync($"/api/v1/beleidskaders/{id}/voorleggingen", null));
        return await LeesAsync(await griffie.PostJsonAsync($"/api/v1/beleidskaders/{id}/vaststellingen",
            new { datum = "2026-01-20", kenmerk = "RB-2026-001", documentUrl = (string?)null }));
    }

    private static async Task<JsonNode> LeesAsync(HttpResponseMessage response, HttpStatusCode verwacht = HttpStatusCode.OK)
    {
        using (response)
        {
            Assert.True(response.StatusCode == verwacht, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            return await response.ReadJsonAsync();
        }
    }
}
