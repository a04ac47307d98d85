using Gemeenschapskracht.Domain.Tenants;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Common.Interfaces;

/// <summary>The platform's list of gemeenten (tenants). Not tenant-filtered; only platform use cases touch it.</summary>
public interface ITenantCatalogDbContext
{
    DbSet<TenantInfo> Tenants { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);
}
