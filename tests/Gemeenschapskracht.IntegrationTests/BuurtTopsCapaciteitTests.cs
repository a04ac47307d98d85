using System.Net;
using Gemeenschapskracht.Domain.BuurtTops;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.IntegrationTests.Infrastructure;

namespace Gemeenschapskracht.IntegrationTests;

/// <summary>
/// The cap holds when residents register at once (R3.3): twenty simultaneous registrations for five places give
/// exactly five places and a waiting list for the rest; a registration that lost the race for a place is a 409
/// problem and stored nothing, so the resident can simply try again.
/// </summary>
public sealed class BuurtTopsCapaciteitTests(BuurtTopsCapaciteitTests.Factory factory) : IClassFixture<BuurtTopsCapaciteitTests.Factory>
{
    private const int Plaatsen = 5;
    private const int Tegelijk = 20;

    public sealed class Factory : ApiFactory, IAsyncLifetime
    {
        protected override IEnumerable<KeyValuePair<string, string>> ExtraSettings => [new("RateLimiting:Aanmelden:PermitLimit", "1000")];

        public async Task InitializeAsync() =>
            await Provisioning.CreateAndWaitAsync(await this.AuthenticatedAsync(PlatformClient), "amsterdam", "Amsterdam", "GM0363");

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task R3_3_twenty_simultaneous_registrations_for_five_places_give_exactly_five_places()
    {
        var beheer = await factory.AuthenticatedAsync(ApiFactory.AmsterdamBeheerClient, "amsterdam");
        var publiek = factory.ForTenant("amsterdam");
        var wijk = (await (await publiek.GetAsync("/api/v1/gebieden?soort=wijk&pageSize=1")).ReadJsonAsync())["items"]![0]!["id"]!.GetValue<Guid>();
        using var aangekondigd = await beheer.PostJsonAsync("/api/v1/buurttops", new
        {
            wijkId = wijk, titel = "BuurtTop", datum = Kalender.Dag(DateTimeOffset.UtcNow).AddDays(30), plek = (string?)null, capaciteit = Plaatsen,
            organisator = (object?)null,
        });
        Assert.Equal(HttpStatusCode.Created, aangekondigd.StatusCode);
        var id = (await aangekondigd.ReadJsonAsync())["id"]!.GetValue<Guid>();

        var antwoorden = await Task.WhenAll(Enumerable.Range(0, Tegelijk).Select(async i =>
        {
            using var response = await factory.ForTenant("amsterdam").PostJsonAsync($"/api/v1/buurttops/{id}/aanmeldingen",
                new { naam = $"Bewoner {i}", email = $"bewoner{i}@example.nl", toestemming = true, toestemmingVersie = Aanmelding.ToestemmingVersieHuidig });
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }));

        Assert.All(antwoorden, a => Assert.True(a.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, $"{(int)a.StatusCode} {a.Body}"));
        var aangenomen = antwoorden.Count(a => a.StatusCode == HttpStatusCode.Created);
        var buurtTop = await (await publiek.GetAsync($"/api/v1/buurttops/{id}")).ReadJsonAsync();
        Assert.Equal(Plaatsen, buurtTop["aangemeld"]!.GetValue<int>());
        Assert.Equal(aangenomen - Plaatsen, buurtTop["opWachtlijst"]!.GetValue<int>());
        Assert.Equal(Plaatsen, antwoorden.Count(a => a.Body.Contains("\"status\":\"aangemeld\"")));
    }
}
