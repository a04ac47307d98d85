using System.Text.Json;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Domain.Auditing;
using Gemeenschapskracht.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Gemeenschapskracht.Infrastructure.Auditing;

/// <summary>
/// Writes audit records to the catalog. The catalog is resolved only when an event is recorded: the catalog's own
/// save interceptor builds its records with <see cref="Create"/>, so taking the context in the constructor would
/// make the context depend on itself.
/// </summary>
public sealed class AuditLog(ICurrentUser user, TimeProvider clock, IServiceProvider services) : IAuditLog
{
    public AuditRecord Create(AuditEntry entry) => new(
        entry.TenantId, entry.Actor ?? user.Name, entry.Action, entry.ObjectType, entry.ObjectId,
        entry.Details is null ? null : JsonSerializer.Serialize(entry.Details),
        entry.Result, user.Origin, clock.GetUtcNow());

    public async Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        var catalog = services.GetRequiredService<TenantCatalogDbContext>();
        catalog.AuditRecords.Add(Create(entry));
        await catalog.SaveChangesAsync(cancellationToken);
    }
}
