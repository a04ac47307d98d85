using Microsoft.AspNetCore.Http;

namespace Gemeenschapskracht.Infrastructure.Tenancy.Strategies;

/// <summary>Reads the tenant from the host name: <c>amsterdam.gemeenschapskracht.nl</c> with base domain <c>gemeenschapskracht.nl</c>.</summary>
public sealed class HostStrategy(string? baseDomain, int priority = 100) : ITenantResolutionStrategy
{
    public int Priority => priority;

    public string? GetIdentifier(HttpContext context)
    {
        if (string.IsNullOrEmpty(baseDomain))
            return null;
        var host = context.Request.Host.Host;
        var suffix = "." + baseDomain;
        if (!host.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) || host.Length == suffix.Length)
            return null;
        var label = host[..^suffix.Length];
        return label.Contains('.') || label.Equals("www", StringComparison.OrdinalIgnoreCase) ? null : label.ToLowerInvariant();
    }
}
