using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Infrastructure.Identity;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Gemeenschapskracht.Api.Endpoints;

/// <summary>
/// The OpenID Connect authorization and end-session endpoints. OpenIddict has validated the request (client,
/// redirect URI, PKCE); here the signed-in person picks a gemeente and gets a code for the roles held there.
/// </summary>
public static class AuthorizationEndpoints
{
    /// <summary>Request parameter naming the gemeente (slug) or "platform" to sign in to.</summary>
    public const string TenantParameter = "tenant";

    public static void MapAuthorizationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/" + OpenIddictSetup.AuthorizationEndpoint, ["GET", "POST"], AuthorizeAsync).ExcludeFromDescription();
        app.MapMethods("/" + OpenIddictSetup.EndSessionEndpoint, ["GET", "POST"], EndSessionAsync).ExcludeFromDescription();
    }

    private static async Task<IResult> AuthorizeAsync(
        HttpContext http, UserManager<ApplicationUser> users, UserPrincipalFactory principals, IAuditLog audit)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("No OpenID Connect request.");
        var cookie = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var returnUrl = http.Request.PathBase + http.Request.Path + QueryString.Create(
            http.Request.HasFormContentType ? http.Request.Form.ToList() : http.Request.Query.ToList());

        if (!cookie.Succeeded || request.HasPromptValue(PromptValues.Login))
            return Results.Redirect($"{UserAccountsSetup.LoginPath}?returnUrl={Uri.EscapeDataString(returnUrl)}");

        var user = await users.GetUserAsync(cookie.Principal!);
        if (user is null || await users.IsLockedOutAsync(user))
            return Forbid(Errors.LoginRequired, "Dit account bestaat niet (meer) of is geblokkeerd.");

        var choices = await principals.GetChoicesAsync(user.Id, http.RequestAborted);
        var wanted = request.GetParameter(TenantParameter)?.ToString();
        var choice = wanted is null
            ? choices.Count == 1 ? choices[0] : null
            : choices.FirstOrDefault(c => c.Slug == wanted);
        if (choices.Count == 0)
            return Forbid(Errors.AccessDenied, "U heeft bij geen enkele gemeente een rol.");
        if (choice is null && wanted is not null)
            return Forbid(Errors.AccessDenied, $"U heeft geen rol bij gemeente '{wanted}'.");
        if (choice is null)
            return Results.Redirect($"/account/gemeente-kiezen?returnUrl={Uri.EscapeDataString(returnUrl)}");
        if (UserPrincipalFactory.RequiresTwoFactor(choice) && !user.TwoFactorEnabled)
            return Results.Redirect($"/account/tweestaps-instellen?verplicht=true&returnUrl={Uri.EscapeDataString(returnUrl)}");

        await audit.RecordAsync(new AuditEntry(choice.TenantId, "aangemeld", "Gebruiker", user.Id.ToString(), "geslaagd")
        {
            Actor = user.Id.ToString(),
            Details = new { gemeente = choice.Slug, client = request.ClientId },
        }, http.RequestAborted);

        var principal = UserPrincipalFactory.Create(user, choice, request.GetScopes(), OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<IResult> EndSessionAsync(HttpContext http, SignInManager<ApplicationUser> signIn)
    {
        await signIn.SignOutAsync();
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    internal static IResult Forbid(string error, string description) =>
        Results.Forbid(new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
