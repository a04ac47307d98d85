using Gemeenschapskracht.Domain.Administraties;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Declaraties;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gemeenschapskracht.Infrastructure.Persistence.Configurations;

public sealed class OpdrachtovereenkomstConfiguration : IEntityTypeConfiguration<Opdrachtovereenkomst>, IApplicationModelConfiguration
{
    public void Configure(EntityTypeBuilder<Opdrachtovereenkomst> builder)
    {
        builder.ToTable("Opdrachtovereenkomsten");
        builder.HasKey(o => o.Id);
        TenantModel.AddTenantId(builder);
        builder.HasOne<Administratie>().WithMany().HasForeignKey(o => o.AdministratieId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Opdrachtovereenkomst.HostOrganisatieId));
        // Two invoices recorded at once never together exceed the contracted hours.
        builder.Property(o => o.Versie).IsConcurrencyToken();
        builder.Property(o => o.Opdrachtnemer).HasMaxLength(70).IsRequired();
        builder.Property(o => o.Kvknummer).HasMaxLength(8).IsRequired();
        builder.Property(o => o.Iban).HasMaxLength(34).IsRequired();
        builder.Property(o => o.Omschrijving).HasMaxLength(1000).IsRequired();
        builder.Property(o => o.Uren).HasPrecision(7, 2);
        builder.Property(o => o.Uurtarief).HasConversion(b => b.Eurocent, v => new Bedrag(v));
        builder.Property(o => o.Rekening).HasMaxLength(10).IsRequired();
        builder.Ignore(o => o.Plafond);
    }
}

public sealed class CoordinatorConfiguration : IEntityTypeConfiguration<Coordinator>, IApplicationModelConfiguration
{
    public void Configure(EntityTypeBuilder<Coordinator> builder)
    {
        builder.ToTable("Coordinatoren");
        builder.HasKey(c => c.Id);
        TenantModel.AddTenantId(builder);
        builder.HasOne<Hostorganisatie>().WithMany().HasForeignKey(c => c.HostId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Coordinator.HostOrganisatieId));
        builder.Property(c => c.Naam).HasMaxLength(200).IsRequired();
        builder.Property(c => c.Functie).HasMaxLength(200).IsRequired();
        builder.Property(c => c.UrenPerWeek).HasPrecision(5, 2);
        builder.Property(c => c.AdministratieIds).HasJsonConversion().IsRequired();
        builder.Property(c => c.Toelichting).HasMaxLength(1000);
    }
}
