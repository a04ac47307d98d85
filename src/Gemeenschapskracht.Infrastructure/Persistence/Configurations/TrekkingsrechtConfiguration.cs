using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Trekkingsrechten;
using Gemeenschapskracht.Domain.Wijkbudgetten;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gemeenschapskracht.Infrastructure.Persistence.Configurations;

public sealed class TrekkingsrechtConfiguration : IEntityTypeConfiguration<Trekkingsrecht>, IApplicationModelConfiguration
{
    public void Configure(EntityTypeBuilder<Trekkingsrecht> builder)
    {
        builder.ToTable("Trekkingsrechten");
        builder.HasKey(t => t.Id);
        TenantModel.AddTenantId(builder);
        builder.HasOne<Wijkbudget>().WithMany().HasForeignKey(t => t.WijkbudgetId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Trekkingsrecht.OrganisatieId));
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Trekkingsrecht.Status), nameof(Trekkingsrecht.Tot));
        builder.Property(t => t.Groepsnaam).HasMaxLength(200);
        builder.Property(t => t.Eenheid).HasConversion<string>().HasMaxLength(10);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Doel).HasMaxLength(2000).IsRequired();
        builder.Property(t => t.Tarief).HasConversion<long?>(b => b.HasValue ? b.Value.Eurocent : null, v => v.HasValue ? new Bedrag(v.Value) : null);
        builder.Property(t => t.Waarde).HasConversion(b => b.Eurocent, v => new Bedrag(v));
        builder.Property(t => t.Terugvloei).HasConversion<long?>(b => b.HasValue ? b.Value.Eurocent : null, v => v.HasValue ? new Bedrag(v.Value) : null);
        // Queried: an organisation sees the rights it supplies.
        builder.PrimitiveCollection(t => t.Leveranciers);
        // The draws are the right's own parts, never queried apart (ADR 0016).
        builder.Property(t => t.Trekkingen).HasJsonConversion().IsRequired();
        builder.Ignore(t => t.Getrokken);
        builder.Ignore(t => t.Saldo);
        builder.Ignore(t => t.Vastgelegd);
    }
}
