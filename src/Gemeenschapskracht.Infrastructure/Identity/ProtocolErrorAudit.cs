using Gemeenschapskracht.Application.Common.Interfaces;
using Microsoft.AspNetCore;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Gemeenschapskracht.Infrastructure.Identity;

/// <summary>
/// Records every refused OpenID Connect request (a missing PKCE verifier, an unregistered redirect URI, a bad
/// client secret, a revoked member's refresh): which client, which error, from where.
/// </summary>
public sealed class ProtocolErrorAudit(IAuditLog audit)
    : IOpenIddictServerHandler<ApplyTokenResponseContext>, IOpenIddictServerHandler<ApplyAuthorizationResponseContext>
{
    public ValueTask HandleAsync(ApplyTokenResponseContext context) =>
        RecordAsync(context.Transaction, context.Request, context.Response, "token");

    public ValueTask HandleAsync(ApplyAuthorizationResponseContext context) =>
        RecordAsync(context.Transaction, context.Request, context.Response, "authorize");

    private async ValueTask RecordAsync(OpenIddictServerTransaction transaction, OpenIddictRequest? request, OpenIddictResponse response, string endpoint)
    {
        if (string.IsNullOrEmpty(response.Error))
            return;
        await audit.RecordAsync(new AuditEntry(null, "protocol-geweigerd", "OpenIdConnect", endpoint, "geweigerd")
        {
            Actor = request?.ClientId ?? "onbekend",
            Details = new { fout = response.Error, omschrijving = response.ErrorDescription },
        }, transaction.GetHttpRequest()?.HttpContext.RequestAborted ?? CancellationToken.None);
    }
}
