using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Domain.Auditing;
using Gemeenschapskracht.Domain.Gebieden;
using Gemeenschapskracht.Infrastructure.Persistence.Configurations;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Infrastructure.Persistence;

/// <summary>
/// The gemeenten's data. Every tenant entity carries a shadow <c>TenantId</c> and the named query filter
/// <see cref="TenantModel.FilterName"/>. Contexts are pooled: the tenant is set when a scope leases one
/// (<see cref="PooledContexts"/>) and cleared when the scope returns it.
/// </summary>
public sealed class ApplicationDbContext(DbContextOptions<ApplicationDbContext> options)
    : DbContext(options), IApplicationDbContext, ILeasedContext
{
    /// <summary>The tenant this context reads and writes; null outside a tenant (then tenant queries return nothing).</summary>
    public Guid? TenantId => Lease.TenantId;

    public ContextLease Lease { get; set; } = ContextLease.None;

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

    public override void Dispose()
    {
        Lease = ContextLease.None;
        base.Dispose();
    }

    public override ValueTask DisposeAsync()
    {
        Lease = ContextLease.None;
        return base.DisposeAsync();
    }

    Task<int> IApplicationDbContext.SaveChangesAsync(CancellationToken cancellationToken) => SaveChangesAsync(cancellationToken);
}
