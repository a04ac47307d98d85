using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Infrastructure.Tenancy;
using OpenIddict.Abstractions;

namespace Gemeenschapskracht.Api.Web;

/// <summary>
/// The caller of the current request. Roles from a token issued for a gemeente count only inside that gemeente
/// (the tenant guard has already refused it anywhere else); outside any gemeente they count for nothing.
/// </summary>
public sealed class CurrentUser(IHttpContextAccessor http, ITenantContextAccessor tenants) : ICurrentUser
{
    public bool IsSystem => http.HttpContext is null;

    public bool IsAuthenticated => IsSystem || http.HttpContext!.User.Identity?.IsAuthenticated == true;

    public string Name => http.HttpContext is { } context
        ? (context.User.Identity?.IsAuthenticated == true ? context.User.GetClaim(OpenIddictConstants.Claims.Subject) ?? "onbekend" : "anoniem")
        : "systeem";

    public string Weergavenaam => IsSystem ? "systeem"
        : IsAuthenticated ? http.HttpContext!.User.GetClaim(OpenIddictConstants.Claims.Name) ?? Name : "anoniem";

    public Guid? UserId =>
        !IsSystem && IsAuthenticated && Guid.TryParse(http.HttpContext!.User.GetClaim(OpenIddictConstants.Claims.Subject), out var id) ? id : null;

    public string? Origin => http.HttpContext?.Connection.RemoteIpAddress?.ToString();

    public Guid? OrganisatieId =>
        !IsSystem && IsInTokenTenant(http.HttpContext!.User) && Guid.TryParse(http.HttpContext.User.GetClaim(ScopeClaims.Organisatie), out var id) ? id : null;

    public bool IsInRole(string role)
    {
        if (role == Roles.Systeem || IsSystem)
            return role == Roles.Systeem && IsSystem;
        var user = http.HttpContext?.User;
        return user is not null && user.IsInRole(role) && IsInTokenTenant(user);
    }

    private bool IsInTokenTenant(System.Security.Claims.ClaimsPrincipal user)
    {
        var tokenTenant = user.FindFirst(TenantClaimGuardMiddleware.TenantClaim)?.Value;
        return tokenTenant is null || tokenTenant == tenants.Current?.Identifier;
    }
}
