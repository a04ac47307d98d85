using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Infrastructure.Jobs;
using Gemeenschapskracht.Infrastructure.Persistence;
using Gemeenschapskracht.Infrastructure.Tenancy;
using Gemeenschapskracht.IntegrationTests.Identity;
using Gemeenschapskracht.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gemeenschapskracht.IntegrationTests;

/// <summary>
/// Job J3 on the demo gemeenten: the next BuurtTop per wijk is announced and the organiser reminded of milestones due
/// soon or overdue, once; run twice nothing doubles; a gemeente that fails does not stop the others and catches up.
/// </summary>
public sealed class BuurtTopsJobTests(IdentityFactory factory) : IClassFixture<IdentityFactory>
{
    private const string LeegPlan = """{"Themas":[],"Werkgroepen":[],"Mijlpalen":[],"Informatiebehoeften":[],"Begroting":[],"Projectleider":null}""";

    [Fact]
    public async Task The_cycle_announces_once_reminds_once_and_a_failing_gemeente_does_not_stop_the_others()
    {
        var beheer = await factory.AuthenticatedAsync(ApiFactory.AmsterdamBeheerClient, "amsterdam");
        var demo = (await (await beheer.GetAsync("/api/v1/buurttops")).ReadJsonAsync())["items"]!.AsArray();
        var volgende = demo.Single(b => b!["status"]!.GetValue<string>() == "aangekondigd")!["id"]!.GetValue<Guid>();
        var vandaag = Kalender.Dag(DateTimeOffset.UtcNow);
        // Whatever today is, the BuurtTop is two months ahead, so the milestones below fall before it.
        var gelezen = await (await beheer.GetAsync($"/api/v1/buurttops/{volgende}")).ReadJsonAsync();
        var organisator = gelezen["organisator"]!;
        using (var verzet = await beheer.PutJsonAsync($"/api/v1/buurttops/{volgende}", new
        {
            titel = gelezen["titel"]!.GetValue<string>(), datum = vandaag.AddDays(60), plek = (string?)null, capaciteit = (int?)null,
            organisator = new
            {
                soort = organisator["soort"]!.GetValue<string>(), team = organisator["team"]!.AsArray().Select(t => t!["id"]!.GetValue<Guid>()).ToArray(),
                taakgroep = Array.Empty<object>(), financieringsbron = (string?)null, financieringEurocent = 0L,
            },
        }))
            Assert.True(verzet.IsSuccessStatusCode, await verzet.Content.ReadAsStringAsync());
        using (var plan = await beheer.PutJsonAsync($"/api/v1/buurttops/{volgende}/voorbereidingsplan", new
        {
            plan = new
            {
                themas = new[] { "Wonen" }, werkgroepen = Array.Empty<object>(),
                mijlpalen = new[]
                {
                    new { id = (Guid?)null, omschrijving = "Zaal gereserveerd", datum = vandaag.AddDays(5), gereed = false },
                    new { id = (Guid?)null, omschrijving = "Sleutelfiguren benaderd", datum = vandaag.AddDays(-1), gereed = false },
                    new { id = (Guid?)null, omschrijving = "Tafelleiders getraind", datum = vandaag.AddDays(40), gereed = false },
                },
                informatiebehoeften = Array.Empty<string>(), begroting = Array.Empty<object>(), projectleider = (object?)null,
            },
        }))
            Assert.True(plan.IsSuccessStatusCode, await plan.Content.ReadAsStringAsync());
        var kapot = await BreakAaEnHunzeAsync();

        var eerste = await RunAsync();
        Assert.Equal(["aa-en-hunze"], eerste.Failed.Keys);
        Assert.Contains("amsterdam", eerste.Succeeded);
        var amsterdam = await CountAsync("amsterdam");
        Assert.True(amsterdam > demo.Count, "every wijk without a BuurtTop gets one announced");
        var herinneringen = Herinneringen();
        // One mail per member of the team's organisations: the residents' organisation and the welfare organisation.
        var herinnering = Assert.Single(herinneringen, m => m.Contains(IdentityFactory.Email("bewonersorganisatie")));
        Assert.Single(herinneringen, m => m.Contains(IdentityFactory.Email("professional")));
        Assert.Contains("Zaal gereserveerd", herinnering);
        Assert.Contains("verlopen sinds", herinnering);
        Assert.DoesNotContain("Tafelleiders getraind", herinnering);

        await RepairAsync(kapot);
        var tweede = await RunAsync();
        await RunAsync();

        Assert.Empty(tweede.Failed);
        Assert.Equal(amsterdam, await CountAsync("amsterdam"));
        Assert.Equal(herinneringen.Count, Herinneringen().Count);
        var signaleringen = (await (await beheer.GetAsync($"/api/v1/buurttops/{volgende}")).ReadJsonAsync())["signaleringen"]!.AsArray();
        Assert.Equal(["binnenkort", "verlopen"], signaleringen.Select(s => s!["soort"]!.GetValue<string>()).Order());
        var announced = (await (await beheer.GetAsync("/api/v1/buurttops?pageSize=100")).ReadJsonAsync())["items"]!.AsArray()
            .Where(b => b!["id"]!.GetValue<Guid>() != volgende && b!["status"]!.GetValue<string>() == "aangekondigd").ToList();
        Assert.All(announced, b => Assert.Equal(DayOfWeek.Saturday, DateOnly.Parse(b!["datum"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture).DayOfWeek));
    }

    private List<string> Herinneringen() =>
        new DirectoryInfo(factory.MailFolder).GetFiles("*.eml").Select(f => MimeKit.MimeMessage.Load(f.FullName))
            .Where(m => m.Subject?.Contains("mijlpalen vragen aandacht") == true).Select(m => $"{m.To}: {m.Subject} / {m.TextBody}").ToList();

    private async Task<TenantRunReport> RunAsync() =>
        await ActivatorUtilities.CreateInstance<TermijnenJob>(factory.Services).RunAsync(CancellationToken.None);

    private async Task<int> CountAsync(string slug) =>
        (await (await factory.ForTenant(slug).GetAsync("/api/v1/buurttops?pageSize=1")).ReadJsonAsync())["totalCount"]!.GetValue<int>();

    /// <summary>Makes the stored plan of Aa en Hunze's announced BuurtTop unreadable, so its reminders fail.</summary>
    private async Task<Guid> BreakAaEnHunzeAsync()
    {
        var publiek = factory.ForTenant("aa-en-hunze");
        var id = (await (await publiek.GetAsync("/api/v1/buurttops")).ReadJsonAsync())["items"]!.AsArray()
            .Single(b => b!["status"]!.GetValue<string>() == "aangekondigd")!["id"]!.GetValue<Guid>();
        await SetPlanAsync(id, "kapot");
        return id;
    }

    private Task RepairAsync(Guid id) => SetPlanAsync(id, LeegPlan);

    private async Task SetPlanAsync(Guid id, string plan)
    {
        var tenant = await factory.Services.GetRequiredService<ITenantStore>().GetByIdentifierAsync("aa-en-hunze", CancellationToken.None);
        using var _ = factory.Services.GetRequiredService<ITenantContextAccessor>().Use(tenant!);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        Assert.Equal(1, await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE \"BuurtTops\" SET \"Plan\" = {plan} WHERE \"Id\" = {id}"));
    }
}
