using Gemeenschapskracht.Domain.Regels;
using Gemeenschapskracht.Infrastructure.Jobs;
using Gemeenschapskracht.IntegrationTests.Identity;
using Gemeenschapskracht.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Gemeenschapskracht.IntegrationTests;

/// <summary>
/// Job J5 on the demo gemeente, with the clock moved past the period of the demo kookclub's subsidy (the lowest tier,
/// not drawn): it is set ambtshalve at its granted amount (Awb 4:47) and the recipient gets the letter by mail; a second
/// run sets nothing again and sends nothing.
/// </summary>
public sealed class SubsidiesJobTests(SubsidiesJobTests.Factory factory) : IClassFixture<SubsidiesJobTests.Factory>
{
    [Fact]
    [Trait("Regel", Regelcatalogus.Awb4_47)]
    public async Task Awb_4_47_the_job_sets_a_subsidy_of_the_lowest_tier_ambtshalve_once_after_its_period()
    {
        var beheer = await factory.AuthenticatedAsync(ApiFactory.AmsterdamBeheerClient, "amsterdam");
        var lijst = await (await beheer.GetAsync("/api/v1/beschikkingen?pageSize=100")).ReadJsonAsync();
        var open = lijst["items"]!.AsArray().Single(b => b!["niveau"]?.GetValue<string>() == "zonderVerslag" && b["vaststellingId"] is null)!;
        var id = open["id"]!.GetValue<Guid>();
        var tot = DateOnly.Parse(open["tot"]!.GetValue<string>());

        factory.Tijd.Zet(new DateTimeOffset(tot.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));
        await RunAsync();
        beheer = await factory.AuthenticatedAsync(ApiFactory.AmsterdamBeheerClient, "amsterdam");
        Assert.Null((await (await beheer.GetAsync($"/api/v1/beschikkingen/{id}")).ReadJsonAsync())["vaststellingId"]);

        factory.Tijd.Zet(new DateTimeOffset(tot.AddDays(1).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));
        await RunAsync();
        beheer = await factory.AuthenticatedAsync(ApiFactory.AmsterdamBeheerClient, "amsterdam");
        var vaststellingen = await (await beheer.GetAsync($"/api/v1/vaststellingen?beschikkingId={id}")).ReadJsonAsync();
        var vaststelling = vaststellingen["items"]!.AsArray().Single()!;
        Assert.True(vaststelling["ambtshalve"]!.GetValue<bool>());
        Assert.Equal(open["bedragEurocent"]!.GetValue<long>(), vaststelling["vastgesteldEurocent"]!.GetValue<long>());
        var mails = Mails(vaststelling["kenmerk"]!.GetValue<string>());
        Assert.Single(mails);

        await RunAsync();
        Assert.Equal(1, (await (await beheer.GetAsync($"/api/v1/vaststellingen?beschikkingId={id}")).ReadJsonAsync())["totalCount"]!.GetValue<int>());
        Assert.Single(Mails(vaststelling["kenmerk"]!.GetValue<string>()));
    }

    private async Task RunAsync() =>
        Assert.Empty((await ActivatorUtilities.CreateInstance<TermijnenJob>(factory.Services).RunAsync(CancellationToken.None)).Failed);

    private List<string> Mails(string kenmerk) =>
        new DirectoryInfo(factory.MailFolder).GetFiles("*.eml").Select(f => MimeKit.MimeMessage.Load(f.FullName))
            .Where(m => m.Subject?.Contains(kenmerk) == true).Select(m => $"{m.To}: {m.Subject}").ToList();

    public sealed class Factory : IdentityFactory
    {
        public VerzetbareTijd Tijd { get; } = new();

        protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Tijd);
    }
}
