using System.Text.Json;
using Gemeenschapskracht.Domain.Auditing;
using Gemeenschapskracht.Infrastructure.Persistence;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using Microsoft.AspNetCore;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Gemeenschapskracht.Infrastructure.Identity;

/// <summary>
/// Records every refused OpenID Connect request (a missing PKCE verifier, an unregistered redirect URI, a bad
/// client secret, a revoked member's refresh): which client, which error, from where.
/// </summary>
public sealed class ProtocolErrorAudit(TenantCatalogDbContext catalog, TimeProvider clock)
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
        var http = transaction.GetHttpRequest()?.HttpContext;
        catalog.AuditRecords.Add(new AuditRecord(null, request?.ClientId ?? "onbekend", "protocol-geweigerd", "OpenIdConnect", endpoint,
            JsonSerializer.Serialize(new { fout = response.Error, omschrijving = response.ErrorDescription }), "geweigerd",
            http?.Connection.RemoteIpAddress?.ToString(), clock.GetUtcNow()));
        await catalog.SaveChangesAsync(http?.RequestAborted ?? CancellationToken.None);
    }
}
