using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Infrastructure.Identity;
using Gemeenschapskracht.Infrastructure.Persistence;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Api.Web;

/// <summary>
/// The Hangfire dashboard is for the platform-beheerder only: with a bearer token carrying that role, or in the
/// browser with a sign-in cookie of a person holding the platform membership (with two-factor on).
/// </summary>
public sealed class PlatformAdminDashboardFilter : IDashboardAsyncAuthorizationFilter
{
    public async Task<bool> AuthorizeAsync(DashboardContext context)
    {
        var http = context.GetHttpContext();
        if (http.RequestServices.GetRequiredService<ICurrentUser>().IsInRole(Roles.PlatformBeheerder))
            return true;

        var cookie = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (!cookie.Succeeded)
            return false;
        var user = await http.RequestServices.GetRequiredService<UserManager<ApplicationUser>>().GetUserAsync(cookie.Principal!);
        if (user is null || !user.TwoFactorEnabled)
            return false;
        var catalog = http.RequestServices.GetRequiredService<TenantCatalogDbContext>();
        return await catalog.Lidmaatschappen.AnyAsync(l => l.UserId == user.Id && l.TenantId == null && l.RevokedAt == null
                                                           && l.Rollen.Contains(Roles.PlatformBeheerder));
    }
}
