using System.ComponentModel.DataAnnotations;
using Gemeenschapskracht.Infrastructure.Identity;
using Gemeenschapskracht.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Gemeenschapskracht.Api.Pages.Account;

/// <summary>Sign in with e-mail and password; lockout after five failures; two-factor where the account has it.</summary>
public sealed class AanmeldenModel(SignInManager<ApplicationUser> signIn, TenantCatalogDbContext catalog, TimeProvider clock)
    : AccountPageModel(catalog, clock)
{
    private const string Mislukt = "Het e-mailadres of het wachtwoord klopt niet.";

    [BindProperty, Required(ErrorMessage = "Vul uw e-mailadres in."), EmailAddress(ErrorMessage = "Vul een geldig e-mailadres in.")]
    public string? Email { get; set; }

    [BindProperty, Required(ErrorMessage = "Vul uw wachtwoord in.")]
    public string? Wachtwoord { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
            return Page();

        var user = await signIn.UserManager.FindByEmailAsync(Email!);
        if (user is null)
        {
            await AuditAsync(null, Email!, "aanmelden-mislukt", Email!, "onbekend account");
            ModelState.AddModelError(nameof(Wachtwoord), Mislukt);
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(user, Wachtwoord!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
            return await ContinueAsync();
        if (result.RequiresTwoFactor)
            return RedirectToPage("TweeStaps", new { ReturnUrl });
        if (result.IsLockedOut)
        {
            await AuditAsync(null, user.Id.ToString(), "geblokkeerd", user.Id.ToString(), "geweigerd");
            ModelState.AddModelError(nameof(Wachtwoord), "Uw account is tijdelijk geblokkeerd na te veel mislukte pogingen. Probeer het over een kwartier opnieuw.");
            return Page();
        }
        await AuditAsync(null, user.Id.ToString(), "aanmelden-mislukt", user.Id.ToString(), "verkeerd wachtwoord");
        ModelState.AddModelError(nameof(Wachtwoord), Mislukt);
        return Page();
    }
}
