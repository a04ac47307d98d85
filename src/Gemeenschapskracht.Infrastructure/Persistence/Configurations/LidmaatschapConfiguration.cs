using Gemeenschapskracht.Domain.Lidmaatschappen;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gemeenschapskracht.Infrastructure.Persistence.Configurations;

public sealed class LidmaatschapConfiguration : IEntityTypeConfiguration<Lidmaatschap>
{
    public void Configure(EntityTypeBuilder<Lidmaatschap> builder)
    {
        builder.ToTable("Lidmaatschappen");
        builder.HasKey(l => l.Id);
        builder.HasIndex(l => new { l.UserId, l.TenantId });
        builder.HasIndex(l => l.TenantId);
        builder.Property(l => l.Rollen).HasMaxLength(500).IsRequired();
        builder.Ignore(l => l.RolLijst);
        builder.Ignore(l => l.IsActief);
    }
}
