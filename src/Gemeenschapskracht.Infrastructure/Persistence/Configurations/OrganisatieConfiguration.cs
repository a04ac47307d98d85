using Gemeenschapskracht.Domain.Organisaties;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gemeenschapskracht.Infrastructure.Persistence.Configurations;

public sealed class OrganisatieConfiguration : IEntityTypeConfiguration<Organisatie>, IApplicationModelConfiguration
{
    public void Configure(EntityTypeBuilder<Organisatie> builder)
    {
        builder.ToTable("Organisaties");
        builder.HasKey(o => o.Id);
        TenantModel.AddTenantId(builder);
        builder.Property(o => o.Naam).HasMaxLength(200).IsRequired();
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Organisatie.Naam));
        builder.Property(o => o.Soort).HasConversion<string>().HasMaxLength(30);
        builder.Property(o => o.Rechtsvorm).HasConversion<string>().HasMaxLength(30);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.Kvknummer).HasMaxLength(8);
        builder.Property(o => o.Omschrijving).HasMaxLength(2000);
        builder.Property(o => o.Iban).HasMaxLength(34);
        builder.Property(o => o.Tenaamstelling).HasMaxLength(70);
        builder.PrimitiveCollection(o => o.WijkIds);
        builder.PrimitiveCollection(o => o.PubliekeWaardeIds);
        builder.ComplexProperty(o => o.Contact, contact =>
        {
            contact.Property(c => c.Contactpersoon).HasMaxLength(200);
            contact.Property(c => c.Email).HasMaxLength(254);
            contact.Property(c => c.Telefoon).HasMaxLength(30);
            contact.Property(c => c.Website).HasMaxLength(500);
        });
    }
}
