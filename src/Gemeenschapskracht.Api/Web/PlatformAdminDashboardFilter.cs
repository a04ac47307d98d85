using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Hangfire.Dashboard;

namespace Gemeenschapskracht.Api.Web;

/// <summary>The Hangfire dashboard is for the platform-beheerder only.</summary>
public sealed class PlatformAdminDashboardFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) =>
        context.GetHttpContext().RequestServices.GetRequiredService<ICurrentUser>().IsInRole(Roles.PlatformBeheerder);
}
