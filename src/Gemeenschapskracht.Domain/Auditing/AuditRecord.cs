using Gemeenschapskracht.Domain.Common;

namespace Gemeenschapskracht.Domain.Auditing;

/// <summary>
/// An append-only record of a change: who, what, which object, result, origin, when.
/// Global, because platform events (a new gemeente) belong to no tenant yet; <see cref="TenantId"/> says which gemeente it concerns.
/// </summary>
public sealed class AuditRecord : IGlobalEntity
{
    private AuditRecord() { }

    public AuditRecord(
        Guid? tenantId, string actor, string action, string objectType, string objectId,
        string? changes, string result, string? origin, DateTimeOffset occurredAt)
    {
        Id = Guid.CreateVersion7(occurredAt);
        TenantId = tenantId;
        Actor = actor;
        Action = action;
        ObjectType = objectType;
        ObjectId = objectId;
        Changes = changes;
        Result = result;
        Origin = origin;
        OccurredAt = occurredAt;
    }

    public Guid Id { get; private set; }
    public Guid? TenantId { get; private set; }
    public string Actor { get; private set; } = "";
    public string Action { get; private set; } = "";
    public string ObjectType { get; private set; } = "";
    public string ObjectId { get; private set; } = "";
    public string? Changes { get; private set; }
    public string Result { get; private set; } = "";
    public string? Origin { get; private set; }
    public DateTimeOffset OccurredAt { get; private set; }
}
