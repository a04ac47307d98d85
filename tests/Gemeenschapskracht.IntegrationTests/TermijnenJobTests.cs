using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Uitdagingen;
using Gemeenschapskracht.Domain.Wijkbeelden;
using Gemeenschapskracht.Infrastructure.Jobs;
using Gemeenschapskracht.Infrastructure.Persistence;
using Gemeenschapskracht.Infrastructure.Tenancy;
using Gemeenschapskracht.IntegrationTests.Identity;
using Gemeenschapskracht.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gemeenschapskracht.IntegrationTests;

/// <summary>
/// The clocks (jobs J1, J2, J6, J11, J12 and the uitdaagrecht's term) on the demo content of Amsterdam: each e-mails the people who must act, and
/// running a job again the same day sends nothing new.
/// </summary>
public sealed class TermijnenJobTests(IdentityFactory factory) : IClassFixture<IdentityFactory>
{
    [Fact]
    public async Task The_daily_clocks_mail_the_gemeente_and_the_team_once()
    {
        var beheer = await factory.AuthenticatedAsync(ApiFactory.AmsterdamBeheerClient, "amsterdam");
        var wijkbeeld = (await (await beheer.GetAsync("/api/v1/wijkbeelden")).ReadJsonAsync())["items"]![0]!;
        var buurtTop = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10);
        (await beheer.PutJsonAsync($"/api/v1/wijkbeelden/{wijkbeeld["id"]}/buurttop", new { datum = buurtTop, herinneringDagenVooraf = 14 })).EnsureSuccessStatusCode();

        await RunTermijnenAsync();
        var eerste = Mails();
        await RunTermijnenAsync();

        // J6: the demo kader's youth-work contract ends within a year without a planned conversion.
        Assert.Contains(eerste, m => m.Contains(IdentityFactory.Email("beleidsmedewerker")) && m.Contains("dreigt een nieuwe aanbesteding"));
        // J2: the demo resident acts for the organisation that leads the wijkbeeld.
        Assert.Contains(eerste, m => m.Contains(IdentityFactory.Email("bewonersorganisatie")) && m.Contains($"BuurtTop op {buurtTop:dd-MM-yyyy}"));
        Assert.Equal(eerste.Count, Mails().Count);
    }

    [Fact]
    public async Task Newer_cbs_figures_mark_a_wijkbeeld_stale_and_tell_its_team_once()
    {
        var wijkbeeldId = await MadeWithOlderFiguresAsync();
        var voor = Mails().Count;

        var report = await ActivatorUtilities.CreateInstance<RefreshKerncijfersJob>(factory.Services).RunAsync(CancellationToken.None);
        await ActivatorUtilities.CreateInstance<RefreshKerncijfersJob>(factory.Services).RunAsync(CancellationToken.None);

        Assert.Empty(report.Failed);
        var mails = Mails().Skip(voor).Where(m => m.Contains("Nieuwe CBS-cijfers")).ToList();
        Assert.Single(mails, m => m.Contains(IdentityFactory.Email("bewonersorganisatie")));
        var wijkbeeld = await (await factory.ForTenant("amsterdam").GetAsync($"/api/v1/wijkbeelden/{wijkbeeldId}")).ReadJsonAsync();
        Assert.Equal(2024, wijkbeeld["nieuwerCijferjaar"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_challenge_past_its_ontvankelijkheid_term_is_reported_to_the_gemeente_once()
    {
        var (id, kenmerk) = await SubmittedLongAgoAsync();

        await RunTermijnenAsync();
        await RunTermijnenAsync();

        var onderwerp = $"Termijn voor ontvankelijkheid verstreken: uitdaging {kenmerk}";
        Assert.Single(Mails(), m => m.Contains(IdentityFactory.Email("beleidsmedewerker")) && m.Contains(onderwerp));
        Assert.DoesNotContain(Mails(), m => m.Contains("an@voorbeeld.nl") && m.Contains(onderwerp));
        var beheer = await factory.AuthenticatedAsync(ApiFactory.AmsterdamBeheerClient, "amsterdam");
        var uitdaging = await (await beheer.GetAsync($"/api/v1/uitdagingen/{id}")).ReadJsonAsync();
        Assert.True(uitdaging["ontvankelijkheidTeLaat"]!.GetValue<bool>());
        Assert.Equal("ingediend", uitdaging["status"]!.GetValue<string>());
    }

    /// <summary>A challenge by a group of residents submitted 90 days ago, beyond every term the verordening allows for ontvankelijkheid.</summary>
    private async Task<(Guid Id, string Kenmerk)> SubmittedLongAgoAsync()
    {
        var tenant = await factory.Services.GetRequiredService<ITenantStore>().GetByIdentifierAsync("amsterdam", CancellationToken.None);
        using var _ = factory.Services.GetRequiredService<ITenantContextAccessor>().Use(tenant!);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var toen = DateTimeOffset.UtcNow.AddDays(-90);
        var verordening = await db.Set<Participatieverordening>().OrderByDescending(v => v.Versie).FirstOrDefaultAsync() ?? Participatieverordening.Standaard(toen);
        var uitdaging = new Uitdaging(verordening, null, "Pleinbewoners", "An de Wit", "an@voorbeeld.nl", "Het beheer van het speelplein", null,
            "Wij openen en sluiten het plein al elke dag.", new Bedrag(3_000_00), DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(1),
            DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(13), toen);
        db.Add(uitdaging);
        await db.SaveChangesAsync();
        return (uitdaging.Id, uitdaging.Kenmerk);
    }

    /// <summary>Pretends the demo wijkbeeld was made with the figures of the year before the extract's.</summary>
    private async Task<Guid> MadeWithOlderFiguresAsync()
    {
        var tenant = await factory.Services.GetRequiredService<ITenantStore>().GetByIdentifierAsync("amsterdam", CancellationToken.None);
        using var _ = factory.Services.GetRequiredService<ITenantContextAccessor>().Use(tenant!);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var wijkbeeld = await db.Set<Wijkbeeld>().FirstAsync(w => w.Status == WijkbeeldStatus.Gedeeld);
        wijkbeeld.BaseerOpCijfersVan(2023);
        await db.SaveChangesAsync();
        return wijkbeeld.Id;
    }

    private async Task RunTermijnenAsync()
    {
        var report = await ActivatorUtilities.CreateInstance<TermijnenJob>(factory.Services).RunAsync(CancellationToken.None);
        Assert.Empty(report.Failed);
    }

    /// <summary>Each mail in the pickup folder as "recipients: subject / body", decoded.</summary>
    private List<string> Mails() =>
        Directory.Exists(factory.MailFolder)
            ? new DirectoryInfo(factory.MailFolder).GetFiles("*.eml").OrderBy(f => f.Name)
                .Select(f => MimeKit.MimeMessage.Load(f.FullName))
                .Select(m => $"{m.To}: {m.Subject} / {m.TextBody}").ToList()
            : [];
}
