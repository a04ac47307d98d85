using Gemeenschapskracht.Infrastructure.Tenancy.Strategies;
using Microsoft.AspNetCore.Http;

namespace Gemeenschapskracht.UnitTests.Tenancy;

public sealed class HostStrategyTests
{
    private static string? Identify(string? baseDomain, string host)
    {
        var context = new DefaultHttpContext();
        context.Request.Host = new HostString(host);
        return new HostStrategy(baseDomain).GetIdentifier(context);
    }

    [Fact]
    public void A_single_label_subdomain_is_the_tenant_in_lower_case()
    {
        Assert.Equal("amsterdam", Identify("gemeenschapskracht.nl", "Amsterdam.gemeenschapskracht.nl"));
    }

    [Fact]
    public void The_port_is_ignored()
    {
        Assert.Equal("amsterdam", Identify("gemeenschapskracht.nl", "amsterdam.gemeenschapskracht.nl:8443"));
    }

    [Theory]
    [InlineData("gemeenschapskracht.nl")]
    [InlineData("www.gemeenschapskracht.nl")]
    [InlineData("WWW.gemeenschapskracht.nl")]
    [InlineData("api.amsterdam.gemeenschapskracht.nl")]
    [InlineData("amsterdam.example.nl")]
    [InlineData("amsterdamgemeenschapskracht.nl")]
    [InlineData("localhost")]
    public void Hosts_without_exactly_one_tenant_label_resolve_nothing(string host)
    {
        Assert.Null(Identify("gemeenschapskracht.nl", host));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Without_a_base_domain_the_strategy_is_disabled(string? baseDomain)
    {
        Assert.Null(Identify(baseDomain, "amsterdam.gemeenschapskracht.nl"));
    }
}
