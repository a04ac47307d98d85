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
/// The platform's own data, not tenant-filtered: the tenant catalog, users (ASP.NET Core Identity) and their
/// memberships and invitations, the audit trail, the OpenID Connect store and the Data Protection keys.
/// </summary>
public sealed class TenantCatalogDbContext(DbContextOptions<TenantCatalogDbContext> options)
    : IdentityUserContext<ApplicationUser, Guid>(options), ITenantCatalogDbContext, IDataProtectionKeyContext
{
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
    }
}
