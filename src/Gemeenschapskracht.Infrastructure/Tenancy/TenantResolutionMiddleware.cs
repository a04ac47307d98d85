using Gemeenschapskracht.Infrastructure.Tenancy.Strategies;
using Microsoft.AspNetCore.Http;

namespace Gemeenschapskracht.Infrastructure.Tenancy;

/// <summary>
/// Resolves the tenant before anything tenant-scoped is created, and keeps it for the rest of the request.
/// An unknown gemeente is 404, an inactive one 403; both answered here as problem details.
/// </summary>
public sealed class TenantResolutionMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, TenantResolver resolver, ITenantStore store, ITenantContextAccessor accessor)
    {
        if (resolver.Resolve(context) is not { } resolution)
        {
            await next(context);
            return;
        }

        var tenant = await store.GetByIdentifierAsync(resolution.Identifier, context.RequestAborted);
        if (tenant is null)
        {
            await TenantProblem.WriteAsync(context, StatusCodes.Status404NotFound, "Gemeente niet gevonden",
                $"Gemeente '{resolution.Identifier}' bestaat niet op dit platform.");
            return;
        }
        if (!tenant.IsActive)
        {
            await TenantProblem.WriteAsync(context, StatusCodes.Status403Forbidden, "Gemeente niet actief",
                $"Gemeente '{tenant.Name}' is niet actief op dit platform.");
            return;
        }

        if (resolution.Strategy is RoutePrefixStrategy)
            RoutePrefixStrategy.MovePrefixToPathBase(context, resolution.Identifier);
        using (accessor.Use(tenant))
            await next(context);
    }
}
