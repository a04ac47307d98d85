using Microsoft.AspNetCore.Http;

namespace Gemeenschapskracht.Infrastructure.Tenancy.Strategies;

/// <summary>One way to read the tenant identifier from a request. Lower <see cref="Priority"/> is tried first.</summary>
public interface ITenantResolutionStrategy
{
    int Priority { get; }

    string? GetIdentifier(HttpContext context);
}
