using Gemeenschapskracht.Application.Common.Interfaces;

namespace Gemeenschapskracht.Infrastructure.Persistence;

/// <summary>
/// What a pooled context knows of the scope that leased it: the gemeente its query filters and save guard use and
/// the audit log its saves write to (which knows the scope's user). <see cref="None"/> between leases.
/// </summary>
public sealed record ContextLease(Guid? TenantId, IAuditLog? AuditLog)
{
    public static readonly ContextLease None = new(null, null);
}

/// <summary>A context handed out from the pool to one scope at a time.</summary>
public interface ILeasedContext
{
    ContextLease Lease { get; set; }
}
