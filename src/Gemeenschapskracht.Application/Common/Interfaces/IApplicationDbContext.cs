using Gemeenschapskracht.Domain.Auditing;
using Gemeenschapskracht.Domain.Gebieden;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Common.Interfaces;

/// <summary>The current gemeente's data. Every query is filtered to the resolved tenant.</summary>
public interface IApplicationDbContext
{
    DbSet<Gebied> Gebieden { get; }

    DbSet<Kerncijfer> Kerncijfers { get; }

    DbSet<AuditRecord> AuditRecords { get; }

    /// <summary>
    /// Any entity of the gemeente's model. A new feature reads its aggregate with <c>db.Set&lt;Wijkbeeld&gt;()</c>
    /// (or an extension property in the feature's <c>Shared/</c> folder) instead of adding a DbSet here.
    /// </summary>
    DbSet<TEntity> Set<TEntity>() where TEntity : class;

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);
}
