using System.Security.Claims;
using System.Text.Json;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Infrastructure.Tenancy;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Gemeenschapskracht.Infrastructure.Identity;

/// <summary>Builds the token principal of a machine client: subject = client id, its tenant and its roles there.</summary>
public sealed class ClientCredentialsPrincipalFactory(IOpenIddictApplicationManager applications)
{
    public async Task<ClaimsPrincipal?> CreateAsync(string clientId, string authenticationType, CancellationToken cancellationToken)
    {
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken);
        if (application is null)
            return null;

        var identity = new ClaimsIdentity(authenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, clientId);
        identity.SetClaim(Claims.Name, await applications.GetDisplayNameAsync(application, cancellationToken) ?? clientId);

        var properties = await applications.GetPropertiesAsync(application, cancellationToken);
        if (properties.TryGetValue(ClientProperties.Tenant, out var tenant) && tenant.ValueKind == JsonValueKind.String)
            identity.SetClaim(TenantClaimGuardMiddleware.TenantClaim, tenant.GetString());
        if (properties.TryGetValue(ClientProperties.Roles, out var roles) && roles.ValueKind == JsonValueKind.Array)
            identity.SetClaims(Claims.Role, [.. roles.EnumerateArray().Select(r => r.GetString()!)]);

        if (properties.TryGetValue(ClientProperties.Organisatie, out var organisatie) && organisatie.ValueKind == JsonValueKind.String)
            identity.SetClaim(ScopeClaims.Organisatie, organisatie.GetString());

        identity.SetDestinations(_ => [Destinations.AccessToken]);
        return new ClaimsPrincipal(identity);
    }
}
