using Gemeenschapskracht.Application.Cbs;
using Gemeenschapskracht.Domain.Gebieden;
using Gemeenschapskracht.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Infrastructure.Provisioning;

/// <summary>
/// Turns a gemeente's CBS rows into its wijkindeling (gemeente → wijk → buurt) with figures. Areas are matched
/// by CBS code, so a repeated import updates in place and keeps what the gemeente edited (name, pilot, parent).
/// </summary>
public sealed class WijkindelingImporter(TimeProvider clock)
{
    public async Task<int> ImportAsync(ApplicationDbContext db, CbsDataSet data, CancellationToken cancellationToken)
    {
        var existing = await db.Gebieden.Include(g => g.Kerncijfers).ToDictionaryAsync(g => g.Code, cancellationToken);
        var now = clock.GetUtcNow();
        var measures = data.Measures.ToDictionary(m => m.Stem);

        Gebied Upsert(CbsRegion region)
        {
            if (!existing.TryGetValue(region.Code, out var gebied))
            {
                var naam = region.Soort == GebiedSoort.Gemeente ? region.Gemeentenaam : region.Naam;
                gebied = new Gebied(region.Code, region.Soort, naam, now);
                db.Gebieden.Add(gebied);
                existing[region.Code] = gebied;
            }
            foreach (var (stem, value) in region.Values)
            {
                if (measures.TryGetValue(stem, out var measure))
                    gebied.SetKerncijfer(stem, measure.Title, measure.Unit, value, data.Bron, data.Year);
            }
            return gebied;
        }

        // Parents first, so that children can be placed under them.
        foreach (var region in data.Regions.OrderBy(r => r.Soort))
        {
            var gebied = Upsert(region);
            if (gebied.OuderId is null && ParentCode(region) is { } parentCode && existing.TryGetValue(parentCode, out var ouder))
                gebied.MoveUnder(ouder);
        }

        await db.SaveChangesAsync(cancellationToken);
        return data.Regions.Count;
    }

    private static string? ParentCode(CbsRegion region) => region.Soort switch
    {
        GebiedSoort.Wijk => region.Gemeentecode,
        GebiedSoort.Buurt when region.Code.Length >= 8 => "WK" + region.Code[2..8],
        _ => null,
    };
}
