using Gemeenschapskracht.Domain.Persoonsgegevens;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gemeenschapskracht.Infrastructure.Persistence.Configurations;

public sealed class BewaarbeleidConfiguration : IEntityTypeConfiguration<Bewaarbeleid>, IApplicationModelConfiguration
{
    public void Configure(EntityTypeBuilder<Bewaarbeleid> builder)
    {
        builder.ToTable("Bewaarbeleid");
        builder.HasKey(b => b.Id);
        TenantModel.AddTenantId(builder);
        builder.HasIndex(TenantModel.TenantIdProperty).IsUnique();
        builder.Property(b => b.GewijzigdDoor).HasMaxLength(200);
    }
}
