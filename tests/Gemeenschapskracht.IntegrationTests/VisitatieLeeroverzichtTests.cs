using Gemeenschapskracht.Domain.Gebieden;
using Gemeenschapskracht.Domain.Regels;
using Gemeenschapskracht.Domain.Visitaties;
using Gemeenschapskracht.Infrastructure.Persistence;
using Gemeenschapskracht.IntegrationTests.Identity;
using Gemeenschapskracht.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gemeenschapskracht.IntegrationTests;

/// <summary>
/// The learning overview (R6.2, G-1) over Amsterdam's demo report and a second adopted one: per perspective the spread of
/// the marks in the scale's order and the themes the narratives share, and nothing that names or orders wijken.
/// </summary>
public sealed class VisitatieLeeroverzichtTests(IdentityFactory factory) : IClassFixture<IdentityFactory>
{
    private const string Url = "/api/v1/visitaties/leeroverzicht";

    [Fact]
    [Trait("Regel", Regelcatalogus.G1)]
    public async Task G1_the_learning_overview_shows_the_spread_of_marks_and_recurring_themes_never_a_ranking_of_wijken()
    {
        var wijknaam = await TweedeRapportAsync();

        using var response = await factory.ForTenant("amsterdam").GetAsync(Url);
        var json = await response.Content.ReadAsStringAsync();
        var overzicht = await response.ReadExpectedAsync();

        Assert.Equal(2, overzicht["rapporten"]!.GetValue<int>());
        Assert.Equal(2, overzicht["jaren"]!.AsArray().Sum(j => j!["rapporten"]!.GetValue<int>()));
        var vermogen = overzicht["perspectieven"]!.AsArray().Single(p => p!["naam"]!.GetValue<string>() == "Presteren naar vermogen")!;
        // Every step of the scale, in the scale's order, whatever the counts: a spread, not a ranking.
        Assert.Equal(["beginnend", "inOntwikkeling", "sterk", "inspirerendVoorbeeld"], vermogen["verdeling"]!.AsArray().Select(v => v!["oordeel"]!.GetValue<string>()));
        Assert.Equal([0, 0, 1, 1], vermogen["verdeling"]!.AsArray().Select(v => v!["aantal"]!.GetValue<int>()));
        var themas = vermogen["themas"]!.AsArray().Select(t => t!["thema"]!.GetValue<string>()).ToList();
        Assert.Contains("buurtkamer", themas);
        Assert.Contains("vrijwilligers", themas);
        Assert.DoesNotContain(wijknaam!, json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("wijkId", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onderwerp", json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_overview_filters_by_kind_and_years_and_refuses_a_span_that_runs_backwards()
    {
        var publiek = factory.ForTenant("amsterdam");
        var professioneel = await (await publiek.GetAsync($"{Url}?soort=professioneleInzet")).ReadExpectedAsync();
        Assert.Equal(0, professioneel["rapporten"]!.GetValue<int>());
        Assert.Empty(professioneel["perspectieven"]!.AsArray());
        var toekomst = await (await publiek.GetAsync($"{Url}?vanJaar={DateTime.UtcNow.Year + 1}")).ReadExpectedAsync();
        Assert.Equal(0, toekomst["rapporten"]!.GetValue<int>());

        var achteruit = await (await publiek.GetAsync($"{Url}?vanJaar=2026&totJaar=2024")).AssertProblemAsync(400);
        Assert.Contains("Het laatste jaar ligt niet voor het eerste.", achteruit.ToJsonString());
        await (await publiek.GetAsync($"{Url}?soort=ranglijst")).AssertProblemAsync(400);
        await (await publiek.GetAsync($"{Url}?vanJaar=1800")).AssertProblemAsync(400);
    }

    [Fact]
    public async Task Another_gemeente_learns_only_from_its_own_reports()
    {
        var amsterdam = await (await factory.ForTenant("amsterdam").GetAsync(Url)).ReadExpectedAsync();
        var aaEnHunze = await (await factory.ForTenant("aa-en-hunze").GetAsync(Url)).ReadExpectedAsync();

        Assert.True(amsterdam["rapporten"]!.GetValue<int>() >= 1);
        Assert.Equal(1, aaEnHunze["rapporten"]!.GetValue<int>());
    }

    /// <summary>An adopted report of a second wijk whose narratives share words with the demo's; returns that wijk's name.</summary>
    private async Task<string> TweedeRapportAsync()
    {
        var naam = "";
        await factory.InTenantAsync("amsterdam", async db => naam = await TweedeRapportAsync(db));
        return naam;
    }

    private static async Task<string> TweedeRapportAsync(ApplicationDbContext db)
    {
        var wijk = await db.Set<Gebied>().Where(g => g.Soort == GebiedSoort.Wijk).OrderBy(g => g.Code).Skip(1).FirstAsync();
        var now = DateTimeOffset.UtcNow.AddMonths(-6);
        var cyclus = new Visitatiecyclus("Leeroverzicht", Onderwerpsoort.Wijkprogramma, 24, 14, null, now);
        var visitatie = new Visitatie(cyclus, new Visitatieonderwerp(Onderwerpsoort.Wijkprogramma, wijk.Id, $"Wijkprogramma {wijk.Naam}", wijk.Id, null),
            DateOnly.FromDateTime(now.UtcDateTime), now);
        visitatie.VoegPanellidToe(new Panellid(Guid.NewGuid(), "Bewoner", Panelrol.Bewoner, null, [], null), now);
        visitatie.VoegPanellidToe(new Panellid(Guid.NewGuid(), "Raadslid", Panelrol.Raadslid, null, [], null), now);
        visitatie.BevestigPanel(now);
        visitatie.VraagZelfreflectie(now);
        visitatie.LegZelfreflectieVast("Wat goed gaat, wat niet en wat we willen leren over de wijk en haar bewoners.", now);
        foreach (var perspectief in visitatie.Perspectieven)
            visitatie.Beoordeel(perspectief.Id, Oordeel.Sterk, "De buurtkamer blijft open dankzij vrijwilligers uit de straat zelf.", "Het panel", now);
        visitatie.MaakConceptrapport(now);
        visitatie.GeefReactie("Dank voor het rapport.", now);
        visitatie.StelVast(now);
        db.AddRange(cyclus, visitatie);
        await db.SaveChangesAsync();
        return wijk.Naam ?? wijk.Code;
    }
}
