using Gemeenschapskracht.Infrastructure.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Gemeenschapskracht.Api.Endpoints;

/// <summary>
/// The OAuth token endpoint. OpenIddict has already authenticated the client and validated the request;
/// this decides what the token says. Not part of the REST API's OpenAPI document.
/// </summary>
public static class TokenEndpoint
{
    public static void MapTokenEndpoint(this IEndpointRouteBuilder app) =>
        app.MapPost("/" + OpenIddictSetup.TokenEndpoint, async (HttpContext http, ClientCredentialsPrincipalFactory principals) =>
        {
            var request = http.GetOpenIddictServerRequest()
                ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");
            if (request.IsClientCredentialsGrantType() && request.ClientId is { } clientId
                && await principals.CreateAsync(clientId, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, http.RequestAborted) is { } principal)
            {
                return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            }
            return Results.Forbid(new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.UnsupportedGrantType,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "Deze manier van aanmelden wordt niet ondersteund.",
            }), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }).ExcludeFromDescription();
}
