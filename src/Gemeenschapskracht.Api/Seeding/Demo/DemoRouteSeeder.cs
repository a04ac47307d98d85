using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Wijkbeelden.Shared;
using Gemeenschapskracht.Domain.Administraties;
using Gemeenschapskracht.Domain.Beleidskaders;
using Gemeenschapskracht.Domain.Bijlagen;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Declaraties;
using Gemeenschapskracht.Domain.Dienstverleningsafspraken;
using Gemeenschapskracht.Domain.Gebieden;
using Gemeenschapskracht.Domain.Lidmaatschappen;
using Gemeenschapskracht.Domain.Organisaties;
using Gemeenschapskracht.Domain.Subsidies;
using Gemeenschapskracht.Domain.Wijkbeelden;
using Gemeenschapskracht.Domain.Wijkbudgetten;
using Gemeenschapskracht.Domain.Wijktoekomstagendas;
using Gemeenschapskracht.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gemeenschapskracht.Api.Seeding.Demo;

/// <summary>
/// Development only: once a demo gemeente is provisioned, fill the route so a new user sees it working. The first
/// demo gemeente gets the full story (an adopted beleidskader, organisations, a pilotwijk, its agenda and wijkbudget), the second less, so the
/// two differ. Runs once: a gemeente that already has a beleidskader is left alone.
/// </summary>
public sealed class DemoRouteSeeder(
    ApplicationDbContext db, TenantCatalogDbContext catalog, IBestandsopslag opslag, IOptions<SeedOptions> seed, TimeProvider clock,
    ILogger<DemoRouteSeeder> logger)
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
        var organisaties = DemoOrganisaties.Maak(wijken, kader.Inhoud.PubliekeWaarden, uitgebreid, now).ToList();
        db.AddRange(organisaties);
        var wijkbeeld = DemoWijkbeeld.Maak(pilotwijk, organisaties, await db.CbsJaarAsync(pilotwijk.Id, cancellationToken), uitgebreid, now);
        db.Add(wijkbeeld);
        db.AddRange(DemoBuurtTops.Maak(pilotwijk, wijkbeeld, uitgebreid, now));
        var agendaDelen = DemoAgenda.Maak(pilotwijk, organisaties, kader, now).ToList();
        db.AddRange(agendaDelen);
        var budgetDelen = DemoWijkbudget.Maak(kader, wijken, agendaDelen.OfType<Wijktoekomstagenda>().First(),
            organisaties.FirstOrDefault(o => o.Soort == OrganisatieSoort.Bewonersorganisatie),
            organisaties.FirstOrDefault(o => o.Soort == OrganisatieSoort.Welzijnsorganisatie), uitgebreid, now).ToList();
        db.AddRange(budgetDelen);
        var dienstverlening = DemoDienstverlening.Maak(budgetDelen.OfType<Wijkbudget>().First(b => b.WijkId == pilotwijk.Id), organisaties, now).ToList();
        db.AddRange(dienstverlening);
        db.AddRange(DemoUitdaagrecht.Maak(pilotwijk, organisaties.FirstOrDefault(o => o.Soort == OrganisatieSoort.Bewonersorganisatie), uitgebreid, now));
        var leden = await LedenAsync(now, cancellationToken);
        db.AddRange(DemoVisitaties.Maak(pilotwijk, wijken, wijkbeeld, dienstverlening.OfType<Dienstverleningsafspraak>().FirstOrDefault(),
            [.. organisaties, .. dienstverlening.OfType<Organisatie>()],
            new DemoPanel(leden(RolCatalogus.VisitatiepanelLid, "Samira Haddou"), leden(RolCatalogus.Raadslid, "Pieter de Graaf")), now));
        db.AddRange(DemoErvaringsconferenties.Maak(wijken, now));
        var beheerder = leden(RolCatalogus.GemeenteBeheerder, "Demo gemeente");
        var (etalage, etalagefotos) = DemoEtalage.Maak(pilotwijk, organisaties, beheerder.Id, now);
        db.AddRange(etalage);
        var (host, administraties) = DemoAdministraties.Maak(organisaties, budgetDelen.OfType<Beschikking>(), uitgebreid, now);
        db.AddRange(administraties);
        IReadOnlyDictionary<string, byte[]> bonnetjes = new Dictionary<string, byte[]>();
        if (host is not null)
        {
            var mensen = new DemoDeclaranten(leden(RolCatalogus.Bewonersorganisatie, "Fatima el Amrani"), leden(RolCatalogus.Backoffice, "Demo backoffice"),
                leden(DemoUserSeeder.TweedeBackoffice, "Demo backoffice-tweede"));
            IReadOnlyList<Organisatie> alle = [.. organisaties, .. administraties.OfType<Organisatie>()];
            var groepen = administraties.OfType<Administratie>().ToList();
            (var declaraties, bonnetjes) = DemoDeclaraties.Maak(host, alle, groepen, administraties.OfType<Journaalpost>().ToList(), mensen, now);
            db.AddRange(declaraties);
            var (opdrachten, facturen) = DemoOpdrachten.Maak(host, alle, groepen, declaraties.OfType<Declaratie>().ToList(), mensen, now);
            db.AddRange(opdrachten);
            bonnetjes = bonnetjes.Concat(facturen).ToDictionary();
        }
        if (uitgebreid)
        {
            db.AddRange(DemoWijkbeeld.Plekken(pilotwijk, gemeenteSlug, now));
            db.Add(new Sterkhouder(pilotwijk.Id, "Joop de Vries", SterkhouderRol.Informant, "de buurtkamer en de ouderen", "via de buurtkamer",
                Kalender.Dag(now).AddMonths(-3), "Mondeling, tijdens de eerste gespreksronde", now));
        }
        await db.SaveChangesAsync(cancellationToken);
        // The receipts' and illustrations' files once their rows are saved, so a failed save leaves no files behind.
        foreach (var (sleutel, inhoud) in bonnetjes)
            await opslag.SchrijfAsync(sleutel, inhoud, Bestandstype.Pdf, cancellationToken);
        foreach (var (sleutel, inhoud) in etalagefotos)
            await opslag.SchrijfAsync(sleutel, inhoud, Bestandstype.Png, cancellationToken);
        await ScopeDemoUsersAsync(organisaties, host, cancellationToken);
        logger.LogInformation("Demo-route van {Gemeente} gevuld ({Omvang})", gemeenteSlug, uitgebreid ? "uitgebreid" : "beknopt");
    }

    /// <summary>
    /// The demo users who are members of this gemeente act on its declaraties and sit on its visitatiepanel; where one
    /// is not, someone without an account does.
    /// </summary>
    private async Task<Func<string, string, DemoPersoon>> LedenAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var leden = await catalog.Lidmaatschappen.Join(catalog.Users, l => l.UserId, u => u.Id, (l, u) => new { u.Id, u.Email, u.DisplayName })
            .ToListAsync(cancellationToken);
        return (naam, anders) =>
            leden.FirstOrDefault(l => l.Email == $"{naam}@{DemoUserSeeder.Domain}") is { } lid ? new(lid.Id, lid.DisplayName) : new(Guid.CreateVersion7(now), anders);
    }

    /// <summary>
    /// The demo resident acts for the bewonersorganisatie that leads the wijkbeeld, the demo professional for the welfare
    /// organisation, the demo back office for the host that keeps the groups' books.
    /// </summary>
    private async Task ScopeDemoUsersAsync(IReadOnlyList<Organisatie> organisaties, Hostorganisatie? host, CancellationToken cancellationToken)
    {
        var scopes = new Dictionary<string, Guid?>
        {
            [RolCatalogus.Backoffice] = host?.OrganisatieId,
            [RolCatalogus.Bewonersorganisatie] = organisaties.FirstOrDefault(o => o.Soort == OrganisatieSoort.Bewonersorganisatie)?.Id,
            [RolCatalogus.Professional] = organisaties.FirstOrDefault(o => o.Soort == OrganisatieSoort.Welzijnsorganisatie)?.Id,
        };
        foreach (var lidmaatschap in await catalog.Lidmaatschappen.ToListAsync(cancellationToken))
        {
            var rol = lidmaatschap.RolLijst.FirstOrDefault(scopes.ContainsKey);
            if (rol is not null && scopes[rol] is { } organisatie && lidmaatschap.OrganisatieId is null)
                lidmaatschap.ScopeToOrganisatie(organisatie);
        }
        await catalog.SaveChangesAsync(cancellationToken);
    }
}
