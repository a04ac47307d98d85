using Gemeenschapskracht.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Leden.Shared;

/// <summary>
/// Where a person can work: their active memberships in active gemeenten, and the platform membership.
/// Used at sign-in (which gemeente the token is for) and by the web client's gemeente switcher.
/// </summary>
public static class Lidmaatschapskeuzes
{
    public const string Platform = "platform";

    public static async Task<IReadOnlyList<Lidmaatschapskeuze>> LoadAsync(ITenantCatalogDbContext catalog, Guid userId, CancellationToken ct)
    {
        // Across gemeenten: this is how a person chooses one.
        var lidmaatschappen = await catalog.Lidmaatschappen.IgnoreQueryFilters([QueryFilters.Tenant]).AsNoTracking()
            .Where(l => l.UserId == userId && l.RevokedAt == null).ToListAsync(ct);
        var tenantIds = lidmaatschappen.Where(l => l.TenantId != null).Select(l => l.TenantId!.Value).ToList();
        var gemeenten = await catalog.Tenants.AsNoTracking()
            .Where(t => tenantIds.Contains(t.Id) && t.IsActive).ToDictionaryAsync(t => t.Id, ct);
        return lidmaatschappen
            .Select(l => l.TenantId is null
                ? new Lidmaatschapskeuze(null, Platform, "Platformbeheer", l.RolLijst, null)
                : gemeenten.TryGetValue(l.TenantId.Value, out var g) ? new Lidmaatschapskeuze(g.Id, g.Identifier, g.Name, l.RolLijst, l.OrganisatieId) : null)
            .OfType<Lidmaatschapskeuze>()
            .OrderBy(k => k.IsPlatform ? 0 : 1).ThenBy(k => k.Naam)
            .ToList();
    }
}

/// <param name="Slug">The gemeente's slug, or <see cref="Lidmaatschapskeuzes.Platform"/>.</param>
/// <param name="OrganisatieId">The organisation the roles are scoped to, if any.</param>
public sealed record Lidmaatschapskeuze(Guid? TenantId, string Slug, string Naam, IReadOnlyList<string> Rollen, Guid? OrganisatieId)
{
    public bool IsPlatform => TenantId is null;
}
