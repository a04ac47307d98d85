using Gemeenschapskracht.Domain.Gebieden;
using Gemeenschapskracht.Domain.Wijkbeelden;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gemeenschapskracht.Infrastructure.Persistence.Configurations;

public sealed class SterkhouderConfiguration : IEntityTypeConfiguration<Sterkhouder>, IApplicationModelConfiguration
{
    public void Configure(EntityTypeBuilder<Sterkhouder> builder)
    {
        builder.ToTable("Sterkhouders");
        builder.HasKey(s => s.Id);
        TenantModel.AddTenantId(builder);
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Sterkhouder.GebiedId));
        builder.HasOne<Gebied>().WithMany().HasForeignKey(s => s.GebiedId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(s => s.Naam).HasMaxLength(200).IsRequired();
        builder.Property(s => s.Rol).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Domein).HasMaxLength(200);
        builder.Property(s => s.Contact).HasMaxLength(200);
        builder.Property(s => s.ToestemmingWijze).HasMaxLength(200).IsRequired();
    }
}
