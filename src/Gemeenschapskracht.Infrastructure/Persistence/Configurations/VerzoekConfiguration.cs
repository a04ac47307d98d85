using Gemeenschapskracht.Domain.Organisaties;
using Gemeenschapskracht.Domain.Verzoeken;
using Gemeenschapskracht.Domain.Wijktoekomstagendas;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gemeenschapskracht.Infrastructure.Persistence.Configurations;

public sealed class VerzoekConfiguration : IEntityTypeConfiguration<Verzoek>, IApplicationModelConfiguration
{
    public void Configure(EntityTypeBuilder<Verzoek> builder)
    {
        builder.ToTable("Verzoeken");
        builder.HasKey(v => v.Id);
        TenantModel.AddTenantId(builder);
        // The answer link is found by the hash of its secret; the secret itself is never stored.
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Verzoek.SleutelHash)).IsUnique();
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Verzoek.GebiedId));
        builder.HasOne<Wijktoekomstagenda>().WithMany().HasForeignKey(v => v.AgendaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisatie>().WithMany().HasForeignKey(v => v.OrganisatieId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(v => v.Vraag).HasMaxLength(4000).IsRequired();
        builder.Property(v => v.SleutelHash).HasMaxLength(64).IsRequired();
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.Antwoord).HasMaxLength(8000);
        builder.Property(v => v.AntwoordLink).HasMaxLength(500);
        builder.Property(v => v.BeantwoordDoor).HasMaxLength(200);
        builder.Property(v => v.Door).HasJsonConversion().IsRequired();
        builder.Property(v => v.Toezeggingen).HasJsonConversion().IsRequired();
    }
}

public sealed class ReactietermijnConfiguration : IEntityTypeConfiguration<Reactietermijn>, IApplicationModelConfiguration
{
    public void Configure(EntityTypeBuilder<Reactietermijn> builder)
    {
        builder.ToTable("Reactietermijnen");
        builder.HasKey(r => r.Id);
        TenantModel.AddTenantId(builder);
        builder.HasIndex(TenantModel.TenantIdProperty).IsUnique();
    }
}
