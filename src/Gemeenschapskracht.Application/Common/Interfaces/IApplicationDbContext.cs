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

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);
}
