using Gemeenschapskracht.Domain.Common;

namespace Gemeenschapskracht.Domain.Lidmaatschappen;

/// <summary>
/// A membership: the roles a (global) user holds in one gemeente, optionally scoped to an organisation or an area.
/// The platform-beheerder's membership belongs to no gemeente. A revoked membership grants nothing.
/// </summary>
public sealed class Lidmaatschap : IGlobalEntity, IAudited
{
    private Lidmaatschap() { }

    public Lidmaatschap(Guid userId, Guid? tenantId, IEnumerable<string> rollen, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        UserId = userId;
        TenantId = tenantId;
        CreatedAt = now;
        SetRollen(rollen);
    }

    public Guid Id { get; private set; }
    public Guid UserId { get; private set; }

    /// <summary>The gemeente; null only for the platform-beheerder.</summary>
    public Guid? TenantId { get; private set; }

    /// <summary>Roles, comma-separated in storage; see <see cref="RolCatalogus"/>.</summary>
    public string Rollen { get; private set; } = "";

    /// <summary>Optional scope: the resident or welfare organisation the roles apply to.</summary>
    public Guid? OrganisatieId { get; private set; }

    /// <summary>Optional scope: the area the roles apply to.</summary>
    public Guid? GebiedId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }

    public bool IsActief => RevokedAt is null;

    public IReadOnlyList<string> RolLijst => Rollen.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public void SetRollen(IEnumerable<string> rollen)
    {
        var lijst = rollen.Select(r => r.Trim()).Distinct().Order(StringComparer.Ordinal).ToList();
        if (lijst.Count == 0)
            throw new DomainException("Een lidmaatschap heeft ten minste één rol.");
        foreach (var rol in lijst)
        {
            if (!RolCatalogus.Bestaat(rol))
                throw new DomainException($"Rol '{rol}' bestaat niet.");
            if ((rol == RolCatalogus.PlatformBeheerder) != (TenantId is null))
                throw new DomainException(rol == RolCatalogus.PlatformBeheerder
                    ? "De rol platform-beheerder hoort bij geen enkele gemeente."
                    : $"De rol {rol} hoort bij een gemeente.");
        }
        Rollen = string.Join(',', lijst);
    }

    /// <summary>
    /// Scopes the roles to one organisation of the gemeente (or lifts the scope with null). Only a role held for an
    /// organisation (bewonersorganisatie, professional, backoffice for a host) can be scoped: a beleidsmedewerker works for the gemeente.
    /// </summary>
    public void ScopeToOrganisatie(Guid? organisatieId)
    {
        if (organisatieId is not null && TenantId is null)
            throw new DomainException("Een platformlidmaatschap hoort bij geen enkele organisatie.");
        if (organisatieId is not null && !RolLijst.Any(RolCatalogus.OrganisatieGebonden.Contains))
            throw new DomainException("Alleen wie de rol bewonersorganisatie of professional heeft, of backoffice bij een hostorganisatie, werkt voor een organisatie.");
        OrganisatieId = organisatieId;
    }

    /// <summary>Replaces the roles and the organisation they are held for together, so the two always agree.</summary>
    public void Wijzig(IEnumerable<string> rollen, Guid? organisatieId)
    {
        SetRollen(rollen);
        ScopeToOrganisatie(organisatieId);
    }

    public void Revoke(DateTimeOffset now)
    {
        if (RevokedAt is not null)
            throw new DomainException("Dit lidmaatschap is al ingetrokken.");
        RevokedAt = now;
    }
}
