using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Domain.Auditing;
using Gemeenschapskracht.Domain.Tenants;
using Gemeenschapskracht.Infrastructure.Persistence.Configurations;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Infrastructure.Persistence;

/// <summary>The platform's own data: the tenant catalog, the audit trail and the OpenID Connect store. Not tenant-filtered.</summary>
public sealed class TenantCatalogDbContext(DbContextOptions<TenantCatalogDbContext> options)
    : DbContext(options), ITenantCatalogDbContext
{
    public DbSet<TenantInfo> Tenants => Set<TenantInfo>();

    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.ApplyStorageConventions(Database);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new TenantInfoConfiguration());
        modelBuilder.ApplyConfiguration(new AuditRecordConfiguration());
        modelBuilder.UseOpenIddict();
    }
}
