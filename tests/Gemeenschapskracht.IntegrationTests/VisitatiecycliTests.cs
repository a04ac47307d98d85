using System.Net;
using Gemeenschapskracht.IntegrationTests.Identity;
using Gemeenschapskracht.IntegrationTests.Infrastructure;

namespace Gemeenschapskracht.IntegrationTests;

/// <summary>
/// Visitatiecycli over HTTP with real tokens (R6.3): the gemeente sets one up with the default perspectives, changes
/// its perspectives into a new version, and bad input is a problem that stores nothing; the raad reads it, another
/// gemeente sees nothing and changes nothing.
/// </summary>
public sealed class VisitatiecycliTests(IdentityFactory factory) : IClassFixture<IdentityFactory>
{
    private static object Cyclus(string naam, int cadans = 24, int termijn = 28, string soort = "professioneleInzet") =>
        new { naam, soort, cadansMaanden = cadans, reactietermijnDagen = termijn, perspectieven = (object[]?)null };

    private static async Task<int> AantalAsync(HttpClient client) =>
        (await (await client.GetAsync("/api/v1/visitatiecycli?pageSize=100")).ReadExpectedAsync())["totalCount"]!.GetValue<int>();

    [Fact]
    public async Task R6_3_a_cycle_starts_with_the_four_default_perspectives_and_other_perspectives_are_a_new_version()
    {
        var beheer = await factory.AuthenticatedAsync(ApiFactory.AmsterdamBeheerClient, "amsterdam");
        var cyclus = await (await beheer.PostJsonAsync("/api/v1/visitatiecycli", Cyclus("Opbouwwerk per wijk"))).ReadExpectedAsync(HttpStatusCode.Created);
        var perspectieven = cyclus["perspectieven"]!.AsArray();
        Assert.Equal(["Presteren naar opgaven", "Presteren volgens belanghebbenden", "Presteren naar vermogen", "Governance"],
            perspectieven.Select(p => p!["naam"]!.GetValue<string>()));
        Assert.Equal(1, cyclus["perspectievenVersie"]!.GetValue<int>());
        var url = $"/api/v1/visitatiecycli/{cyclus["id"]}";

        object Wijziging(IEnumerable<object> perspectieven) => new { naam = "Opbouwwerk per wijk", cadansMaanden = 36, reactietermijnDagen = 42, perspectieven };
        var zelfde = perspectieven.Select(p => (object)new { id = p!["id"]!.GetValue<Guid>(), naam = p["naam"]!.GetValue<string>(), omschrijving = p["omschrijving"]!.GetValue<string>() }).ToList();
        var gewijzigd = await (await beheer.PutJsonAsync(url, Wijziging(zelfde))).ReadExpectedAsync();
        Assert.Equal((36, 42, 1), (gewijzigd["cadansMaanden"]!.GetValue<int>(), gewijzigd["reactietermijnDagen"]!.GetValue<int>(), gewijzigd["perspectievenVersie"]!.GetValue<int>()));

        var nieuw = await (await beheer.PutJsonAsync(url, Wijziging([.. zelfde.Take(3), new { id = (Guid?)null, naam = "Leren", omschrijving = "Wordt er geleerd van wat niet lukt?" }])))
            .ReadExpectedAsync();
        Assert.Equal(2, nieuw["perspectievenVersie"]!.GetValue<int>());
        Assert.Equal("Leren", nieuw["perspectieven"]![3]!["naam"]!.GetValue<string>());
        Assert.Equal(perspectieven[0]!["id"]!.GetValue<Guid>(), nieuw["perspectieven"]![0]!["id"]!.GetValue<Guid>());

        var raad = await factory.AuthenticatedAsync(ApiFactory.AmsterdamRaadClient, "amsterdam");
        Assert.Equal(2, (await (await raad.GetAsync(url)).ReadExpectedAsync())["perspectievenVersie"]!.GetValue<int>());
    }

