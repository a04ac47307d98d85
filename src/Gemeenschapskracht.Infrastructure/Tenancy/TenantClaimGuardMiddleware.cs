using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Gemeenschapskracht.Infrastructure.Tenancy;

/// <summary>
/// After authentication: a token issued for one gemeente is refused (403) on another. Runs after
/// <see cref="TenantResolutionMiddleware"/> and the authentication middleware.
/// </summary>
public sealed class TenantClaimGuardMiddleware(RequestDelegate next)
{
    public const string TenantClaim = "tenant";

    public async Task InvokeAsync(HttpContext context, ITenantContextAccessor accessor)
    {
        var claimed = context.User.FindFirst(TenantClaim)?.Value;
        if (claimed is not null && accessor.Current is { } tenant && !string.Equals(claimed, tenant.Identifier, StringComparison.Ordinal))
        {
            // Resolved only here: the refusal log needs the catalog context, which no other request should pay for.
            await context.RequestServices.GetRequiredService<IRefusalLog>().RecordAsync(context, StatusCodes.Status403Forbidden, $"token voor gemeente '{claimed}'", context.RequestAborted);
            await TenantProblem.WriteAsync(context, StatusCodes.Status403Forbidden, "Verkeerde gemeente",
                "Dit toegangsbewijs is uitgegeven voor een andere gemeente.");
            return;
        }
        await next(context);
    }
}
