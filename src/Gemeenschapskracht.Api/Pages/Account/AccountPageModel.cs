using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gemeenschapskracht.Api.Pages.Account;

/// <summary>What every sign-in page shares: a safe return URL, field errors and the audit trail.</summary>
public abstract class AccountPageModel(TenantCatalogDbContext catalog, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    protected TenantCatalogDbContext Catalog => catalog;

    protected TimeProvider Clock => clock;

    public string? ErrorFor(string field) =>
        ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>Only local return URLs are followed; anything else is an open-redirect attempt, refused and audited.</summary>
    protected async Task<IActionResult> ContinueAsync()
    {
        if (string.IsNullOrEmpty(ReturnUrl))
            return LocalRedirect("/");
        if (Url.IsLocalUrl(ReturnUrl))
            return LocalRedirect(ReturnUrl);
        await AuditAsync(null, "onbekend", "doorverwijzing-geweigerd", "Doorverwijzing", "geweigerd", ReturnUrl);
        return LocalRedirect("/");
    }

    protected Task AuditAsync(Guid? tenantId, string actor, string action, string objectId, string result, string? details = null) =>
        HttpContext.RequestServices.GetRequiredService<IAuditLog>().RecordAsync(
            new AuditEntry(tenantId, action, "Gebruiker", objectId, result) { Actor = actor, Details = details is null ? null : new { details } },
            HttpContext.RequestAborted);
}
