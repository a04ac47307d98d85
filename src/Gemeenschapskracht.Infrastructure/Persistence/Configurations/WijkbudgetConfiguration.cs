using Gemeenschapskracht.Domain.Wijkbudgetten;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gemeenschapskracht.Infrastructure.Persistence.Configurations;

public sealed class WijkbudgetConfiguration : IEntityTypeConfiguration<Wijkbudget>, IApplicationModelConfiguration
{
    public void Configure(EntityTypeBuilder<Wijkbudget> builder)
    {
        builder.ToTable("Wijkbudgetten");
        builder.HasKey(w => w.Id);
        TenantModel.AddTenantId(builder);
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Wijkbudget.WijkId), nameof(Wijkbudget.StartJaar));
        builder.Property(w => w.Status).HasConversion<string>().HasMaxLength(20);
        // The lines, the mix, the tranches and the change history are the budget's own parts, never queried apart.
        builder.Property(w => w.Regels).HasJsonConversion().IsRequired();
        builder.Property(w => w.Bronnen).HasJsonConversion().IsRequired();
        builder.Property(w => w.Tranches).HasJsonConversion().IsRequired();
        builder.Property(w => w.Wijzigingen).HasJsonConversion().IsRequired();
        builder.Property(w => w.Toekenning).HasJsonConversion().HasMaxLength(1000);
        builder.Property(w => w.Evaluatie).HasMaxLength(20000);
        builder.Ignore(w => w.EindJaar);
        builder.Ignore(w => w.Totaal);
        builder.Ignore(w => w.IsAfgesloten);
    }
}
