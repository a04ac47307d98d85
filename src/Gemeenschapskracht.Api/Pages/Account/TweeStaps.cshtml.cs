using System.ComponentModel.DataAnnotations;
using Gemeenschapskracht.Infrastructure.Identity;
using Gemeenschapskracht.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Gemeenschapskracht.Api.Pages.Account;

/// <summary>The second step: a TOTP code from an authenticator app, or a one-time recovery code.</summary>
public sealed class TweeStapsModel(SignInManager<ApplicationUser> signIn, TenantCatalogDbContext catalog, TimeProvider clock)
    : AccountPageModel(catalog, clock)
{
    [BindProperty, Required(ErrorMessage = "Vul de code in.")]
    public string? Code { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("Aanmelden", new { ReturnUrl }) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
            return RedirectToPage("Aanmelden", new { ReturnUrl });
        if (!ModelState.IsValid)
            return Page();

        var code = Code!.Replace(" ", "", StringComparison.Ordinal);
        var result = code.Length == 6 && code.All(char.IsAsciiDigit)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(code);
        if (result.Succeeded)
            return await ContinueAsync();
        if (result.IsLockedOut)
        {
            await AuditAsync(null, user.Id.ToString(), "geblokkeerd", user.Id.ToString(), "geweigerd");
            ModelState.AddModelError(nameof(Code), "Uw account is tijdelijk geblokkeerd na te veel mislukte pogingen.");
            return Page();
        }
        await AuditAsync(null, user.Id.ToString(), "tweestaps-mislukt", user.Id.ToString(), "verkeerde code");
        ModelState.AddModelError(nameof(Code), "Deze code klopt niet. Controleer de tijd op uw telefoon en probeer het opnieuw.");
        return Page();
    }
}
