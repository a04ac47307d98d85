using Gemeenschapskracht.Domain.Beleidskaders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gemeenschapskracht.Infrastructure.Persistence.Configurations;

public sealed class BeleidskaderConfiguration : IEntityTypeConfiguration<Beleidskader>, IApplicationModelConfiguration
{
    public void Configure(EntityTypeBuilder<Beleidskader> builder)
    {
        builder.ToTable("Beleidskaders");
        builder.HasKey(b => b.Id);
        TenantModel.AddTenantId(builder);
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Beleidskader.Versie)).IsUnique();
        builder.Property(b => b.Titel).HasMaxLength(200).IsRequired();
        builder.Property(b => b.Status).HasConversion<string>().HasMaxLength(20);
        // A version is one document, read and replaced whole; its parts are structured inside it.
        builder.Property(b => b.Inhoud).HasJsonConversion().IsRequired();
        builder.Property(b => b.Raadsbesluit).HasJsonConversion().HasMaxLength(1000);
        builder.PrimitiveCollection(b => b.GemeldeSignaleringen);
        builder.Ignore(b => b.IsGeldend);
    }
}
