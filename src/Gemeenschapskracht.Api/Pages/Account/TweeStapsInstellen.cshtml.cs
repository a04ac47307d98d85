using System.ComponentModel.DataAnnotations;
using Gemeenschapskracht.Infrastructure.Identity;
using Gemeenschapskracht.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Gemeenschapskracht.Api.Pages.Account;

/// <summary>Sets up TOTP two-factor sign-in for the signed-in person and hands out ten recovery codes.</summary>
[Authorize(AuthenticationSchemes = "Identity.Application")]
public sealed class TweeStapsInstellenModel(UserManager<ApplicationUser> users, TenantCatalogDbContext catalog, TimeProvider clock)
    : AccountPageModel(catalog, clock)
{
    [BindProperty(SupportsGet = true)]
    public bool Verplicht { get; set; }

    [BindProperty, Required(ErrorMessage = "Vul de code uit de app in.")]
    public string? Code { get; set; }

    public string Sleutel { get; private set; } = "";

    public string OtpAuthUri { get; private set; } = "";

    public IReadOnlyList<string>? Herstelcodes { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadKeyAsync(await CurrentUserAsync());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await CurrentUserAsync();
        if (ModelState.IsValid)
        {
            var code = Code!.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
            if (await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
            {
                await users.SetTwoFactorEnabledAsync(user, true);
                Herstelcodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToList() ?? [];
                await AuditAsync(null, user.Id.ToString(), "tweestaps-aangezet", user.Id.ToString(), "geslaagd");
                return Page();
            }
            ModelState.AddModelError(nameof(Code), "Deze code klopt niet. Controleer de tijd op uw telefoon en probeer het opnieuw.");
        }
        await LoadKeyAsync(user);
        return Page();
    }

    private async Task<ApplicationUser> CurrentUserAsync() =>
        await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed-in user not found.");

    private async Task LoadKeyAsync(ApplicationUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? "";
        }
        Sleutel = string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(c => new string(c)));
        OtpAuthUri = $"otpauth://totp/{Uri.EscapeDataString("Gemeenschapskracht:" + user.Email)}?secret={key}&issuer=Gemeenschapskracht&digits=6";
    }
}
