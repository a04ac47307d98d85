using Gemeenschapskracht.Infrastructure.Tenancy;
using Gemeenschapskracht.Infrastructure.Tenancy.Strategies;
using Microsoft.AspNetCore.Http;

namespace Gemeenschapskracht.UnitTests.Tenancy;

public sealed class TenantResolverTests
{
    private const string BaseDomain = "gemeenschapskracht.nl";

    // Registered in reverse order on purpose: the resolver must order by priority, not by registration.
    private static readonly TenantResolver Resolver = new(
    [
        new HeaderStrategy("Gemeente"),
        new RoutePrefixStrategy(),
        new HostStrategy(BaseDomain),
    ]);

    private static HttpContext Request(string host, string path, string? header)
    {
        var context = new DefaultHttpContext();
        context.Request.Host = new HostString(host);
        context.Request.Path = path;
        if (header is not null)
            context.Request.Headers["Gemeente"] = header;
        return context;
    }

    [Fact]
    public void Host_wins_when_host_route_prefix_and_header_are_all_present()
    {
        var result = Resolver.Resolve(Request("utrecht.gemeenschapskracht.nl", "/amsterdam/api/v1/gebieden", "rotterdam"));

        Assert.NotNull(result);
        Assert.Equal("utrecht", result.Value.Identifier);
        Assert.IsType<HostStrategy>(result.Value.Strategy);
    }

    [Fact]
    public void Route_prefix_wins_over_header_when_the_host_has_no_tenant()
    {
        var result = Resolver.Resolve(Request("gemeenschapskracht.nl", "/amsterdam/api/v1/gebieden", "rotterdam"));

        Assert.NotNull(result);
        Assert.Equal("amsterdam", result.Value.Identifier);
        Assert.IsType<RoutePrefixStrategy>(result.Value.Strategy);
    }

    [Fact]
    public void Header_is_used_when_it_is_the_only_source()
    {
        var result = Resolver.Resolve(Request("gemeenschapskracht.nl", "/api/v1/gebieden", "Rotterdam"));

        Assert.NotNull(result);
        Assert.Equal("rotterdam", result.Value.Identifier);
        Assert.IsType<HeaderStrategy>(result.Value.Strategy);
    }

    [Fact]
    public void Nothing_is_resolved_without_host_prefix_or_header()
    {
        Assert.Null(Resolver.Resolve(Request("gemeenschapskracht.nl", "/api/v1/gebieden", header: null)));
    }

    [Fact]
    public void A_blank_header_is_not_a_tenant()
    {
        Assert.Null(Resolver.Resolve(Request("gemeenschapskracht.nl", "/api/v1/gebieden", "   ")));
    }
}
