using Gemeenschapskracht.Application.Leden.Shared;
using Gemeenschapskracht.Infrastructure.Identity;
using Gemeenschapskracht.Infrastructure.Tenancy;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Gemeenschapskracht.Api.Endpoints;

/// <summary>
/// The OAuth token endpoint. OpenIddict has already authenticated the client and validated the request (code,
/// PKCE verifier, refresh token); this decides what the token says. Not part of the REST API's OpenAPI document.
/// </summary>
public static class TokenEndpoint
{
    public static void MapTokenEndpoint(this IEndpointRouteBuilder app) =>
        app.MapPost("/" + OpenIddictSetup.TokenEndpoint, ExchangeAsync).ExcludeFromDescription();

    private static async Task<IResult> ExchangeAsync(
        HttpContext http, ClientCredentialsPrincipalFactory clients, UserPrincipalFactory users, UserManager<ApplicationUser> userManager)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("No OpenID Connect request.");
        if (request.IsClientCredentialsGrantType() && request.ClientId is { } clientId
            && await clients.CreateAsync(clientId, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, http.RequestAborted) is { } client)
        {
            return Results.SignIn(client, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            // Re-check the person and the membership: a revoked role or a blocked account ends the session.
            var previous = (await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal;
            var user = previous?.GetClaim(Claims.Subject) is { } subject ? await userManager.FindByIdAsync(subject) : null;
            if (previous is null || user is null || await userManager.IsLockedOutAsync(user))
                return AuthorizationEndpoints.Forbid(Errors.InvalidGrant, "Dit account bestaat niet (meer) of is geblokkeerd.");
            var tenant = previous.GetClaim(TenantClaimGuardMiddleware.TenantClaim) ?? Lidmaatschapskeuzes.Platform;
            var choice = (await users.GetChoicesAsync(user.Id, http.RequestAborted)).FirstOrDefault(c => c.Slug == tenant);
            if (choice is null)
                return AuthorizationEndpoints.Forbid(Errors.InvalidGrant, "U heeft bij deze gemeente geen rol meer.");
            var principal = UserPrincipalFactory.Create(user, choice, previous.GetScopes(), OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        return AuthorizationEndpoints.Forbid(Errors.UnsupportedGrantType, "Deze manier van aanmelden wordt niet ondersteund.");
    }
}
