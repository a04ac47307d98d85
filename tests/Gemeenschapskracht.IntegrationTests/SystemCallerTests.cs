using System.Security.Claims;
using Gemeenschapskracht.Api.Web;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Http;

namespace Gemeenschapskracht.IntegrationTests;

/// <summary>The platform's own background work is the system caller; no request can become it.</summary>
public sealed class SystemCallerTests
{
    [Fact]
    public void Work_outside_a_request_is_the_system_caller_with_only_the_system_role()
    {
        var user = new CurrentUser(new HttpContextAccessor(), new AsyncLocalTenantContextAccessor());

        Assert.True(user.IsSystem);
        Assert.True(user.IsAuthenticated);
        Assert.True(user.IsInRole(Roles.Systeem));
        Assert.False(user.IsInRole(Roles.PlatformBeheerder));
        Assert.Equal("systeem", user.Name);
    }

    [Fact]
    public void A_request_whose_token_claims_the_system_role_does_not_get_it()
    {
        var identity = new ClaimsIdentity([new Claim("sub", "indringer"), new Claim("role", Roles.Systeem)], "Bearer", "name", "role");
        var http = new HttpContextAccessor { HttpContext = new DefaultHttpContext { User = new ClaimsPrincipal(identity) } };
        var user = new CurrentUser(http, new AsyncLocalTenantContextAccessor());

        Assert.False(user.IsSystem);
        Assert.True(user.IsAuthenticated);
        Assert.False(user.IsInRole(Roles.Systeem));
    }
}
