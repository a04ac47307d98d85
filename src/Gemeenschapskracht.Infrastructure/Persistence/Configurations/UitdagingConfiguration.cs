using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Uitdagingen;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gemeenschapskracht.Infrastructure.Persistence.Configurations;

public sealed class ParticipatieverordeningConfiguration : IEntityTypeConfiguration<Participatieverordening>, IApplicationModelConfiguration
{
    public void Configure(EntityTypeBuilder<Participatieverordening> builder)
    {
        builder.ToTable("Participatieverordeningen");
        builder.HasKey(v => v.Id);
        TenantModel.AddTenantId(builder);
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Participatieverordening.Versie)).IsUnique();
        builder.Property(v => v.Referentie).HasMaxLength(300).IsRequired();
        // The criteria and exclusions are the version's own parts, never queried apart (ADR 0016).
        builder.Property(v => v.Criteria).HasJsonConversion().IsRequired();
        builder.Property(v => v.UitgeslotenTaken).HasJsonConversion().IsRequired();
    }
}

public sealed class UitdagingConfiguration : IEntityTypeConfiguration<Uitdaging>, IApplicationModelConfiguration
{
    public void Configure(EntityTypeBuilder<Uitdaging> builder)
    {
        builder.ToTable("Uitdagingen");
        builder.HasKey(u => u.Id);
        TenantModel.AddTenantId(builder);
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Uitdaging.Kenmerk)).IsUnique();
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Uitdaging.OrganisatieId));
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Uitdaging.Status));
        builder.Property(u => u.Kenmerk).HasMaxLength(30).IsRequired();
        builder.Property(u => u.Groepsnaam).HasMaxLength(200);
        builder.Property(u => u.Contactnaam).HasMaxLength(200);
        builder.Property(u => u.ContactEmail).HasMaxLength(254);
        builder.Property(u => u.Taak).HasMaxLength(300).IsRequired();
        builder.Property(u => u.Voorstel).HasMaxLength(20000).IsRequired();
        builder.Property(u => u.Bedrag).HasConversion(b => b.Eurocent, v => new Bedrag(v));
        builder.Property(u => u.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(u => u.NietOntvankelijkReden).HasMaxLength(4000);
        builder.Property(u => u.Motivering).HasMaxLength(20000);
        builder.Property(u => u.BesluitDoor).HasMaxLength(200);
        builder.Property(u => u.Evaluatie).HasMaxLength(20000);
        // The challenge's own parts, never queried apart (ADR 0016): the criteria of its version, the assessments, the transfer, the notes.
        builder.Property(u => u.Criteria).HasJsonConversion().IsRequired();
        builder.Property(u => u.Oordelen).HasJsonConversion().IsRequired();
        builder.Property(u => u.Overdracht).HasJsonConversion();
        builder.Property(u => u.Monitoring).HasJsonConversion().IsRequired();
        builder.Ignore(u => u.HeeftBesluit);
        builder.Ignore(u => u.IsToegekend);
        builder.Ignore(u => u.BezwaarUiterlijk);
    }
}
