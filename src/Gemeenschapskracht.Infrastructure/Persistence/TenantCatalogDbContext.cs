using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Domain.Auditing;
using Gemeenschapskracht.Domain.Lidmaatschappen;
using Gemeenschapskracht.Domain.Tenants;
using Gemeenschapskracht.Infrastructure.Identity;
using Gemeenschapskracht.Infrastructure.Persistence.Configurations;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Infrastructure.Persistence;

/// <summary>
/// The platform's own data: the tenant catalog, users (ASP.NET Core Identity) and their memberships and
/// invitations, the gemeenten's logos, the audit trail, the OpenID Connect store and the Data Protection keys.
/// The rows that belong to one gemeente (memberships, invitations, logos, audit records) carry the named query
/// filter <see cref="QueryFilters.Tenant"/> for the gemeente of the scope that leased the (pooled) context, as the
/// application context does; outside a gemeente they show the platform's own rows (tenant null).
/// </summary>
public sealed class TenantCatalogDbContext(DbContextOptions<TenantCatalogDbContext> options)
    : IdentityUserContext<ApplicationUser, Guid>(options), ITenantCatalogDbContext, IDataProtectionKeyContext, ILeasedContext
{
    /// <summary>The gemeente whose rows the tenant filter shows; null on the platform.</summary>
    public Guid? TenantId => Lease.TenantId;

    public ContextLease Lease { get; set; } = ContextLease.None;

    /// <summary>The keys that protect sign-in cookies, anti-forgery tokens and reset links, shared by every instance.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<TenantInfo> Tenants => Set<TenantInfo>();

    public DbSet<TenantLogo> TenantLogos => Set<TenantLogo>();

    public DbSet<Lidmaatschap> Lidmaatschappen => Set<Lidmaatschap>();

    public DbSet<Uitnodiging> Uitnodigingen => Set<Uitnodiging>();

    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.ApplyStorageConventions(Database);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfiguration(new TenantInfoConfiguration());
        modelBuilder.ApplyConfiguration(new TenantLogoConfiguration());
        modelBuilder.ApplyConfiguration(new LidmaatschapConfiguration());
        modelBuilder.ApplyConfiguration(new UitnodigingConfiguration());
        modelBuilder.ApplyConfiguration(new AuditRecordConfiguration());
        modelBuilder.UseOpenIddict();
        modelBuilder.Entity<Lidmaatschap>().HasQueryFilter(QueryFilters.Tenant, l => l.TenantId == TenantId);
        modelBuilder.Entity<Uitnodiging>().HasQueryFilter(QueryFilters.Tenant, u => u.TenantId == TenantId);
        modelBuilder.Entity<TenantLogo>().HasQueryFilter(QueryFilters.Tenant, l => l.TenantId == TenantId);
        modelBuilder.Entity<AuditRecord>().HasQueryFilter(QueryFilters.Tenant, a => a.TenantId == TenantId);
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
}
