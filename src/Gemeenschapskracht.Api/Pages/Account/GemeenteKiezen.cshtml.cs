using Gemeenschapskracht.Api.Endpoints;
using Gemeenschapskracht.Application.Leden.Shared;
using Gemeenschapskracht.Infrastructure.Identity;
using Gemeenschapskracht.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace Gemeenschapskracht.Api.Pages.Account;

/// <summary>A person with memberships in several gemeenten chooses one; the token then carries only that gemeente's roles.</summary>
[Authorize(AuthenticationSchemes = "Identity.Application")]
public sealed class GemeenteKiezenModel(UserManager<ApplicationUser> users, UserPrincipalFactory principals, TenantCatalogDbContext catalog, TimeProvider clock)
    : AccountPageModel(catalog, clock)
{
    [BindProperty]
    public string? Gemeente { get; set; }

    public IReadOnlyList<Lidmaatschapskeuze> Keuzes { get; private set; } = [];

    public async Task OnGetAsync() => Keuzes = await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        Keuzes = await LoadAsync();
        if (Keuzes.All(k => k.Slug != Gemeente))
        {
            ModelState.AddModelError(nameof(Gemeente), "Kies een van de gemeenten.");
            return Page();
        }
        // Only the authorization endpoint is a sensible place to go back to with a choice.
        if (ReturnUrl is null || !Url.IsLocalUrl(ReturnUrl) || !ReturnUrl.StartsWith("/connect/authorize", StringComparison.Ordinal))
            return await ContinueAsync();
        ReturnUrl = QueryHelpers.AddQueryString(ReturnUrl, AuthorizationEndpoints.TenantParameter, Gemeente!);
        return LocalRedirect(ReturnUrl);
    }

    private async Task<IReadOnlyList<Lidmaatschapskeuze>> LoadAsync()
    {
        var user = await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed-in user not found.");
        return await principals.GetChoicesAsync(user.Id, HttpContext.RequestAborted);
    }
}
