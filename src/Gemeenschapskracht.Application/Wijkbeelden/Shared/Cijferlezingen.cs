using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Wijkbeelden.Dtos;
using Gemeenschapskracht.Domain.Wijkbeelden;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Wijkbeelden.Shared;

/// <summary>The gemeente's reading of its measures, and the measures it has figures of.</summary>
public static class Cijferlezingen
{
    /// <summary>Every measure the gemeente has figures of (CBS and local), with its title.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> MaatstavenAsync(this IApplicationDbContext db, CancellationToken cancellationToken) =>
        (await db.Kerncijfers.Select(k => new { k.Maatstaf, k.Titel }).Distinct().ToListAsync(cancellationToken))
            .GroupBy(k => k.Maatstaf).ToDictionary(g => g.Key, g => g.First().Titel, StringComparer.Ordinal);

    public static CijferlezingDto ToDto(this Cijferlezing lezing, IReadOnlyDictionary<string, string> maatstaven, bool opgeslagen) =>
        new([.. maatstaven.OrderBy(m => m.Value, StringComparer.CurrentCulture)
                .Select(m => new MaatstaflezingDto(m.Key, m.Value, Cijferlens.Van(m.Key), lezing.Van(m.Key)))],
            opgeslagen ? lezing.GewijzigdOp : null);
}
