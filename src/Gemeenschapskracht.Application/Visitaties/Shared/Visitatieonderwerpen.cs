using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Domain.Dienstverleningsafspraken;
using Gemeenschapskracht.Domain.Gebieden;
using Gemeenschapskracht.Domain.Organisaties;
using Gemeenschapskracht.Domain.Visitaties;
using Gemeenschapskracht.Domain.Wijkbeelden;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Visitaties.Shared;

/// <summary>
/// What a cycle of each kind can review (R6.1): a wijk programme is every wijk with a wijkbeeld (its trekker is the
/// reviewed party); professional work is every running dienstverleningsafspraak (the provider is reviewed); an
/// initiative is every active residents' organisation or group with a wijk.
/// </summary>
public static class Visitatieonderwerpen
{
    public static async Task<IReadOnlyList<Visitatieonderwerp>> VanSoortAsync(IApplicationDbContext db, Onderwerpsoort soort, CancellationToken ct)
    {
        var wijken = await db.Set<Gebied>().AsNoTracking().Where(g => g.Soort == GebiedSoort.Wijk).ToDictionaryAsync(g => g.Id, g => g.Naam ?? g.Code, ct);
        switch (soort)
        {
            case Onderwerpsoort.Wijkprogramma:
                var wijkbeelden = await db.Set<Wijkbeeld>().AsNoTracking().Where(w => w.Status != WijkbeeldStatus.Vervangen).ToListAsync(ct);
                return [.. wijkbeelden.GroupBy(w => w.GebiedId).Where(g => wijken.ContainsKey(g.Key))
                    .Select(g => g.MaxBy(w => w.Versie)!)
                    .Select(w => new Visitatieonderwerp(soort, w.GebiedId, $"Wijkprogramma {wijken[w.GebiedId]}", w.GebiedId, w.Team.Count > 0 ? w.Team[0] : null))];
            case Onderwerpsoort.ProfessioneleInzet:
                var afspraken = await db.Set<Dienstverleningsafspraak>().AsNoTracking()
                    .Where(a => a.Status == DienstverleningsafspraakStatus.Actief || a.Status == DienstverleningsafspraakStatus.Geevalueerd).ToListAsync(ct);
                var aanbiederIds = afspraken.Select(a => a.AanbiederId).Distinct().ToList();
                var aanbieders = await db.Set<Organisatie>().AsNoTracking().Where(o => aanbiederIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Naam, ct);
                return [.. afspraken.Where(a => wijken.ContainsKey(a.WijkId) && aanbieders.ContainsKey(a.AanbiederId))
                    .Select(a => new Visitatieonderwerp(soort, a.Id, $"{a.SoortWerk} van {aanbieders[a.AanbiederId]} in {wijken[a.WijkId]}", a.WijkId, a.AanbiederId))];
            default:
                var initiatieven = await db.Set<Organisatie>().AsNoTracking()
                    .Where(o => o.Status == OrganisatieStatus.Actief && (o.Soort == OrganisatieSoort.Bewonersorganisatie || o.Soort == OrganisatieSoort.Bewonersgroep))
                    .ToListAsync(ct);
                return [.. initiatieven.Where(o => o.WijkIds.Any(wijken.ContainsKey))
                    .Select(o => new Visitatieonderwerp(soort, o.Id, o.Naam, o.WijkIds.First(wijken.ContainsKey), o.Id))];
        }
    }
}
