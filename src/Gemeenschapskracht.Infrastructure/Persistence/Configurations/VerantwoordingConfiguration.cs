using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Subsidies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Gemeenschapskracht.Infrastructure.Persistence.Configurations;

public sealed class VerantwoordingskaderConfiguration : IEntityTypeConfiguration<Verantwoordingskader>, IApplicationModelConfiguration
{
    public void Configure(EntityTypeBuilder<Verantwoordingskader> builder)
    {
        builder.ToTable("Verantwoordingskaders");
        builder.HasKey(k => k.Id);
        TenantModel.AddTenantId(builder);
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Verantwoordingskader.Versie)).IsUnique();
        builder.Property(k => k.ZonderVerslagTot).HasConversion(b => b.Eurocent, v => new Bedrag(v));
        builder.Property(k => k.ActiviteitenverslagTot).HasConversion(b => b.Eurocent, v => new Bedrag(v));
    }
}

public sealed class VerantwoordingConfiguration : IEntityTypeConfiguration<Verantwoording>, IApplicationModelConfiguration
{
    public void Configure(EntityTypeBuilder<Verantwoording> builder)
    {
        builder.ToTable("Verantwoordingen");
        builder.HasKey(v => v.Id);
        TenantModel.AddTenantId(builder);
        builder.HasOne<Beschikking>().WithMany().HasForeignKey(v => v.BeschikkingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Verantwoording.BeschikkingId)).IsUnique();
        builder.Property(v => v.Niveau).HasConversion<string>().HasMaxLength(30);
        builder.Property(v => v.Activiteitenverslag).HasMaxLength(20000).IsRequired();
        builder.Property(v => v.FinancieelVerslag).HasMaxLength(20000);
        // A converter of the non-nullable amount: EF keeps null as NULL and converts the rest.
        builder.Property(v => v.GerealiseerdeKosten).HasConversion(new ValueConverter<Bedrag, long>(b => b.Eurocent, v => new Bedrag(v)));
        // The financial part from the host's books as it was when the report was submitted (G-4, ADR 0028).
        builder.Property(v => v.UitAdministratie).HasJsonConversion();
    }
}

public sealed class VaststellingConfiguration : IEntityTypeConfiguration<Vaststelling>, IApplicationModelConfiguration
{
    public void Configure(EntityTypeBuilder<Vaststelling> builder)
    {
        builder.ToTable("Vaststellingen");
        builder.HasKey(v => v.Id);
        TenantModel.AddTenantId(builder);
        builder.HasOne<Beschikking>().WithMany().HasForeignKey(v => v.BeschikkingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Vaststelling.BeschikkingId)).IsUnique();
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Vaststelling.Kenmerk)).IsUnique();
        builder.Property(v => v.Kenmerk).HasMaxLength(30).IsRequired();
        builder.Property(v => v.Reden).HasMaxLength(5000);
        builder.Property(v => v.Uitkomst).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.VerleendBedrag).HasConversion(b => b.Eurocent, v => new Bedrag(v));
        builder.Property(v => v.VastgesteldBedrag).HasConversion(b => b.Eurocent, v => new Bedrag(v));
        builder.Property(v => v.BetaaldeVoorschotten).HasConversion(b => b.Eurocent, v => new Bedrag(v));
        builder.Property(v => v.Saldo).HasConversion(b => b.Eurocent, v => new Bedrag(v));
        builder.Property(v => v.Afwikkelingen).HasJsonConversion().IsRequired();
        builder.Ignore(v => v.NettoOntvangen);
        builder.Ignore(v => v.Openstaand);
    }
}

public sealed class SteekproefConfiguration : IEntityTypeConfiguration<Steekproef>, IApplicationModelConfiguration
{
    public void Configure(EntityTypeBuilder<Steekproef> builder)
    {
        builder.ToTable("Steekproeven");
        builder.HasKey(s => s.Id);
        TenantModel.AddTenantId(builder);
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Steekproef.Jaar)).IsUnique();
        builder.Property(s => s.Zaad).HasMaxLength(64).IsRequired();
        builder.Property(s => s.Populatie).HasJsonConversion().IsRequired();
        builder.Property(s => s.Getrokken).HasJsonConversion().IsRequired();
    }
}
