using System.ComponentModel.DataAnnotations;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Leden.Shared;
using Gemeenschapskracht.Domain.Lidmaatschappen;
using Gemeenschapskracht.Infrastructure.Identity;
using Gemeenschapskracht.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Api.Pages.Account;

/// <summary>
/// Accepting an invitation: a new person chooses a name and password; someone with an account confirms with
/// their password. Either way the invitation's roles become a membership, once, before it expires.
/// </summary>
public sealed class UitnodigingModel(UserManager<ApplicationUser> users, TenantCatalogDbContext catalog, TimeProvider clock)
    : AccountPageModel(catalog, clock)
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public string? Naam { get; set; }

    [BindProperty, Required(ErrorMessage = "Vul een wachtwoord in.")]
    public string? Wachtwoord { get; set; }

    public string? Blokkade { get; private set; }

    public bool BestaandAccount { get; private set; }

    public bool Gelukt { get; private set; }

    public string RollenTekst { get; private set; } = "";

    public async Task OnGetAsync()
    {
        ModelState.Clear();
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var uitnodiging = await LoadAsync();
        if (uitnodiging is null)
            return Page();
        if (!BestaandAccount && Domain.Common.Tekst.IsBlank(Naam))
            ModelState.AddModelError(nameof(Naam), "Vul uw naam in.");
        else if (!BestaandAccount && !Domain.Common.Tekst.IsSafe(Naam!))
            ModelState.AddModelError(nameof(Naam), "Uw naam bevat tekens die niet zijn toegestaan: stuurtekens, regeleinden of tekens die de leesrichting omdraaien.");
        if (!ModelState.IsValid)
            return Page();

        var user = await users.FindByEmailAsync(uitnodiging.Email);
        if (user is not null)
        {
            if (!await users.CheckPasswordAsync(user, Wachtwoord!))
            {
                await AuditAsync(uitnodiging.TenantId, user.Id.ToString(), "uitnodiging-mislukt", uitnodiging.Id.ToString(), "verkeerd wachtwoord");
                ModelState.AddModelError(nameof(Wachtwoord), "Het wachtwoord klopt niet.");
                return Page();
            }
        }
        else
        {
            user = new ApplicationUser
            {
                Id = Guid.CreateVersion7(Clock.GetUtcNow()), UserName = uitnodiging.Email, Email = uitnodiging.Email,
                EmailConfirmed = true, DisplayName = Naam!.Trim(), CreatedAt = Clock.GetUtcNow(),
            };
            var created = await users.CreateAsync(user, Wachtwoord!);
            if (!created.Succeeded)
            {
                foreach (var error in created.Errors)
                    ModelState.AddModelError(nameof(Wachtwoord), error.Description);
                return Page();
            }
        }

        var bestaand = await Catalog.Lidmaatschappen.IgnoreQueryFilters([QueryFilters.Tenant]).FirstOrDefaultAsync(l => l.UserId == user.Id && l.TenantId == uitnodiging.TenantId && l.RevokedAt == null);
        if (bestaand is null)
            Catalog.Lidmaatschappen.Add(new Lidmaatschap(user.Id, uitnodiging.TenantId, uitnodiging.RolLijst, Clock.GetUtcNow()));
        else
            bestaand.SetRollen(bestaand.RolLijst.Union(uitnodiging.RolLijst));
        uitnodiging.Accept(Clock.GetUtcNow());
        await Catalog.SaveChangesAsync(HttpContext.RequestAborted);
        Gelukt = true;
        return Page();
    }

    private async Task<Uitnodiging?> LoadAsync()
    {
        var hash = InvitationTokens.Hash(Token ?? "");
        var uitnodiging = await Catalog.Uitnodigingen.IgnoreQueryFilters([QueryFilters.Tenant]).FirstOrDefaultAsync(u => u.TokenHash == hash, HttpContext.RequestAborted);
        Blokkade = uitnodiging is null ? "Deze uitnodiging bestaat niet. Controleer de link in de e-mail." : uitnodiging.Blokkade(Clock.GetUtcNow());
        if (Blokkade is not null)
            return null;
        BestaandAccount = await users.FindByEmailAsync(uitnodiging!.Email) is not null;
        RollenTekst = string.Join(", ", uitnodiging.RolLijst);
        return uitnodiging;
    }
}
