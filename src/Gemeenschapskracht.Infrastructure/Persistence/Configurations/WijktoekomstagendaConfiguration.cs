using Gemeenschapskracht.Domain.Gebieden;
using Gemeenschapskracht.Domain.Wijktoekomstagendas;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gemeenschapskracht.Infrastructure.Persistence.Configurations;

public sealed class WijktoekomstagendaConfiguration : IEntityTypeConfiguration<Wijktoekomstagenda>, IApplicationModelConfiguration
{
    public void Configure(EntityTypeBuilder<Wijktoekomstagenda> builder)
    {
        builder.ToTable("Wijktoekomstagendas");
        builder.HasKey(a => a.Id);
        TenantModel.AddTenantId(builder);
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Wijktoekomstagenda.GebiedId), nameof(Wijktoekomstagenda.Versie)).IsUnique();
        builder.HasOne<Gebied>().WithMany().HasForeignKey(a => a.GebiedId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.Titel).HasMaxLength(200).IsRequired();
        builder.Property(a => a.Intro).HasMaxLength(4000);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.PrimitiveCollection(a => a.Team);
        builder.Property(a => a.Verspreidingen).HasJsonConversion().IsRequired();
        builder.Property(a => a.Herijkingen).HasJsonConversion().IsRequired();
        // Ambitions are rows of their own: budgets, subsidies and reviews reference them by their stable AmbitieId (ADR 0018).
        builder.HasMany(a => a.Ambities).WithOne().HasForeignKey(a => a.AgendaId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Ambities).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(a => a.IsOpenbaar);
        builder.Ignore(a => a.IsBewerkbaar);
        builder.Ignore(a => a.HorizonStart);
        builder.Ignore(a => a.Halverwege);
        builder.Ignore(a => a.HorizonEinde);
    }
}

public sealed class AmbitieConfiguration : IEntityTypeConfiguration<Ambitie>, IApplicationModelConfiguration
{
    public void Configure(EntityTypeBuilder<Ambitie> builder)
    {
        builder.ToTable("Ambities");
        builder.HasKey(a => a.Id);
        TenantModel.AddTenantId(builder);
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Ambitie.AgendaId), nameof(Ambitie.AmbitieId)).IsUnique();
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Ambitie.AmbitieId));
        builder.Property(a => a.Titel).HasMaxLength(200).IsRequired();
        builder.Property(a => a.Tekst).HasMaxLength(4000).IsRequired();
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.LosgelatenReden).HasMaxLength(2000);
        builder.Property(a => a.Herkomst).HasJsonConversion().IsRequired();
        builder.Property(a => a.Werkgroepen).HasJsonConversion().IsRequired();
        builder.Property(a => a.Opmerkingen).HasJsonConversion().IsRequired();
        builder.Ignore(a => a.IsEigenDoel);
    }
}
