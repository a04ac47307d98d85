using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Subsidies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gemeenschapskracht.Infrastructure.Persistence.Configurations;

public sealed class BeschikkingConfiguration : IEntityTypeConfiguration<Beschikking>, IApplicationModelConfiguration
{
    public void Configure(EntityTypeBuilder<Beschikking> builder)
    {
        builder.ToTable("Beschikkingen");
        builder.HasKey(b => b.Id);
        TenantModel.AddTenantId(builder);
        builder.HasOne<Subsidieaanvraag>().WithMany().HasForeignKey(b => b.AanvraagId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Beschikking.AanvraagId)).IsUnique();
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Beschikking.OrganisatieId));
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Beschikking.Kenmerk)).IsUnique();
        builder.Property(b => b.Kenmerk).HasMaxLength(30).IsRequired();
        builder.Property(b => b.Soort).HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.Bedrag).HasConversion(b => b.Eurocent, v => new Bedrag(v));
        builder.Property(b => b.Motivering).HasMaxLength(5000).IsRequired();
        builder.Property(b => b.Activiteiten).HasMaxLength(20000);
        builder.Property(b => b.Verplichtingen).HasJsonConversion().HasMaxLength(22000).IsRequired();
        builder.Property(b => b.Jaren).HasJsonConversion().HasMaxLength(2000).IsRequired();
        builder.Property(b => b.Voorschotten).HasJsonConversion().IsRequired();
        // Raised by every payment change: two batches that read the same unpaid voorschot cannot both take it.
        builder.Property(b => b.Versie).IsConcurrencyToken();
        builder.Property(b => b.Niveau).HasConversion<string>().HasMaxLength(30);
        builder.Ignore(b => b.Betaald);
        builder.Ignore(b => b.VraagtVerslag);
    }
}

public sealed class BetaalopdrachtConfiguration : IEntityTypeConfiguration<Betaalopdracht>, IApplicationModelConfiguration
{
    public void Configure(EntityTypeBuilder<Betaalopdracht> builder)
    {
        builder.ToTable("Betaalopdrachten");
        builder.HasKey(b => b.Id);
        TenantModel.AddTenantId(builder);
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Betaalopdracht.Berichtkenmerk)).IsUnique();
        builder.Property(b => b.Berichtkenmerk).HasMaxLength(35).IsRequired();
        builder.Property(b => b.Opdrachtgever).HasMaxLength(70).IsRequired();
        builder.Property(b => b.OpdrachtgeverIban).HasMaxLength(34).IsRequired();
        builder.Property(b => b.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.Regels).HasJsonConversion().IsRequired();
        builder.Ignore(b => b.Totaal);
    }
}
