using Gemeenschapskracht.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gemeenschapskracht.Api.Pages.Account;

public sealed class AfmeldenModel(SignInManager<ApplicationUser> signIn) : PageModel
{
    public bool Afgemeld { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        Afgemeld = true;
        return Page();
    }
}
