using Gemeenschapskracht.Domain.Administraties;
using Gemeenschapskracht.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gemeenschapskracht.Infrastructure.Persistence.Configurations;

public sealed class BankafschriftConfiguration : IEntityTypeConfiguration<Bankafschrift>, IApplicationModelConfiguration
{
    public void Configure(EntityTypeBuilder<Bankafschrift> builder)
    {
        builder.ToTable("Bankafschriften");
        builder.HasKey(a => a.Id);
        TenantModel.AddTenantId(builder);
        builder.HasOne<Administratie>().WithMany().HasForeignKey(a => a.AdministratieId).OnDelete(DeleteBehavior.Restrict);
        // A statement of an account is imported once into an administratie.
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Bankafschrift.AdministratieId), nameof(Bankafschrift.Iban), nameof(Bankafschrift.AfschriftId)).IsUnique();
        builder.Property(a => a.Versie).IsConcurrencyToken();
        builder.Property(a => a.AfschriftId).HasMaxLength(100).IsRequired();
        builder.Property(a => a.Iban).HasMaxLength(34).IsRequired();
        builder.Property(a => a.Bestandsnaam).HasMaxLength(200).IsRequired();
        builder.Property(a => a.GeimporteerdDoor).HasMaxLength(200).IsRequired();
        builder.Property(a => a.Beginsaldo).HasConversion(b => b.Eurocent, v => new Bedrag(v));
        builder.Property(a => a.Eindsaldo).HasConversion(b => b.Eurocent, v => new Bedrag(v));
        // The lines are the statement's own parts, read with it and matched in memory (ADR 0016, ADR 0029).
        builder.Property(a => a.Mutaties).HasJsonConversion().IsRequired();
        builder.Ignore(a => a.Open);
    }
}
