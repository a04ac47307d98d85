using Gemeenschapskracht.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Common.Notifications;

/// <summary>Who in the current gemeente gets an e-mail when a person must act: by organisation (a team) or by role.</summary>
public sealed class Ontvangers(ITenantCatalogDbContext catalog, IUserDirectory users)
{
    /// <summary>The people whose active membership is scoped to one of <paramref name="organisaties"/>.</summary>
    public async Task<IReadOnlyList<string>> VanOrganisatiesAsync(IReadOnlyCollection<Guid> organisaties, CancellationToken cancellationToken)
    {
        var ids = await catalog.Lidmaatschappen
            .Where(l => l.RevokedAt == null && l.OrganisatieId != null && organisaties.Contains(l.OrganisatieId.Value))
            .Select(l => l.UserId).Distinct().ToListAsync(cancellationToken);
        return await AdressenAsync(ids, cancellationToken);
    }

    /// <summary>
    /// The people of <paramref name="organisaties"/> who hold <paramref name="rol"/> there: a host's back office, not the
    /// professionals of the same welzijnsorganisatie.
    /// </summary>
    public async Task<IReadOnlyList<string>> VanOrganisatiesMetRolAsync(IReadOnlyCollection<Guid> organisaties, string rol, CancellationToken cancellationToken)
    {
        var lidmaatschappen = await catalog.Lidmaatschappen
            .Where(l => l.RevokedAt == null && l.OrganisatieId != null && organisaties.Contains(l.OrganisatieId.Value))
            .Select(l => new { l.UserId, l.Rollen }).ToListAsync(cancellationToken);
        return await AdressenAsync(lidmaatschappen.Where(l => l.Rollen.Split(',').Contains(rol)).Select(l => l.UserId).Distinct().ToList(), cancellationToken);
    }

    /// <summary>The people holding one of <paramref name="rollen"/> in the current gemeente.</summary>
    public async Task<IReadOnlyList<string>> MetRollenAsync(IReadOnlyCollection<string> rollen, CancellationToken cancellationToken)
    {
        var lidmaatschappen = await catalog.Lidmaatschappen.Where(l => l.RevokedAt == null).Select(l => new { l.UserId, l.Rollen }).ToListAsync(cancellationToken);
        var ids = lidmaatschappen.Where(l => l.Rollen.Split(',').Any(rollen.Contains)).Select(l => l.UserId).Distinct().ToList();
        return await AdressenAsync(ids, cancellationToken);
    }

    /// <summary>The addresses of these people (those not blocked).</summary>
    public Task<IReadOnlyList<string>> VanGebruikersAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) => AdressenAsync(ids, cancellationToken);

    private async Task<IReadOnlyList<string>> AdressenAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        ids.Count == 0 ? [] : (await users.GetAsync(ids, cancellationToken)).Values.Where(u => !u.Geblokkeerd).Select(u => u.Email).Order().ToList();
}