    [Fact]
    public async Task R6_3_bad_input_is_a_dutch_problem_and_stores_nothing()
    {
        var beheer = await factory.AuthenticatedAsync(ApiFactory.AmsterdamBeheerClient, "amsterdam");
        var voor = await AantalAsync(beheer);

        var cadans = await (await beheer.PostJsonAsync("/api/v1/visitatiecycli", Cyclus("Te vaak", cadans: 3))).AssertProblemAsync(400);
        Assert.Contains("om de 6 tot 60 maanden", cadans["detail"]!.GetValue<string>());
        var termijn = await (await beheer.PostJsonAsync("/api/v1/visitatiecycli", Cyclus("Te kort", termijn: 7))).AssertProblemAsync(400);
        Assert.Contains("minstens 14 dagen", termijn["detail"]!.GetValue<string>());
        await (await beheer.PostJsonAsync("/api/v1/visitatiecycli", Cyclus("Onbekend", soort: "aanbesteding"))).AssertProblemAsync(400);
        await (await beheer.PostJsonAsync("/api/v1/visitatiecycli", new { naam = "Zonder soort", cadansMaanden = 24, reactietermijnDagen = 28, perspectieven = (object[]?)null }))
            .AssertProblemAsync(400);
        var dubbel = await (await beheer.PostJsonAsync("/api/v1/visitatiecycli", new
        {
            naam = "Dubbel", soort = "wijkprogramma", cadansMaanden = 24, reactietermijnDagen = 28,
            perspectieven = new[] { new { naam = "Leren", omschrijving = "a" }, new { naam = "leren", omschrijving = "b" } },
        })).AssertProblemAsync(400);
        Assert.Contains("dezelfde naam", dubbel["detail"]!.GetValue<string>());

        var cyclus = await (await beheer.PostJsonAsync("/api/v1/visitatiecycli", Cyclus("Wijkprogramma's", soort: "wijkprogramma"))).ReadExpectedAsync(HttpStatusCode.Created);
        var vreemd = await (await beheer.PutJsonAsync($"/api/v1/visitatiecycli/{cyclus["id"]}", new
        {
            naam = "Wijkprogramma's", cadansMaanden = 24, reactietermijnDagen = 28,
            perspectieven = new[] { new { id = (Guid?)Guid.NewGuid(), naam = "Leren", omschrijving = "Wordt er geleerd?" } },
        })).AssertProblemAsync(400);
        Assert.Contains("hoort bij deze cyclus", vreemd["detail"]!.GetValue<string>());
        var ongewijzigd = await (await beheer.GetAsync($"/api/v1/visitatiecycli/{cyclus["id"]}")).ReadExpectedAsync();
        Assert.Equal((4, 1), (ongewijzigd["perspectieven"]!.AsArray().Count, ongewijzigd["perspectievenVersie"]!.GetValue<int>()));
        Assert.Equal(voor + 1, await AantalAsync(beheer));
    }

    [Fact]
    public async Task R6_3_another_gemeente_sees_no_cycle_and_changes_none()
    {
        var beheer = await factory.AuthenticatedAsync(ApiFactory.AmsterdamBeheerClient, "amsterdam");
        var cyclus = await (await beheer.PostJsonAsync("/api/v1/visitatiecycli", Cyclus("Initiatieven", soort: "initiatief"))).ReadExpectedAsync(HttpStatusCode.Created);
        var url = $"/api/v1/visitatiecycli/{cyclus["id"]}";
        var aaEnHunze = await factory.AuthenticatedAsync(ApiFactory.AaEnHunzeBeheerClient, "aa-en-hunze");

        await (await aaEnHunze.GetAsync(url)).AssertProblemAsync(404);
        await (await aaEnHunze.PutJsonAsync(url, new { naam = "Overgenomen", cadansMaanden = 12, reactietermijnDagen = 14, perspectieven = Array.Empty<object>() }))
            .AssertProblemAsync(400);
        await (await aaEnHunze.PutJsonAsync(url, new
        {
            naam = "Overgenomen", cadansMaanden = 12, reactietermijnDagen = 14,
            perspectieven = new[] { new { id = (Guid?)null, naam = "Leren", omschrijving = "Wordt er geleerd?" } },
        })).AssertProblemAsync(404);
        Assert.DoesNotContain((await (await aaEnHunze.GetAsync("/api/v1/visitatiecycli?pageSize=100")).ReadExpectedAsync())["items"]!.AsArray(),
            c => c!["id"]!.GetValue<Guid>() == cyclus["id"]!.GetValue<Guid>());
        Assert.Equal("Initiatieven", (await (await beheer.GetAsync(url)).ReadExpectedAsync())["naam"]!.GetValue<string>());
    }
}
