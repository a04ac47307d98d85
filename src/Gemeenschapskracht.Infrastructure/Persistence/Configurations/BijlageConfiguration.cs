using Gemeenschapskracht.Domain.Bijlagen;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gemeenschapskracht.Infrastructure.Persistence.Configurations;

public sealed class BijlageConfiguration : IEntityTypeConfiguration<Bijlage>, IApplicationModelConfiguration
{
    public void Configure(EntityTypeBuilder<Bijlage> builder)
    {
        builder.ToTable("Bijlagen");
        builder.HasKey(b => b.Id);
        TenantModel.AddTenantId(builder);
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Bijlage.Onderwerp), nameof(Bijlage.OnderwerpId));
        builder.Property(b => b.Onderwerp).HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.Naam).HasMaxLength(200).IsRequired();
        builder.Property(b => b.ContentType).HasMaxLength(50).IsRequired();
        builder.Property(b => b.GeplaatstDoor).HasMaxLength(200).IsRequired();
        builder.Ignore(b => b.Sleutel);
    }
}
