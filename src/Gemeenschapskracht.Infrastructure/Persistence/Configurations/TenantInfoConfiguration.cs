using Gemeenschapskracht.Domain.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gemeenschapskracht.Infrastructure.Persistence.Configurations;

public sealed class TenantInfoConfiguration : IEntityTypeConfiguration<TenantInfo>
{
    public void Configure(EntityTypeBuilder<TenantInfo> builder)
    {
        builder.ToTable("Tenants");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Identifier).HasMaxLength(63).IsRequired();
        builder.HasIndex(t => t.Identifier).IsUnique();
        builder.Property(t => t.Name).HasMaxLength(100).IsRequired();
        builder.Property(t => t.Gemeentecode).HasMaxLength(6).IsRequired();
        builder.HasIndex(t => t.Gemeentecode).IsUnique();
        builder.Property(t => t.ConnectionString).HasMaxLength(1000);
        builder.Property(t => t.ProvisioningStatus).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.ProvisioningError).HasMaxLength(1000);
        builder.Property(t => t.Thema).HasMaxLength(30).IsRequired().HasDefaultValue(Thema.Neutraal);
    }
}
