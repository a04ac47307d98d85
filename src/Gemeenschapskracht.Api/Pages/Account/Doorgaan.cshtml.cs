using Gemeenschapskracht.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;

namespace Gemeenschapskracht.Api.Pages.Account;

/// <summary>Continues to a return URL after a step (such as two-factor set-up), refusing anything but local URLs.</summary>
public sealed class DoorgaanModel(TenantCatalogDbContext catalog, TimeProvider clock) : AccountPageModel(catalog, clock)
{
    public Task<IActionResult> OnGetAsync() => ContinueAsync();
}
