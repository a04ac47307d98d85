using Gemeenschapskracht.Domain.Gebieden;
using Gemeenschapskracht.Domain.Wijkbeelden;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gemeenschapskracht.Infrastructure.Persistence.Configurations;

public sealed class WijkbeeldConfiguration : IEntityTypeConfiguration<Wijkbeeld>, IApplicationModelConfiguration
{
    public void Configure(EntityTypeBuilder<Wijkbeeld> builder)
    {
        builder.ToTable("Wijkbeelden");
        builder.HasKey(w => w.Id);
        TenantModel.AddTenantId(builder);
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Wijkbeeld.GebiedId), nameof(Wijkbeeld.Versie)).IsUnique();
        builder.HasOne<Gebied>().WithMany().HasForeignKey(w => w.GebiedId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(w => w.Titel).HasMaxLength(200).IsRequired();
        builder.Property(w => w.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(w => w.DuidingKant).HasConversion<string>().HasMaxLength(20);
        builder.PrimitiveCollection(w => w.Team);
        // One document per version, read and replaced whole; each item inside keeps its own origin (G-8).
        builder.Property(w => w.Inhoud).HasJsonConversion().IsRequired();
        builder.Ignore(w => w.IsBewerkbaar);
    }
}
