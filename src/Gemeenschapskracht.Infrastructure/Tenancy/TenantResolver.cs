using Gemeenschapskracht.Infrastructure.Tenancy.Strategies;
using Microsoft.AspNetCore.Http;

namespace Gemeenschapskracht.Infrastructure.Tenancy;

/// <summary>Tries the strategies in order of priority; the first that finds an identifier wins.</summary>
public sealed class TenantResolver(IEnumerable<ITenantResolutionStrategy> strategies)
{
    private readonly ITenantResolutionStrategy[] _ordered = strategies.OrderBy(s => s.Priority).ToArray();

    public (string Identifier, ITenantResolutionStrategy Strategy)? Resolve(HttpContext context)
    {
        foreach (var strategy in _ordered)
        {
            if (strategy.GetIdentifier(context) is { } identifier)
                return (identifier, strategy);
        }
        return null;
    }
}
