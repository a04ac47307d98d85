using Gemeenschapskracht.Infrastructure.Tenancy.Strategies;
using Microsoft.AspNetCore.Http;

namespace Gemeenschapskracht.UnitTests.Tenancy;

public sealed class RoutePrefixStrategyTests
{
    private static DefaultHttpContext WithPath(string path)
    {
        var context = new DefaultHttpContext();
        context.Request.Path = path;
        return context;
    }

    [Fact]
    public void The_segment_before_api_is_the_tenant()
    {
        Assert.Equal("amsterdam", new RoutePrefixStrategy().GetIdentifier(WithPath("/amsterdam/api/v1/gebieden")));
    }

    [Theory]
    [InlineData("/api/v1/gebieden")]
    [InlineData("/")]
    [InlineData("/amsterdam")]
    [InlineData("/amsterdam/health")]
    [InlineData("//api/v1")]
    public void Paths_without_a_tenant_prefix_resolve_nothing(string path)
    {
        Assert.Null(new RoutePrefixStrategy().GetIdentifier(WithPath(path)));
    }

    [Fact]
    public void Moving_the_prefix_puts_it_in_the_path_base_and_keeps_the_api_route()
    {
        var context = WithPath("/amsterdam/api/v1/gebieden");

        RoutePrefixStrategy.MovePrefixToPathBase(context, "amsterdam");

        Assert.Equal("/amsterdam", context.Request.PathBase.Value);
        Assert.Equal("/api/v1/gebieden", context.Request.Path.Value);
    }

    [Fact]
    public void Moving_the_prefix_appends_to_an_existing_path_base()
    {
        var context = WithPath("/amsterdam/api/v1/gebieden");
        context.Request.PathBase = "/platform";

        RoutePrefixStrategy.MovePrefixToPathBase(context, "amsterdam");

        Assert.Equal("/platform/amsterdam", context.Request.PathBase.Value);
        Assert.Equal("/api/v1/gebieden", context.Request.Path.Value);
    }

    [Fact]
    public void Moving_a_prefix_that_is_not_there_changes_nothing()
    {
        var context = WithPath("/api/v1/gebieden");

        RoutePrefixStrategy.MovePrefixToPathBase(context, "amsterdam");

        Assert.Equal("", context.Request.PathBase.Value);
        Assert.Equal("/api/v1/gebieden", context.Request.Path.Value);
    }
}
