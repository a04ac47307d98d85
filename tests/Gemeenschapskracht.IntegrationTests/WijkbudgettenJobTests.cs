using Gemeenschapskracht.Domain.Beleidskaders;
using Gemeenschapskracht.Domain.Regels;
using Gemeenschapskracht.Domain.Wijkbudgetten;
using Gemeenschapskracht.Infrastructure.Jobs;
using Gemeenschapskracht.Infrastructure.Persistence;
using Gemeenschapskracht.Infrastructure.Tenancy;
using Gemeenschapskracht.IntegrationTests.Identity;
using Gemeenschapskracht.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Gemeenschapskracht.IntegrationTests;

/// <summary>
/// Job J5 on the demo gemeenten, with the clock moved to the last year of Amsterdam's demo wijkbudget: the tranche of
/// a year whose begroting was recorded outside the API is released (Awb 4:34), and the gemeente is told once that the
/// period ends (nine months ahead); a second run changes and sends nothing.
/// </summary>
public sealed class WijkbudgettenJobTests(WijkbudgettenJobTests.Factory factory) : IClassFixture<WijkbudgettenJobTests.Factory>
{
    [Fact]
    [Trait("Regel", Regelcatalogus.Awb4_34)]
    public async Task The_job_releases_an_adopted_year_and_announces_the_end_of_the_period_once()
    {
        var publiek = factory.ForTenant("amsterdam");
        var lijst = await (await publiek.GetAsync("/api/v1/wijkbudgetten")).ReadJsonAsync();
        var demo = lijst["items"]!.AsArray().Single(b => b!["status"]!.GetValue<string>() == "lopend")!;
        var id = demo["id"]!.GetValue<Guid>();
        var eindJaar = demo["eindJaar"]!.GetValue<int>();

        factory.Tijd.Zet(new DateTimeOffset(eindJaar, 6, 1, 9, 0, 0, TimeSpan.Zero));
        await RecordBegrotingAsync(eindJaar);
        await RunAsync();
        var na = await (await publiek.GetAsync($"/api/v1/wijkbudgetten/{id}")).ReadJsonAsync();
        var meldingen = Meldingen(eindJaar);

        Assert.Equal("vrijgegeven", na["tranches"]!.AsArray().Single(t => t!["jaar"]!.GetValue<int>() == eindJaar)!["status"]!.GetValue<string>());
        Assert.Contains(meldingen, m => m.Contains(IdentityFactory.Email("griffie")));
        Assert.Contains(meldingen, m => m.Contains(IdentityFactory.Email("beleidsmedewerker")));
        Assert.Contains(meldingen, m => m.Contains($"/wijkbudgetten/{id}"));

        await RunAsync();
        Assert.Equal(meldingen.Count, Meldingen(eindJaar).Count);
        Assert.Equal(na.ToJsonString(), (await (await publiek.GetAsync($"/api/v1/wijkbudgetten/{id}")).ReadJsonAsync()).ToJsonString());
    }

    private async Task RunAsync() =>
        Assert.Empty((await ActivatorUtilities.CreateInstance<TermijnenJob>(factory.Services).RunAsync(CancellationToken.None)).Failed);

    /// <summary>A begroting recorded by another path than the API (an import), so only the job can release its tranche.</summary>
    private async Task RecordBegrotingAsync(int jaar)
    {
        var tenant = await factory.Services.GetRequiredService<ITenantStore>().GetByIdentifierAsync("amsterdam", CancellationToken.None);
        using var _ = factory.Services.GetRequiredService<ITenantContextAccessor>().Use(tenant!);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        db.Add(new Begrotingsbesluit(jaar, new Raadsbesluit(new DateOnly(jaar - 1, 11, 10), $"RB-BEGR-{jaar}", null), factory.Tijd.GetUtcNow()));
        await db.SaveChangesAsync();
    }

    private List<string> Meldingen(int eindJaar) =>
        new DirectoryInfo(factory.MailFolder).GetFiles("*.eml").Select(f => MimeKit.MimeMessage.Load(f.FullName))
            .Where(m => m.Subject?.Contains($"loopt eind {eindJaar} af") == true).Select(m => $"{m.To}: {m.Subject} / {m.TextBody}").ToList();

    public sealed class Factory : IdentityFactory
    {
        public VerzetbareTijd Tijd { get; } = new();

        protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Tijd);
    }
}
