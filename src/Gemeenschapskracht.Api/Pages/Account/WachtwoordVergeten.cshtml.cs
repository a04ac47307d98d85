using System.ComponentModel.DataAnnotations;
using System.Text;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Infrastructure.Identity;
using Gemeenschapskracht.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace Gemeenschapskracht.Api.Pages.Account;

/// <summary>Mails a reset link. The answer is the same whether the account exists or not, so it reveals no accounts.</summary>
public sealed class WachtwoordVergetenModel(
    UserManager<ApplicationUser> users, IEmailSender mail, IAppLinks links, TenantCatalogDbContext catalog, TimeProvider clock)
    : AccountPageModel(catalog, clock)
{
    [BindProperty, Required(ErrorMessage = "Vul uw e-mailadres in."), EmailAddress(ErrorMessage = "Vul een geldig e-mailadres in.")]
    public string? Email { get; set; }

    public bool Verstuurd { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
            return Page();
        if (await users.FindByEmailAsync(Email!) is { } user)
        {
            var token = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(user)));
            await mail.SendAsync(user.Email!, "Nieuw wachtwoord voor Gemeenschapskracht",
                $"Beste {user.DisplayName},\n\nKies een nieuw wachtwoord via deze link (een dag geldig):\n{links.WachtwoordHerstellen(user.Email!, token)}\n\nHeeft u dit niet gevraagd? Dan kunt u deze e-mail negeren.",
                HttpContext.RequestAborted);
            await AuditAsync(null, user.Id.ToString(), "wachtwoord-herstel-gevraagd", user.Id.ToString(), "verstuurd");
        }
        Verstuurd = true;
        return Page();
    }
}
