using System.ComponentModel.DataAnnotations;
using Gemeenschapskracht.Application.Leden.Commands.AcceptUitnodiging;
using Gemeenschapskracht.Application.Leden.Queries.GetUitnodiging;
using Gemeenschapskracht.Infrastructure.Persistence;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Gemeenschapskracht.Api.Pages.Account;

/// <summary>
/// Accepting an invitation (<see cref="AcceptUitnodigingCommand"/>, through the request pipeline): a new person
/// chooses a name and password; someone with an account confirms with their password.
/// </summary>
public sealed class UitnodigingModel(IMediator mediator, TenantCatalogDbContext catalog, TimeProvider clock)
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
        if (!await LoadAsync() || !ModelState.IsValid)
            return Page();
        try
        {
            var result = await mediator.Send(new AcceptUitnodigingCommand(Token ?? "", Naam, Wachtwoord!), HttpContext.RequestAborted);
            foreach (var (field, reasons) in result.Fouten)
                foreach (var reason in reasons)
                    ModelState.AddModelError(FieldOf(field), reason);
            Gelukt = result.Gelukt;
        }
        catch (FluentValidation.ValidationException invalid)
        {
            foreach (var error in invalid.Errors)
                ModelState.AddModelError(FieldOf(error.PropertyName), error.ErrorMessage);
        }
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        var status = await mediator.Send(new GetUitnodigingQuery(Token ?? ""), HttpContext.RequestAborted);
        Blokkade = status.Blokkade;
        BestaandAccount = status.BestaandAccount;
        RollenTekst = string.Join(", ", status.Rollen);
        return Blokkade is null;
    }

    private static string FieldOf(string name) => name.ToLowerInvariant() switch
    {
        "naam" => nameof(Naam),
        "wachtwoord" => nameof(Wachtwoord),
        _ => "",
    };
}
