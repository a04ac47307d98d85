using Gemeenschapskracht.Domain.Gebieden;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gemeenschapskracht.Infrastructure.Persistence.Configurations;

public sealed class GebiedConfiguration : IEntityTypeConfiguration<Gebied>, IApplicationModelConfiguration
{
    public void Configure(EntityTypeBuilder<Gebied> builder)
    {
        builder.ToTable("Gebieden");
        builder.HasKey(g => g.Id);
        TenantModel.AddTenantId(builder);
        builder.Property(g => g.Code).HasMaxLength(10).IsRequired();
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Gebied.Code)).IsUnique();
        builder.Property(g => g.Naam).HasMaxLength(200);
        builder.Property(g => g.Soort).HasConversion<string>().HasMaxLength(10);
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Gebied.Soort), nameof(Gebied.Code));
        builder.HasOne<Gebied>().WithMany().HasForeignKey(g => g.OuderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(g => g.Kerncijfers).WithOne().HasForeignKey(k => k.GebiedId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(g => g.Kerncijfers).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
