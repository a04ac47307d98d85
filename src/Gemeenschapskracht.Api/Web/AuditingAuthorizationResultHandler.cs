using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Gemeenschapskracht.Api.Web;

/// <summary>Records the refusals of ASP.NET Core's own authorization (an endpoint's required role) like the pipeline's.</summary>
public sealed class AuditingAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Challenged || authorizeResult.Forbidden)
        {
            var status = authorizeResult.Challenged ? StatusCodes.Status401Unauthorized : StatusCodes.Status403Forbidden;
            await context.RequestServices.GetRequiredService<Infrastructure.Tenancy.IRefusalLog>().RecordAsync(context, status, null, context.RequestAborted);
        }
        await _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
