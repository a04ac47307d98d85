using Gemeenschapskracht.Domain.BuurtTops;
using Gemeenschapskracht.Domain.Gebieden;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gemeenschapskracht.Infrastructure.Persistence.Configurations;

public sealed class BuurtTopConfiguration : IEntityTypeConfiguration<BuurtTop>, IApplicationModelConfiguration
{
    public void Configure(EntityTypeBuilder<BuurtTop> builder)
    {
        builder.ToTable("BuurtTops");
        builder.HasKey(b => b.Id);
        TenantModel.AddTenantId(builder);
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(BuurtTop.GebiedId), nameof(BuurtTop.Datum));
        builder.HasOne<Gebied>().WithMany().HasForeignKey(b => b.GebiedId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(b => b.Titel).HasMaxLength(200).IsRequired();
        builder.Property(b => b.Plek).HasMaxLength(200);
        builder.Property(b => b.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.AanmeldVersie).IsConcurrencyToken();
        // The organiser, the plan, the attendance, the outputs and the reminders are each read and replaced whole (ADR 0016).
        builder.Property(b => b.Organisator).HasJsonConversion();
        builder.Property(b => b.Plan).HasJsonConversion().IsRequired();
        builder.Property(b => b.Aanwezigheid).HasJsonConversion();
        builder.Property(b => b.Opbrengsten).HasJsonConversion().IsRequired();
        builder.Property(b => b.Signaleringen).HasJsonConversion().IsRequired();
        builder.Ignore(b => b.Team);
        builder.Ignore(b => b.IsOpen);
        builder.Ignore(b => b.ZonderWijkbeeld);
    }
}

public sealed class AanmeldingConfiguration : IEntityTypeConfiguration<Aanmelding>, IApplicationModelConfiguration
{
    public void Configure(EntityTypeBuilder<Aanmelding> builder)
    {
        builder.ToTable("BuurtTopAanmeldingen");
        builder.HasKey(a => a.Id);
        TenantModel.AddTenantId(builder);
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Aanmelding.BuurtTopId), nameof(Aanmelding.Email));
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Aanmelding.AfmeldSleutelHash)).IsUnique();
        builder.HasOne<BuurtTop>().WithMany().HasForeignKey(a => a.BuurtTopId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.Naam).HasMaxLength(200).IsRequired();
        builder.Property(a => a.Email).HasMaxLength(254);
        builder.Property(a => a.Categorie).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.ToestemmingVersie).HasMaxLength(50).IsRequired();
        builder.Property(a => a.AfmeldSleutelHash).HasMaxLength(64).IsRequired();
    }
}

public sealed class BuurtTopUitnodigingConfiguration : IEntityTypeConfiguration<BuurtTopUitnodiging>, IApplicationModelConfiguration
{
    public void Configure(EntityTypeBuilder<BuurtTopUitnodiging> builder)
    {
        builder.ToTable("BuurtTopUitnodigingen");
        builder.HasKey(u => u.Id);
        TenantModel.AddTenantId(builder);
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(BuurtTopUitnodiging.BuurtTopId), nameof(BuurtTopUitnodiging.Email)).IsUnique();
        builder.HasOne<BuurtTop>().WithMany().HasForeignKey(u => u.BuurtTopId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(u => u.Categorie).HasConversion<string>().HasMaxLength(20);
        builder.Property(u => u.Email).HasMaxLength(254).IsRequired();
        builder.Property(u => u.VerstuurdDoor).HasMaxLength(200).IsRequired();
    }
}

public sealed class BuurtTopCyclusConfiguration : IEntityTypeConfiguration<BuurtTopCyclus>, IApplicationModelConfiguration
{
    public void Configure(EntityTypeBuilder<BuurtTopCyclus> builder)
    {
        builder.ToTable("BuurtTopCycli");
        builder.HasKey(c => c.Id);
        TenantModel.AddTenantId(builder);
        // One per gemeente.
        builder.HasIndex(TenantModel.TenantIdProperty).IsUnique();
        builder.Property(c => c.Regio).HasConversion<string>().HasMaxLength(10);
        builder.Property(c => c.Dagregel).HasConversion<string>().HasMaxLength(40);
    }
}
