using Microsoft.AspNetCore.Http;

namespace Gemeenschapskracht.Infrastructure.Tenancy.Strategies;

/// <summary>Reads the tenant from a request header (default <c>Gemeente</c>), for machine clients and the web client.</summary>
public sealed class HeaderStrategy(string headerName, int priority = 300) : ITenantResolutionStrategy
{
    public int Priority => priority;

    public string? GetIdentifier(HttpContext context)
    {
        var value = context.Request.Headers[headerName].ToString().Trim();
        return value.Length == 0 ? null : value.ToLowerInvariant();
    }
}
