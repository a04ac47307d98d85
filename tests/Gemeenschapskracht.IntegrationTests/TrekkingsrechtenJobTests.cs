using System.Net;
using System.Text.Json.Nodes;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Infrastructure.Jobs;
using Gemeenschapskracht.IntegrationTests.Identity;
using Gemeenschapskracht.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Gemeenschapskracht.IntegrationTests;

/// <summary>
/// Job J5 on the demo gemeente (R4.5): a trekkingsrecht of ambtelijke ondersteuning, partly drawn, is refused a draw once
/// its validity is over; the job marks it verlopen and returns the balance (hours × tarief) to the budget line, once:
/// a second run changes nothing.
/// </summary>
public sealed class TrekkingsrechtenJobTests(TrekkingsrechtenJobTests.Factory factory) : IClassFixture<TrekkingsrechtenJobTests.Factory>
{
    [Fact]
    public async Task R4_5_the_job_expires_a_right_after_its_validity_and_returns_its_balance_to_the_line_once()
    {
        var beheer = await factory.AuthenticatedAsync(ApiFactory.AmsterdamBeheerClient, "amsterdam");
        var budgetId = (await LeesAsync(await beheer.GetAsync("/api/v1/wijkbudgetten?pageSize=100")))["items"]!.AsArray()
            .First(b => b!["status"]!.GetValue<string>() is "toegekend" or "lopend")!["id"]!.GetValue<Guid>();
        var budget = await LeesAsync(await beheer.GetAsync($"/api/v1/wijkbudgetten/{budgetId}"));
        var houder = (await LeesAsync(await beheer.GetAsync("/api/v1/organisaties?pageSize=1")))["items"]![0]!["id"]!.GetValue<Guid>();
        var vandaag = Kalender.Dag(DateTimeOffset.UtcNow);
        var tot = vandaag.AddDays(10);
        var recht = await LeesAsync(await beheer.PostJsonAsync("/api/v1/trekkingsrechten", new
        {
            organisatieId = houder, wijkbudgetId = budgetId, budgetregelId = budget["regels"]![0]!["id"]!.GetValue<Guid>(), eenheid = "uren", omvang = 12,
            tariefEurocent = 70_00, leveranciers = Array.Empty<Guid>(), gemeenteLevert = true, van = $"{vandaag:yyyy-MM-dd}", tot = $"{tot:yyyy-MM-dd}",
            doel = "Ambtelijke hulp bij de vergunning voor het buurtfeest",
        }), HttpStatusCode.Created);
        var id = recht["id"]!.GetValue<Guid>();
        await LeesAsync(await beheer.PostJsonAsync($"/api/v1/trekkingsrechten/{id}/trekkingen", new { datum = $"{vandaag:yyyy-MM-dd}", omvang = 4, doel = "Vergunningaanvraag doorgenomen" }));
        var verleend = await VerleendAsync(beheer, budgetId);

        factory.Tijd.Zet(new DateTimeOffset(tot.AddDays(1).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));
        beheer = await factory.AuthenticatedAsync(ApiFactory.AmsterdamBeheerClient, "amsterdam");
        var laat = await (await beheer.PostJsonAsync($"/api/v1/trekkingsrechten/{id}/trekkingen", new { datum = $"{tot:yyyy-MM-dd}", omvang = 1, doel = "Na afloop" }))
            .AssertProblemAsync(400);
        Assert.Contains("verlopen", laat["detail"]!.GetValue<string>());

        await RunAsync();
        await RunAsync();
        beheer = await factory.AuthenticatedAsync(ApiFactory.AmsterdamBeheerClient, "amsterdam");
        var verlopen = await LeesAsync(await beheer.GetAsync($"/api/v1/trekkingsrechten/{id}"));
        Assert.Equal(("verlopen", 8L, 8 * 70_00L), (verlopen["status"]!.GetValue<string>(), verlopen["saldo"]!.GetValue<long>(), verlopen["terugvloeiEurocent"]!.GetValue<long>()));
        Assert.Equal(4 * 70_00L, verlopen["vastgelegdEurocent"]!.GetValue<long>());
        Assert.Single(verlopen["trekkingen"]!.AsArray());
        Assert.Equal(verleend - 8 * 70_00L, await VerleendAsync(beheer, budgetId));
    }

    private async Task RunAsync() =>
        Assert.Empty((await ActivatorUtilities.CreateInstance<TermijnenJob>(factory.Services).RunAsync(CancellationToken.None)).Failed);

    private static async Task<long> VerleendAsync(HttpClient client, Guid budgetId) =>
        (await LeesAsync(await client.GetAsync($"/api/v1/wijkbudgetten/{budgetId}")))["verleendEurocent"]!.GetValue<long>();

    private static async Task<JsonNode> LeesAsync(HttpResponseMessage response, HttpStatusCode verwacht = HttpStatusCode.OK)
    {
        using (response)
        {
            Assert.True(response.StatusCode == verwacht, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            return await response.ReadJsonAsync();
        }
    }

    public sealed class Factory : IdentityFactory
    {
        public VerzetbareTijd Tijd { get; } = new();

        protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Tijd);
    }
}
