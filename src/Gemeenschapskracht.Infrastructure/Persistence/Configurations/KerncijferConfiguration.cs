using Gemeenschapskracht.Domain.Gebieden;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gemeenschapskracht.Infrastructure.Persistence.Configurations;

public sealed class KerncijferConfiguration : IEntityTypeConfiguration<Kerncijfer>, IApplicationModelConfiguration
{
    public void Configure(EntityTypeBuilder<Kerncijfer> builder)
    {
        builder.ToTable("Kerncijfers");
        builder.HasKey(k => k.Id);
        // The domain makes the id; a figure added to a loaded area is then new to EF, not an update of a row that is not there.
        builder.Property(k => k.Id).ValueGeneratedNever();
        TenantModel.AddTenantId(builder);
        builder.Property(k => k.Maatstaf).HasMaxLength(100).IsRequired();
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Kerncijfer.GebiedId), nameof(Kerncijfer.Maatstaf), nameof(Kerncijfer.Jaar)).IsUnique();
        builder.Property(k => k.Titel).HasMaxLength(200).IsRequired();
        builder.Property(k => k.Eenheid).HasMaxLength(50).IsRequired();
        builder.Property(k => k.Bron).HasMaxLength(200).IsRequired();
    }
}
