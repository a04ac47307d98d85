using Microsoft.AspNetCore.Http;

namespace Gemeenschapskracht.Infrastructure.Tenancy;

/// <summary>Writes a refused request to the audit trail (who, what, result, origin, when).</summary>
public interface IRefusalLog
{
    Task RecordAsync(HttpContext http, int status, string? reason, CancellationToken cancellationToken);
}
