using Gemeenschapskracht.Domain.Administraties;
using Gemeenschapskracht.Domain.Organisaties;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gemeenschapskracht.Infrastructure.Persistence.Configurations;

public sealed class AdministratieConfiguration : IEntityTypeConfiguration<Administratie>, IApplicationModelConfiguration
{
    public void Configure(EntityTypeBuilder<Administratie> builder)
    {
        builder.ToTable("Administraties");
        builder.HasKey(a => a.Id);
        TenantModel.AddTenantId(builder);
        builder.HasOne<Organisatie>().WithMany().HasForeignKey(a => a.GroepId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Hostorganisatie>().WithMany().HasForeignKey(a => a.HostId).OnDelete(DeleteBehavior.Restrict);
        // One administratie per group; the back office reads its host's.
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Administratie.GroepId)).IsUnique();
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Administratie.HostOrganisatieId));
        // Entries are numbered from it and a month is not closed while one is booked into it.
        builder.Property(a => a.Versie).IsConcurrencyToken();
        // The chart and the months are the administratie's own parts, never queried apart (ADR 0016, ADR 0025).
        builder.Property(a => a.Rekeningen).HasJsonConversion().IsRequired();
        builder.Property(a => a.Perioden).HasJsonConversion().IsRequired();
    }
}

public sealed class JournaalpostConfiguration : IEntityTypeConfiguration<Journaalpost>, IApplicationModelConfiguration
{
    public void Configure(EntityTypeBuilder<Journaalpost> builder)
    {
        builder.ToTable("Journaalposten");
        builder.HasKey(p => p.Id);
        TenantModel.AddTenantId(builder);
        builder.HasOne<Administratie>().WithMany().HasForeignKey(p => p.AdministratieId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Journaalpost.AdministratieId), nameof(Journaalpost.Nummer)).IsUnique();
        // An entry is reversed once.
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Journaalpost.TegenboekingVanId)).IsUnique();
        builder.Property(p => p.Soort).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Omschrijving).HasMaxLength(400).IsRequired();
        builder.Property(p => p.GeboektDoor).HasMaxLength(200).IsRequired();
        builder.Property(p => p.Regels).HasJsonConversion().IsRequired();
        builder.Ignore(p => p.Totaal);
    }
}
