using Gemeenschapskracht.Domain.Gebieden;
using Gemeenschapskracht.Domain.Wijkbeelden;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gemeenschapskracht.Infrastructure.Persistence.Configurations;

public sealed class PubliekePlekConfiguration : IEntityTypeConfiguration<PubliekePlek>, IApplicationModelConfiguration
{
    public void Configure(EntityTypeBuilder<PubliekePlek> builder)
    {
        builder.ToTable("PubliekePlekken");
        builder.HasKey(p => p.Id);
        TenantModel.AddTenantId(builder);
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(PubliekePlek.GebiedId), nameof(PubliekePlek.Naam));
        builder.HasOne<Gebied>().WithMany().HasForeignKey(p => p.GebiedId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.Naam).HasMaxLength(200).IsRequired();
        builder.Property(p => p.Soort).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.Eigenaar).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.Huurregime).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Locatie).HasJsonConversion().HasMaxLength(100);
        builder.Property(p => p.Adres).HasMaxLength(300);
        builder.Property(p => p.BeheerdDoor).HasMaxLength(200);
        builder.Property(p => p.Toelichting).HasMaxLength(2000);
    }
}
