using Gemeenschapskracht.Domain.Auditing;
using Gemeenschapskracht.Domain.Lidmaatschappen;
using Gemeenschapskracht.Domain.Tenants;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Common.Interfaces;

/// <summary>The platform's list of gemeenten (tenants). Not tenant-filtered; only platform use cases touch it.</summary>
public interface ITenantCatalogDbContext
{
    DbSet<TenantInfo> Tenants { get; }

    DbSet<TenantLogo> TenantLogos { get; }

    DbSet<Lidmaatschap> Lidmaatschappen { get; }

    DbSet<Uitnodiging> Uitnodigingen { get; }

    DbSet<AuditRecord> AuditRecords { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);
}
