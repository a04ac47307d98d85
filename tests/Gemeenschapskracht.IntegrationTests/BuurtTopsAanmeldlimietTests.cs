using System.Net;
using Gemeenschapskracht.Domain.BuurtTops;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.IntegrationTests.Infrastructure;

namespace Gemeenschapskracht.IntegrationTests;

/// <summary>The public registration hammered by a bot: beyond the configured limit per address a Dutch 429 problem, nothing registered.</summary>
public sealed class BuurtTopsAanmeldlimietTests(BuurtTopsAanmeldlimietTests.Factory factory) : IClassFixture<BuurtTopsAanmeldlimietTests.Factory>
{
    public sealed class Factory : ApiFactory, IAsyncLifetime
    {
        protected override IEnumerable<KeyValuePair<string, string>> ExtraSettings =>
        [
            new("RateLimiting:Aanmelden:PermitLimit", "3"),
            new("RateLimiting:Aanmelden:WindowSeconds", "600"),
        ];

        public async Task InitializeAsync() =>
            await Provisioning.CreateAndWaitAsync(await this.AuthenticatedAsync(PlatformClient), "amsterdam", "Amsterdam", "GM0363");

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task Registrations_beyond_the_limit_are_a_429_problem_in_Dutch_and_change_nothing()
    {
        var beheer = await factory.AuthenticatedAsync(ApiFactory.AmsterdamBeheerClient, "amsterdam");
        var publiek = factory.ForTenant("amsterdam");
        var wijk = (await (await publiek.GetAsync("/api/v1/gebieden?soort=wijk&pageSize=1")).ReadJsonAsync())["items"]![0]!["id"]!.GetValue<Guid>();
        using var aangekondigd = await beheer.PostJsonAsync("/api/v1/buurttops", new
        {
            wijkId = wijk, titel = "BuurtTop", datum = Kalender.Dag(DateTimeOffset.UtcNow).AddDays(30), plek = (string?)null, capaciteit = (int?)null,
            organisator = (object?)null,
        });
        Assert.Equal(HttpStatusCode.Created, aangekondigd.StatusCode);
        var id = (await aangekondigd.ReadJsonAsync())["id"]!.GetValue<Guid>();
        object Aanmelding(int i) => new { naam = $"Bot {i}", email = $"bot{i}@example.nl", toestemming = true, toestemmingVersie = Domain.BuurtTops.Aanmelding.ToestemmingVersieHuidig };

        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.Created, (await publiek.PostJsonAsync($"/api/v1/buurttops/{id}/aanmeldingen", Aanmelding(i))).StatusCode);
        using var geweigerd = await publiek.PostJsonAsync($"/api/v1/buurttops/{id}/aanmeldingen", Aanmelding(3));

        var problem = await geweigerd.AssertProblemAsync(429);
        Assert.Equal("Te veel aanmeldingen", problem["title"]!.GetValue<string>());
        Assert.Contains("Probeer het", problem["detail"]!.GetValue<string>());
        Assert.True(geweigerd.Headers.RetryAfter is not null);
        // The unsubscribe page shares the limit; reading does not.
        await (await publiek.PostJsonAsync($"/api/v1/buurttops/{id}/afmeldingen", new { sleutel = "x" })).AssertProblemAsync(429);
        var buurtTop = await (await publiek.GetAsync($"/api/v1/buurttops/{id}")).ReadJsonAsync();
        Assert.Equal(3, buurtTop["aangemeld"]!.GetValue<int>());
        var lijst = await (await beheer.GetAsync($"/api/v1/buurttops/{id}/aanmeldingen")).ReadJsonAsync();
        Assert.DoesNotContain("bot3@example.nl", lijst.ToJsonString());
        Assert.Equal(AanmeldingStatus.Aangemeld.ToString().ToLowerInvariant(), lijst["items"]![0]!["status"]!.GetValue<string>());
    }
}
