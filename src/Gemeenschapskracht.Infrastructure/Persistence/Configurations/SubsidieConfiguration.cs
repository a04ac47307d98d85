using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Subsidies;
using Gemeenschapskracht.Domain.Wijkbudgetten;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gemeenschapskracht.Infrastructure.Persistence.Configurations;

public sealed class SubsidieregelingConfiguration : IEntityTypeConfiguration<Subsidieregeling>, IApplicationModelConfiguration
{
    public void Configure(EntityTypeBuilder<Subsidieregeling> builder)
    {
        builder.ToTable("Subsidieregelingen");
        builder.HasKey(r => r.Id);
        TenantModel.AddTenantId(builder);
        builder.HasOne<Wijkbudget>().WithMany().HasForeignKey(r => r.WijkbudgetId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.Titel).HasMaxLength(200).IsRequired();
        builder.Property(r => r.Grondslag).HasMaxLength(500).IsRequired();
        builder.Property(r => r.Criteria).HasJsonConversion().HasMaxLength(50000).IsRequired();
        builder.Property(r => r.Verdeelwijze).HasMaxLength(2000).IsRequired();
        builder.Property(r => r.Aanvragers).HasMaxLength(2000).IsRequired();
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.PrimitiveCollection(r => r.RegelIds);
        builder.Property(r => r.Plafond).HasJsonConversion().HasMaxLength(500).IsRequired();
        builder.Property(r => r.Mededingingsruimte).HasJsonConversion().HasMaxLength(22000);
        builder.Property(r => r.Verleend).HasConversion(b => b.Eurocent, v => new Bedrag(v));
        builder.Property(r => r.VierOgenVanaf).HasConversion(b => b.Eurocent, v => new Bedrag(v));
        // Every grant raises it: of two grants that read the same remainder only one is saved (the other is a 409).
        builder.Property(r => r.Versie).IsConcurrencyToken();
        builder.Ignore(r => r.Resterend);
    }
}

public sealed class SubsidieaanvraagConfiguration : IEntityTypeConfiguration<Subsidieaanvraag>, IApplicationModelConfiguration
{
    public void Configure(EntityTypeBuilder<Subsidieaanvraag> builder)
    {
        builder.ToTable("Subsidieaanvragen");
        builder.HasKey(a => a.Id);
        TenantModel.AddTenantId(builder);
        builder.HasOne<Subsidieregeling>().WithMany().HasForeignKey(a => a.RegelingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Subsidieaanvraag.OrganisatieId));
        builder.Property(a => a.Groepsnaam).HasMaxLength(200);
        builder.Property(a => a.Plan).HasMaxLength(20000).IsRequired();
        builder.Property(a => a.Bedrag).HasConversion(b => b.Eurocent, v => new Bedrag(v));
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(30);
        builder.PrimitiveCollection(a => a.AmbitieIds);
        builder.Property(a => a.AanvullingVraag).HasMaxLength(2000);
        builder.Property(a => a.Verdaging).HasMaxLength(2000);
        builder.Property(a => a.Besluit).HasJsonConversion().HasMaxLength(6000);
        builder.Property(a => a.Beoordelingen).HasJsonConversion().IsRequired();
    }
}
