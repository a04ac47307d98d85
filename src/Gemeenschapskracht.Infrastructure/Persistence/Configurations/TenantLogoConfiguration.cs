using Gemeenschapskracht.Domain.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gemeenschapskracht.Infrastructure.Persistence.Configurations;

public sealed class TenantLogoConfiguration : IEntityTypeConfiguration<TenantLogo>
{
    public void Configure(EntityTypeBuilder<TenantLogo> builder)
    {
        builder.ToTable("TenantLogos");
        builder.HasKey(l => l.TenantId);
        builder.Ignore(l => l.Id);
        builder.HasOne<TenantInfo>().WithOne().HasForeignKey<TenantLogo>(l => l.TenantId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(l => l.ContentType).HasMaxLength(50).IsRequired();
        builder.Property(l => l.Data).IsRequired();
    }
}
