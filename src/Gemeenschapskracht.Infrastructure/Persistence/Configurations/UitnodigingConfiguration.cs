using Gemeenschapskracht.Domain.Lidmaatschappen;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gemeenschapskracht.Infrastructure.Persistence.Configurations;

public sealed class UitnodigingConfiguration : IEntityTypeConfiguration<Uitnodiging>
{
    public void Configure(EntityTypeBuilder<Uitnodiging> builder)
    {
        builder.ToTable("Uitnodigingen");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Email).HasMaxLength(256).IsRequired();
        builder.Property(u => u.Rollen).HasMaxLength(500).IsRequired();
        builder.Property(u => u.TokenHash).HasMaxLength(100).IsRequired();
        builder.HasIndex(u => u.TokenHash).IsUnique();
        builder.Property(u => u.UitgenodigdDoor).HasMaxLength(200).IsRequired();
        builder.Ignore(u => u.RolLijst);
    }
}
