using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Domain.Auditing;
using Gemeenschapskracht.Domain.Gebieden;
using Gemeenschapskracht.Infrastructure.Persistence.Configurations;
using Gemeenschapskracht.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Infrastructure.Persistence;

/// <summary>
/// The gemeenten's data. The tenant is captured when the context is created; every tenant entity carries a
/// shadow <c>TenantId</c> and the named query filter <see cref="TenantModel.FilterName"/>.
/// </summary>
public sealed class ApplicationDbContext(DbContextOptions<ApplicationDbContext> options, ITenantContextAccessor tenantAccessor)
    : DbContext(options), IApplicationDbContext
{
    /// <summary>The tenant this context reads and writes; null outside a tenant (then tenant queries return nothing).</summary>
    public Guid? TenantId { get; } = tenantAccessor.Current?.Id;

    public DbSet<Gebied> Gebieden => Set<Gebied>();

    public DbSet<Kerncijfer> Kerncijfers => Set<Kerncijfer>();

    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.ApplyStorageConventions(Database);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ApplicationDbContext).Assembly,
            type => type.IsAssignableTo(typeof(IApplicationModelConfiguration)));
        // The catalog owns the audit table and its migrations; this context only appends to it.
        modelBuilder.ApplyConfiguration(new AuditRecordConfiguration());
        modelBuilder.Entity<AuditRecord>().ToTable(AuditRecordConfiguration.Table, t => t.ExcludeFromMigrations());
        TenantModel.Apply(modelBuilder, this);
    }

    Task<int> IApplicationDbContext.SaveChangesAsync(CancellationToken cancellationToken) => SaveChangesAsync(cancellationToken);
}
