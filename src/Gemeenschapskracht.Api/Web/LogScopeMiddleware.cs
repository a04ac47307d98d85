using System.Diagnostics;
using Gemeenschapskracht.Infrastructure.Tenancy;
using OpenIddict.Abstractions;

namespace Gemeenschapskracht.Api.Web;

/// <summary>
/// Every log line of a request carries the gemeente, the caller's id (the token's subject: a user id or a machine
/// client id, never an e-mail address) and the correlation id (the trace id, which the problem responses return
/// as <c>traceId</c>). The same values tag the request's trace.
/// </summary>
public sealed class LogScopeMiddleware(RequestDelegate next, ILogger<LogScopeMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context, ITenantContextAccessor tenants)
    {
        var gemeente = tenants.Current?.Identifier ?? "platform";
        var gebruiker = context.User.Identity?.IsAuthenticated == true ? context.User.GetClaim(OpenIddictConstants.Claims.Subject) : null;
        var correlatie = Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier;
        Activity.Current?.SetTag("gemeente", gemeente);
        if (gebruiker is not null)
            Activity.Current?.SetTag("enduser.id", gebruiker);

        using (logger.BeginScope(new Dictionary<string, object?>
               {
                   ["Gemeente"] = gemeente,
                   ["GebruikerId"] = gebruiker,
                   ["CorrelatieId"] = correlatie,
               }))
        {
            await next(context);
        }
    }
}
