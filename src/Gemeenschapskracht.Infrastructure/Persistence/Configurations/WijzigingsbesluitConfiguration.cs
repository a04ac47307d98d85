using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Subsidies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gemeenschapskracht.Infrastructure.Persistence.Configurations;

public sealed class WijzigingsbesluitConfiguration : IEntityTypeConfiguration<Wijzigingsbesluit>, IApplicationModelConfiguration
{
    public void Configure(EntityTypeBuilder<Wijzigingsbesluit> builder)
    {
        builder.ToTable("Wijzigingsbesluiten");
        builder.HasKey(w => w.Id);
        TenantModel.AddTenantId(builder);
        builder.HasOne<Beschikking>().WithMany().HasForeignKey(w => w.BeschikkingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Wijzigingsbesluit.Kenmerk)).IsUnique();
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Wijzigingsbesluit.OrganisatieId));
        builder.Property(w => w.Kenmerk).HasMaxLength(30).IsRequired();
        builder.Property(w => w.Betreft).HasConversion<string>().HasMaxLength(20);
        builder.Property(w => w.Grond).HasConversion<string>().HasMaxLength(40);
        builder.Property(w => w.Toelichting).HasMaxLength(5000).IsRequired();
        builder.Property(w => w.OudBedrag).HasConversion(b => b.Eurocent, v => new Bedrag(v));
        builder.Property(w => w.NieuwBedrag).HasConversion(b => b.Eurocent, v => new Bedrag(v));
        builder.Property(w => w.Betaald).HasConversion(b => b.Eurocent, v => new Bedrag(v));
        builder.Property(w => w.Terugvordering).HasConversion(b => b.Eurocent, v => new Bedrag(v));
    }
}
