using System.Security.Claims;
using Gemeenschapskracht.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Gemeenschapskracht.UnitTests.Tenancy;

public sealed class TenantClaimGuardMiddlewareTests
{
    private readonly AsyncLocalTenantContextAccessor _accessor = new();
    private readonly RecordingRefusalLog _refusals = new();

    private sealed class RecordingRefusalLog : IRefusalLog
    {
        public List<(int Status, string? Reason)> Recorded { get; } = [];

        public Task RecordAsync(HttpContext http, int status, string? reason, CancellationToken cancellationToken)
        {
            Recorded.Add((status, reason));
            return Task.CompletedTask;
        }
    }

    private DefaultHttpContext Request(string? tenantClaim)
    {
        var context = new DefaultHttpContext
        {
            RequestServices = new ServiceCollection().AddSingleton<IRefusalLog>(_refusals).BuildServiceProvider(),
        };
        context.Response.Body = new MemoryStream();
        var claims = tenantClaim is null ? [] : new[] { new Claim(TenantClaimGuardMiddleware.TenantClaim, tenantClaim) };
        context.User = new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType: "Bearer"));
        return context;
    }

    private async Task<(bool NextCalled, HttpContext Context)> Run(string? tenantClaim, TenantContext resolved)
    {
        var nextCalled = false;
        var middleware = new TenantClaimGuardMiddleware(_ => { nextCalled = true; return Task.CompletedTask; });
        var context = Request(tenantClaim);
        using (_accessor.Use(resolved))
            await middleware.InvokeAsync(context, _accessor);
        return (nextCalled, context);
    }

    [Fact]
    public async Task A_token_for_another_gemeente_is_refused_with_403()
    {
        var (nextCalled, context) = await Run("rotterdam", Tenants.Active("amsterdam"));

        Assert.False(nextCalled);
        Assert.Equal(StatusCodes.Status403Forbidden, context.Response.StatusCode);
        Assert.StartsWith("application/problem+json", context.Response.ContentType);
        Assert.Equal([(403, "token voor gemeente 'rotterdam'")], _refusals.Recorded);
    }

    [Fact]
    public async Task A_token_for_the_resolved_gemeente_passes()
    {
        var (nextCalled, context) = await Run("amsterdam", Tenants.Active("amsterdam"));

        Assert.True(nextCalled);
        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        Assert.Empty(_refusals.Recorded);
    }

    [Fact]
    public async Task A_token_without_a_tenant_claim_passes()
    {
        var (nextCalled, context) = await Run(tenantClaim: null, Tenants.Active("amsterdam"));

        Assert.True(nextCalled);
        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
    }
}
