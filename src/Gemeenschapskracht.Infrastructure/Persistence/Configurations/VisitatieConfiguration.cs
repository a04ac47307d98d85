using Gemeenschapskracht.Domain.Visitaties;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gemeenschapskracht.Infrastructure.Persistence.Configurations;

public sealed class VisitatiecyclusConfiguration : IEntityTypeConfiguration<Visitatiecyclus>, IApplicationModelConfiguration
{
    public void Configure(EntityTypeBuilder<Visitatiecyclus> builder)
    {
        builder.ToTable("Visitatiecycli");
        builder.HasKey(c => c.Id);
        TenantModel.AddTenantId(builder);
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Visitatiecyclus.Soort));
        builder.Property(c => c.Naam).HasMaxLength(200).IsRequired();
        builder.Property(c => c.Soort).HasConversion<string>().HasMaxLength(20);
        // The cycle's own parts, never queried apart (ADR 0016).
        builder.Property(c => c.Perspectieven).HasJsonConversion().IsRequired();
    }
}

public sealed class VisitatieConfiguration : IEntityTypeConfiguration<Visitatie>, IApplicationModelConfiguration
{
    public void Configure(EntityTypeBuilder<Visitatie> builder)
    {
        builder.ToTable("Visitaties");
        builder.HasKey(v => v.Id);
        TenantModel.AddTenantId(builder);
        builder.HasOne<Visitatiecyclus>().WithMany().HasForeignKey(v => v.CyclusId).OnDelete(DeleteBehavior.Restrict);
        // J9 opens a subject's visitatie of a round once, however often it runs or is restarted.
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Visitatie.CyclusId), nameof(Visitatie.OnderwerpId), nameof(Visitatie.GeplandOp)).IsUnique();
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Visitatie.WijkId), nameof(Visitatie.Status));
        builder.Property(v => v.Soort).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.OnderwerpNaam).HasMaxLength(200).IsRequired();
        builder.Property(v => v.Zelfreflectie).HasMaxLength(8000);
        builder.Property(v => v.Reactie).HasMaxLength(8000);
        // The visitatie's own parts, never queried apart (ADR 0016).
        builder.Property(v => v.Perspectieven).HasJsonConversion().IsRequired();
        builder.Property(v => v.Panel).HasJsonConversion().IsRequired();
        builder.Property(v => v.Inbreng).HasJsonConversion().IsRequired();
        builder.Property(v => v.Beoordelingen).HasJsonConversion().IsRequired();
        builder.Property(v => v.Vervolgacties).HasJsonConversion().IsRequired();
    }
}
