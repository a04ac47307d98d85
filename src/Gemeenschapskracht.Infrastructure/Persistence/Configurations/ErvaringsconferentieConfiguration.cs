using Gemeenschapskracht.Domain.Ervaringsconferenties;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gemeenschapskracht.Infrastructure.Persistence.Configurations;

public sealed class ErvaringsconferentieConfiguration : IEntityTypeConfiguration<Ervaringsconferentie>, IApplicationModelConfiguration
{
    public void Configure(EntityTypeBuilder<Ervaringsconferentie> builder)
    {
        builder.ToTable("Ervaringsconferenties");
        builder.HasKey(c => c.Id);
        TenantModel.AddTenantId(builder);
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Ervaringsconferentie.Datum));
        builder.Property(c => c.Titel).HasMaxLength(200).IsRequired();
        builder.Property(c => c.Thema).HasMaxLength(200).IsRequired();
        builder.Property(c => c.Plek).HasMaxLength(300).IsRequired();
        builder.Property(c => c.Omschrijving).HasMaxLength(4000).IsRequired();
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        // The conference's own parts, never queried apart (ADR 0016).
        builder.Property(c => c.Programma).HasJsonConversion().IsRequired();
        builder.Property(c => c.WijkIds).HasJsonConversion().IsRequired();
        builder.Property(c => c.Lessen).HasJsonConversion().IsRequired();
    }
}

public sealed class ConferentieaanmeldingConfiguration : IEntityTypeConfiguration<Conferentieaanmelding>, IApplicationModelConfiguration
{
    public void Configure(EntityTypeBuilder<Conferentieaanmelding> builder)
    {
        builder.ToTable("Conferentieaanmeldingen");
        builder.HasKey(a => a.Id);
        TenantModel.AddTenantId(builder);
        builder.HasOne<Ervaringsconferentie>().WithMany().HasForeignKey(a => a.ConferentieId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Conferentieaanmelding.ConferentieId), nameof(Conferentieaanmelding.Email));
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Conferentieaanmelding.AfmeldSleutelHash)).IsUnique();
        builder.Property(a => a.Naam).HasMaxLength(200).IsRequired();
        builder.Property(a => a.Email).HasMaxLength(254);
        builder.Property(a => a.ToestemmingVersie).HasMaxLength(50).IsRequired();
        builder.Property(a => a.AfmeldSleutelHash).HasMaxLength(64).IsRequired();
        builder.Ignore(a => a.IsAfgemeld);
    }
}
