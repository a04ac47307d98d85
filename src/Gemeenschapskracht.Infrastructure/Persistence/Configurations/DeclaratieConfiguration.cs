using Gemeenschapskracht.Domain.Administraties;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Declaraties;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gemeenschapskracht.Infrastructure.Persistence.Configurations;

public sealed class DeclaratieConfiguration : IEntityTypeConfiguration<Declaratie>, IApplicationModelConfiguration
{
    public void Configure(EntityTypeBuilder<Declaratie> builder)
    {
        builder.ToTable("Declaraties");
        builder.HasKey(d => d.Id);
        TenantModel.AddTenantId(builder);
        builder.HasOne<Administratie>().WithMany().HasForeignKey(d => d.AdministratieId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Declaratie.AdministratieId), nameof(Declaratie.Nummer)).IsUnique();
        // The back office's queue of its host, the batch's declaraties.
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Declaratie.HostOrganisatieId), nameof(Declaratie.Status));
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Declaratie.DeclaratiebetalingId));
        // Two batches made at once never take the same declaratie.
        builder.Property(d => d.Versie).IsConcurrencyToken();
        builder.Property(d => d.Bedrag).HasConversion(b => b.Eurocent, v => new Bedrag(v));
        builder.Property(d => d.Kenmerk).HasMaxLength(30).IsRequired();
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Soort).HasConversion<string>().HasMaxLength(20);
        // The invoices under a contract (no foreign key, as for the batch: a contract is never deleted, and SQLite would rebuild the table for one).
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Declaratie.OpdrachtovereenkomstId));
        builder.Property(d => d.Factuur).HasJsonConversion();
        builder.Property(d => d.Rekening).HasMaxLength(10).IsRequired();
        builder.Property(d => d.Omschrijving).HasMaxLength(300).IsRequired();
        builder.Property(d => d.NaamBegunstigde).HasMaxLength(70).IsRequired();
        builder.Property(d => d.Iban).HasMaxLength(34).IsRequired();
        builder.Property(d => d.IngediendDoor).HasMaxLength(200).IsRequired();
        builder.Property(d => d.Bonnetje).HasJsonConversion();
        builder.Property(d => d.Goedkeuringen).HasJsonConversion().IsRequired();
        builder.Property(d => d.Historie).HasJsonConversion().IsRequired();
        builder.Ignore(d => d.IsWijzigbaar);
    }
}

public sealed class DeclaratiebetalingConfiguration : IEntityTypeConfiguration<Declaratiebetaling>, IApplicationModelConfiguration
{
    public void Configure(EntityTypeBuilder<Declaratiebetaling> builder)
    {
        builder.ToTable("Declaratiebetalingen");
        builder.HasKey(b => b.Id);
        TenantModel.AddTenantId(builder);
        builder.HasOne<Hostorganisatie>().WithMany().HasForeignKey(b => b.HostId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Declaratiebetaling.Berichtkenmerk)).IsUnique();
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Declaratiebetaling.HostOrganisatieId));
        builder.Property(b => b.Berichtkenmerk).HasMaxLength(35).IsRequired();
        builder.Property(b => b.Opdrachtgever).HasMaxLength(200).IsRequired();
        builder.Property(b => b.OpdrachtgeverIban).HasMaxLength(34).IsRequired();
        builder.Property(b => b.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.Intrekkingsreden).HasMaxLength(Declaratiebetaling.IntrekkingsredenMaxLengte);
        builder.Property(b => b.Overboekingen).HasJsonConversion().IsRequired();
        builder.Property(b => b.Versie).IsConcurrencyToken();
        builder.Ignore(b => b.Totaal);
    }
}
