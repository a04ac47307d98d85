using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Domain.Beleidskaders;
using Gemeenschapskracht.Domain.Gebieden;
using Gemeenschapskracht.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gemeenschapskracht.Api.Seeding.Demo;

/// <summary>
/// Development only: once a demo gemeente is provisioned, fill the route so a new user sees it working. The first
/// demo gemeente gets the full story (an adopted beleidskader, organisations, a pilotwijk), the second less, so the
/// two differ. Runs once: a gemeente that already has a beleidskader is left alone.
/// </summary>
public sealed class DemoRouteSeeder(
    ApplicationDbContext db, TenantCatalogDbContext catalog, IOptions<SeedOptions> seed, TimeProvider clock, ILogger<DemoRouteSeeder> logger)
    : IProvisioningStep
{
    public async Task RunAsync(string gemeenteSlug, CancellationToken cancellationToken)
    {
        var slugs = seed.Value.Gemeenten.Select(g => g.Slug).ToList();
        if (!slugs.Contains(gemeenteSlug) || await db.Set<Beleidskader>().AnyAsync(cancellationToken))
            return;
        var bestaand = await catalog.Tenants.Where(t => slugs.Contains(t.Identifier)).Select(t => t.Identifier).ToListAsync(cancellationToken);
        var uitgebreid = slugs.First(bestaand.Contains) == gemeenteSlug;

        var wijken = await db.Gebieden.Where(g => g.Soort == GebiedSoort.Wijk).OrderBy(g => g.Code).Take(4).ToListAsync(cancellationToken);
        if (wijken.Count == 0)
            return;
        var now = clock.GetUtcNow();
        var pilotwijk = wijken[0];
        pilotwijk.SetPilot(true);

        var kader = DemoBeleidskader.Maak(pilotwijk, uitgebreid, now);
        db.Set<Beleidskader>().Add(kader);
        foreach (var organisatie in DemoOrganisaties.Maak(wijken, kader.Inhoud.PubliekeWaarden, uitgebreid, now))
            db.Add(organisatie);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Demo-route van {Gemeente} gevuld ({Omvang})", gemeenteSlug, uitgebreid ? "uitgebreid" : "beknopt");
    }
}
