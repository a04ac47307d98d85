using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Domain.Persoonsgegevens;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Persoonsgegevens.Shared;

public static class BewaarbeleidQueries
{
    /// <summary>The gemeente's terms, or the platform's defaults (not stored) while it has set none.</summary>
    public static async Task<(Bewaarbeleid Beleid, bool Eigen)> BewaarbeleidAsync(this IApplicationDbContext db, TimeProvider clock, bool volgen,
        CancellationToken ct)
    {
        var set = volgen ? db.Set<Bewaarbeleid>() : db.Set<Bewaarbeleid>().AsNoTracking();
        return await set.FirstOrDefaultAsync(ct) is { } beleid ? (beleid, true) : (Bewaarbeleid.Standaard(clock.GetUtcNow()), false);
    }
}
