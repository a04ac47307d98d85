using Microsoft.AspNetCore.Http;

namespace Gemeenschapskracht.Infrastructure.Tenancy.Strategies;

/// <summary>
/// Reads the tenant from a path prefix, <c>/amsterdam/api/v1/gebieden</c>, after Finbuckle's base-path strategy:
/// once resolved, the prefix moves into <see cref="HttpRequest.PathBase"/> so the API's routes stay the same.
/// </summary>
public sealed class RoutePrefixStrategy(int priority = 200) : ITenantResolutionStrategy
{
    public int Priority => priority;

    public string? GetIdentifier(HttpContext context)
    {
        var segments = context.Request.Path.Value?.Split('/', 4) ?? [];
        // "/amsterdam/api/..." splits into ["", "amsterdam", "api", ...]
        return segments.Length >= 3 && segments[2].Equals("api", StringComparison.OrdinalIgnoreCase) && segments[1].Length > 0 ? segments[1].ToLowerInvariant() : null;
    }

    public static void MovePrefixToPathBase(HttpContext context, string identifier)
    {
        var prefix = new PathString("/" + identifier);
        if (context.Request.Path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase, out var rest))
        {
            context.Request.PathBase = context.Request.PathBase.Add(prefix);
            context.Request.Path = rest;
        }
    }
}
