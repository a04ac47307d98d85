using Gemeenschapskracht.Domain.Lidmaatschappen;
using Gemeenschapskracht.Infrastructure.Jobs;
using Gemeenschapskracht.IntegrationTests.Identity;
using Gemeenschapskracht.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Gemeenschapskracht.IntegrationTests;

/// <summary>
/// The commitment tracker, complete (J10): the follow-up actions of Amsterdam's adopted demo report stand beside the
/// institutions' and political toezeggingen, one kept and one overdue, counted per party for the raad; the daily job
/// chases the overdue one once, however often it runs.
/// </summary>
public sealed class VisitatieVervolgTests(IdentityFactory factory) : IClassFixture<IdentityFactory>
{
    [Fact]
    public async Task J10_an_overdue_follow_up_action_of_a_visitatie_is_on_the_public_tracker_per_party_and_chased_once()
    {
        var tracker = await (await factory.ForTenant("amsterdam").GetAsync("/api/v1/verzoeken/tracker")).ReadExpectedAsync();
        var vanVisitaties = tracker["toezeggingen"]!.AsArray().Where(t => t!["bron"]!.GetValue<string>() == "visitatie").ToList();
        Assert.Equal(["nagekomen", "verlopen"], vanVisitaties.Select(t => t!["stand"]!.GetValue<string>()).Order());
        Assert.All(vanVisitaties, t => Assert.NotNull(t!["visitatieId"]));
        var verlopen = vanVisitaties.Single(t => t!["stand"]!.GetValue<string>() == "verlopen")!;
        Assert.Contains("(visitatie van Wijkprogramma ", verlopen["omschrijving"]!.GetValue<string>());
        var partij = tracker["partijen"]!.AsArray().Single(p => p!["door"]!.GetValue<string>() == verlopen["door"]!.GetValue<string>())!;
        Assert.Equal(1, partij["verlopen"]!.GetValue<int>());
        var namen = tracker["partijen"]!.AsArray().Select(p => p!["door"]!.GetValue<string>()).ToList();
        Assert.Equal(namen.Order(StringComparer.CurrentCulture), namen);

        await RunAsync();
        var na = Herinneringen();
        await RunAsync();

        Assert.Contains(na, m => m.StartsWith(IdentityFactory.Email(RolCatalogus.GemeenteBeheerder), StringComparison.Ordinal));
        Assert.Contains(na, m => m.StartsWith(IdentityFactory.Email(RolCatalogus.Beleidsmedewerker), StringComparison.Ordinal));
        Assert.All(na, m => Assert.Contains("Een jongerenbudget binnen het activiteitenbudget", m));
        Assert.Equal(na.Count, Herinneringen().Count);
    }

    private async Task RunAsync() =>
        Assert.Empty((await ActivatorUtilities.CreateInstance<TermijnenJob>(factory.Services).RunAsync(CancellationToken.None)).Failed);

    private List<string> Herinneringen() =>
        new DirectoryInfo(factory.MailFolder).GetFiles("*.eml").Select(f => MimeKit.MimeMessage.Load(f.FullName))
            .Where(m => m.Subject?.StartsWith("Vervolgactie van de visitatie", StringComparison.Ordinal) == true)
            .Select(m => $"{m.To}: {m.Subject} / {m.TextBody}").ToList();
}
