using System.ComponentModel.DataAnnotations;
using System.Text;
using Gemeenschapskracht.Infrastructure.Identity;
using Gemeenschapskracht.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace Gemeenschapskracht.Api.Pages.Account;

public sealed class WachtwoordHerstellenModel(UserManager<ApplicationUser> users, TenantCatalogDbContext catalog, TimeProvider clock)
    : AccountPageModel(catalog, clock)
{
    [BindProperty(SupportsGet = true)]
    public string? Email { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty, Required(ErrorMessage = "Kies een nieuw wachtwoord.")]
    public string? Wachtwoord { get; set; }

    [BindProperty, Compare(nameof(Wachtwoord), ErrorMessage = "De twee wachtwoorden zijn niet gelijk.")]
    public string? Herhaling { get; set; }

    public bool Gelukt { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
            return Page();
        var user = Email is null ? null : await users.FindByEmailAsync(Email);
        var token = DecodeToken(Token);
        var result = user is null || token is null
            ? IdentityResult.Failed(users.ErrorDescriber.InvalidToken())
            : await users.ResetPasswordAsync(user, token, Wachtwoord!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(Wachtwoord) : string.Empty, error.Description);
            return Page();
        }
        await AuditAsync(null, user!.Id.ToString(), "wachtwoord-hersteld", user.Id.ToString(), "geslaagd");
        Gelukt = true;
        return Page();
    }

    private static string? DecodeToken(string? token)
    {
        try
        {
            return token is null ? null : Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(token));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
