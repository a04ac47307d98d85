using Gemeenschapskracht.Domain.Administraties;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Organisaties;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gemeenschapskracht.Infrastructure.Persistence.Configurations;

public sealed class HostorganisatieConfiguration : IEntityTypeConfiguration<Hostorganisatie>, IApplicationModelConfiguration
{
    public void Configure(EntityTypeBuilder<Hostorganisatie> builder)
    {
        builder.ToTable("Hostorganisaties");
        builder.HasKey(h => h.Id);
        TenantModel.AddTenantId(builder);
        builder.HasOne<Organisatie>().WithMany().HasForeignKey(h => h.OrganisatieId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Hostorganisatie.OrganisatieId)).IsUnique();
        builder.Property(h => h.Dienstverlening).HasMaxLength(2000).IsRequired();
        builder.Property(h => h.VierOgenDrempel).HasConversion(b => b.Eurocent, v => new Bedrag(v));
        builder.Property(h => h.Kosten).HasJsonConversion().HasMaxLength(12000).IsRequired();
    }
}
