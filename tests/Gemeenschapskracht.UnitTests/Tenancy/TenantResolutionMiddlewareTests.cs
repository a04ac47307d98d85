using System.Text.Json;
using Gemeenschapskracht.Infrastructure.Tenancy;
using Gemeenschapskracht.Infrastructure.Tenancy.Strategies;
using Microsoft.AspNetCore.Http;

namespace Gemeenschapskracht.UnitTests.Tenancy;

public sealed class TenantResolutionMiddlewareTests
{
    private static readonly TenantResolver Resolver = new([new RoutePrefixStrategy(), new HeaderStrategy("Gemeente")]);

    private readonly AsyncLocalTenantContextAccessor _accessor = new();

    private static DefaultHttpContext Request(string path, string? header = null)
    {
        var context = new DefaultHttpContext();
        context.Request.Path = path;
        if (header is not null)
            context.Request.Headers["Gemeente"] = header;
        context.Response.Body = new MemoryStream();
        return context;
    }

    private static JsonElement ReadProblem(HttpContext context)
    {
        context.Response.Body.Position = 0;
        return JsonDocument.Parse(context.Response.Body).RootElement;
    }

    [Fact]
    public async Task An_unknown_gemeente_is_answered_with_404_problem_details_and_next_is_not_called()
    {
        var nextCalled = false;
        var middleware = new TenantResolutionMiddleware(_ => { nextCalled = true; return Task.CompletedTask; });
        var context = Request("/onbekend/api/v1/gebieden");

        await middleware.InvokeAsync(context, Resolver, new FakeTenantStore(Tenants.Active("amsterdam")), _accessor);

        Assert.False(nextCalled);
        Assert.Equal(StatusCodes.Status404NotFound, context.Response.StatusCode);
        Assert.StartsWith("application/problem+json", context.Response.ContentType);
        Assert.Equal(404, ReadProblem(context).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task An_inactive_gemeente_is_answered_with_403_problem_details_and_next_is_not_called()
    {
        var nextCalled = false;
        var middleware = new TenantResolutionMiddleware(_ => { nextCalled = true; return Task.CompletedTask; });
        var context = Request("/api/v1/gebieden", header: "slapend");

        await middleware.InvokeAsync(context, Resolver, new FakeTenantStore(Tenants.Inactive("slapend")), _accessor);

        Assert.False(nextCalled);
        Assert.Equal(StatusCodes.Status403Forbidden, context.Response.StatusCode);
        Assert.StartsWith("application/problem+json", context.Response.ContentType);
        Assert.Equal(403, ReadProblem(context).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task An_active_gemeente_is_current_during_next_and_the_previous_tenant_is_restored_after()
    {
        var amsterdam = Tenants.Active("amsterdam");
        var outer = Tenants.Active("buiten");
        TenantContext? seenInNext = null;
        PathString pathInNext = default, pathBaseInNext = default;
        var middleware = new TenantResolutionMiddleware(ctx =>
        {
            seenInNext = _accessor.Current;
            pathInNext = ctx.Request.Path;
            pathBaseInNext = ctx.Request.PathBase;
            return Task.CompletedTask;
        });
        var context = Request("/amsterdam/api/v1/gebieden");

        using (_accessor.Use(outer))
        {
            await middleware.InvokeAsync(context, Resolver, new FakeTenantStore(amsterdam), _accessor);

            Assert.Same(amsterdam, seenInNext);
            Assert.Same(outer, _accessor.Current);
        }
        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        Assert.Equal("/api/v1/gebieden", pathInNext.Value);
        Assert.Equal("/amsterdam", pathBaseInNext.Value);
    }

    [Fact]
    public async Task The_tenant_is_restored_even_when_next_throws()
    {
        var middleware = new TenantResolutionMiddleware(_ => throw new InvalidOperationException("boom"));
        var context = Request("/api/v1/gebieden", header: "amsterdam");

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            middleware.InvokeAsync(context, Resolver, new FakeTenantStore(Tenants.Active("amsterdam")), _accessor));

        Assert.Null(_accessor.Current);
    }

    [Fact]
    public async Task A_request_without_a_tenant_passes_through_without_one()
    {
        var nextCalled = false;
        TenantContext? seenInNext = Tenants.Active("placeholder");
        var middleware = new TenantResolutionMiddleware(_ =>
        {
            nextCalled = true;
            seenInNext = _accessor.Current;
            return Task.CompletedTask;
        });

        await middleware.InvokeAsync(Request("/api/v1/gemeenten"), Resolver, new FakeTenantStore(), _accessor);

        Assert.True(nextCalled);
        Assert.Null(seenInNext);
    }
}
