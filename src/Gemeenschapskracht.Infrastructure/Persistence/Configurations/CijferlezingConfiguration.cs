using Gemeenschapskracht.Domain.Wijkbeelden;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gemeenschapskracht.Infrastructure.Persistence.Configurations;

public sealed class CijferlezingConfiguration : IEntityTypeConfiguration<Cijferlezing>, IApplicationModelConfiguration
{
    public void Configure(EntityTypeBuilder<Cijferlezing> builder)
    {
        builder.ToTable("Cijferlezingen");
        builder.HasKey(c => c.Id);
        TenantModel.AddTenantId(builder);
        builder.HasIndex(TenantModel.TenantIdProperty).IsUnique();
        // A handful of measures, always read and replaced together.
        builder.Property(c => c.Afwijkingen).HasJsonConversion().IsRequired();
    }
}
