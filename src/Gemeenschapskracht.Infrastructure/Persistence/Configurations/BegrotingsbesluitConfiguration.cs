using Gemeenschapskracht.Domain.Wijkbudgetten;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gemeenschapskracht.Infrastructure.Persistence.Configurations;

public sealed class BegrotingsbesluitConfiguration : IEntityTypeConfiguration<Begrotingsbesluit>, IApplicationModelConfiguration
{
    public void Configure(EntityTypeBuilder<Begrotingsbesluit> builder)
    {
        builder.ToTable("Begrotingsbesluiten");
        builder.HasKey(b => b.Id);
        TenantModel.AddTenantId(builder);
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Begrotingsbesluit.Jaar)).IsUnique();
        builder.Property(b => b.Besluit).HasJsonConversion().HasMaxLength(1000).IsRequired();
    }
}
