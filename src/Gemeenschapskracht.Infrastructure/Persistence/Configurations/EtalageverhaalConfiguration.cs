using Gemeenschapskracht.Domain.Etalage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gemeenschapskracht.Infrastructure.Persistence.Configurations;

public sealed class EtalageverhaalConfiguration : IEntityTypeConfiguration<Etalageverhaal>, IApplicationModelConfiguration
{
    public void Configure(EntityTypeBuilder<Etalageverhaal> builder)
    {
        builder.ToTable("Etalageverhalen");
        builder.HasKey(v => v.Id);
        TenantModel.AddTenantId(builder);
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Etalageverhaal.Status), nameof(Etalageverhaal.GepubliceerdOp));
        builder.Property(v => v.Titel).HasMaxLength(200).IsRequired();
        builder.Property(v => v.Verhaal).HasMaxLength(8000).IsRequired();
        builder.Property(v => v.Lessen).HasMaxLength(4000).IsRequired();
        builder.Property(v => v.Contact).HasMaxLength(500).IsRequired();
        builder.Property(v => v.Herkomst).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
        // The story's own parts, never queried apart (ADR 0016).
        builder.Property(v => v.Fotos).HasJsonConversion().IsRequired();
        builder.Property(v => v.Toestemming).HasJsonConversion();
        builder.Ignore(v => v.IsOpenbaar);
    }
}
