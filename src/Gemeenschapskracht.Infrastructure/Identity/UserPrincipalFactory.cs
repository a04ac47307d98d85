using System.Security.Claims;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Leden.Shared;
using Gemeenschapskracht.Domain.Lidmaatschappen;
using Gemeenschapskracht.Infrastructure.Persistence;
using Gemeenschapskracht.Infrastructure.Tenancy;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Gemeenschapskracht.Infrastructure.Identity;

/// <summary>
/// What a signed-in user may choose (their active memberships in active gemeenten) and the token principal for
/// one choice: subject, name, e-mail, the <c>tenant</c> claim and the roles held in that gemeente only.
/// </summary>
public sealed class UserPrincipalFactory(TenantCatalogDbContext catalog)
{
    public Task<IReadOnlyList<Lidmaatschapskeuze>> GetChoicesAsync(Guid userId, CancellationToken cancellationToken) =>
        Lidmaatschapskeuzes.LoadAsync(catalog, userId, cancellationToken);

    public static bool RequiresTwoFactor(Lidmaatschapskeuze choice) => choice.Rollen.Any(RolCatalogus.VereistTweeStaps.Contains);

    public static ClaimsPrincipal Create(ApplicationUser user, Lidmaatschapskeuze choice, IEnumerable<string> scopes, string authenticationType)
    {
        var identity = new ClaimsIdentity(authenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, user.Id.ToString());
        identity.SetClaim(Claims.Name, user.DisplayName);
        identity.SetClaim(Claims.Email, user.Email);
        if (!choice.IsPlatform)
            identity.SetClaim(TenantClaimGuardMiddleware.TenantClaim, choice.Slug);
        identity.SetClaims(Claims.Role, [.. choice.Rollen]);
        if (choice.OrganisatieId is { } organisatie)
            identity.SetClaim(ScopeClaims.Organisatie, organisatie.ToString());
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
