using System.Security.Claims;
using Gemeenschapskracht.Domain.Lidmaatschappen;
using Gemeenschapskracht.Infrastructure.Persistence;
using Gemeenschapskracht.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Gemeenschapskracht.Infrastructure.Identity;

/// <summary>
/// What a signed-in user may choose (their active memberships in active gemeenten) and the token principal for
/// one choice: subject, name, e-mail, the <c>tenant</c> claim and the roles held in that gemeente only.
/// </summary>
public sealed class UserPrincipalFactory(TenantCatalogDbContext catalog)
{
    public async Task<IReadOnlyList<MembershipChoice>> GetChoicesAsync(Guid userId, CancellationToken cancellationToken)
    {
        var memberships = await catalog.Lidmaatschappen.AsNoTracking()
            .Where(l => l.UserId == userId && l.RevokedAt == null).ToListAsync(cancellationToken);
        var tenantIds = memberships.Where(l => l.TenantId != null).Select(l => l.TenantId!.Value).ToList();
        var tenants = await catalog.Tenants.AsNoTracking()
            .Where(t => tenantIds.Contains(t.Id) && t.IsActive).ToDictionaryAsync(t => t.Id, cancellationToken);

        var choices = new List<MembershipChoice>();
        foreach (var membership in memberships)
        {
            if (membership.TenantId is null)
                choices.Add(new MembershipChoice(null, MembershipChoice.Platform, "Platformbeheer", membership.RolLijst));
            else if (tenants.TryGetValue(membership.TenantId.Value, out var tenant))
                choices.Add(new MembershipChoice(tenant.Id, tenant.Identifier, tenant.Name, membership.RolLijst));
        }
        return choices.OrderBy(c => c.IsPlatform ? 0 : 1).ThenBy(c => c.Naam).ToList();
    }

    public static bool RequiresTwoFactor(MembershipChoice choice) => choice.Rollen.Any(RolCatalogus.VereistTweeStaps.Contains);

    public static ClaimsPrincipal Create(ApplicationUser user, MembershipChoice choice, IEnumerable<string> scopes, string authenticationType)
    {
        var identity = new ClaimsIdentity(authenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, user.Id.ToString());
        identity.SetClaim(Claims.Name, user.DisplayName);
        identity.SetClaim(Claims.Email, user.Email);
        if (!choice.IsPlatform)
            identity.SetClaim(TenantClaimGuardMiddleware.TenantClaim, choice.Identifier);
        identity.SetClaims(Claims.Role, [.. choice.Rollen]);
        identity.SetScopes(scopes);
        identity.SetDestinations(claim => claim.Type switch
        {
            Claims.Subject => [Destinations.AccessToken, Destinations.IdentityToken],
            Claims.Name or Claims.Email or Claims.Role or TenantClaimGuardMiddleware.TenantClaim
                => [Destinations.AccessToken, Destinations.IdentityToken],
            _ => [Destinations.AccessToken],
        });
        return new ClaimsPrincipal(identity);
    }
}
