using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Dienstverleningsafspraken;
using Gemeenschapskracht.Domain.Wijkbudgetten;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gemeenschapskracht.Infrastructure.Persistence.Configurations;

public sealed class DienstverleningsafspraakConfiguration : IEntityTypeConfiguration<Dienstverleningsafspraak>, IApplicationModelConfiguration
{
    public void Configure(EntityTypeBuilder<Dienstverleningsafspraak> builder)
    {
        builder.ToTable("Dienstverleningsafspraken");
        builder.HasKey(a => a.Id);
        TenantModel.AddTenantId(builder);
        builder.HasOne<Wijkbudget>().WithMany().HasForeignKey(a => a.WijkbudgetId).OnDelete(DeleteBehavior.Restrict);
        // Queried: a wijk's agreements (and the wijkbeeld's deployment), a party's own.
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Dienstverleningsafspraak.WijkId), nameof(Dienstverleningsafspraak.Status));
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Dienstverleningsafspraak.BewonersorganisatieId));
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Dienstverleningsafspraak.AanbiederId));
        builder.Property(a => a.Vorm).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.SoortWerk).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Resultaten).HasMaxLength(4000).IsRequired();
        builder.Property(a => a.Werkwijze).HasMaxLength(4000).IsRequired();
        builder.Property(a => a.UrenPerWeek).HasPrecision(6, 2);
        builder.Property(a => a.Jaarprijs).HasConversion(b => b.Eurocent, v => new Bedrag(v));
        builder.Property(a => a.Beeindigingsreden).HasMaxLength(2000);
        // The agreement's own parts, never queried apart (ADR 0016).
        builder.Property(a => a.Zeggenschap).HasJsonConversion().IsRequired();
        builder.Property(a => a.Professionals).HasJsonConversion().IsRequired();
        builder.Property(a => a.Ondertekeningen).HasJsonConversion().IsRequired();
        builder.Property(a => a.Evaluatiemomenten).HasJsonConversion().IsRequired();
        builder.Ignore(a => a.Totaalprijs);
    }
}
