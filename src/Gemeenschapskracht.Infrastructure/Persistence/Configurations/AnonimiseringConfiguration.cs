using Gemeenschapskracht.Domain.Persoonsgegevens;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gemeenschapskracht.Infrastructure.Persistence.Configurations;

public sealed class AnonimiseringConfiguration : IEntityTypeConfiguration<Anonimisering>, IApplicationModelConfiguration
{
    public void Configure(EntityTypeBuilder<Anonimisering> builder)
    {
        builder.ToTable("Anonimiseringen");
        builder.HasKey(a => a.Id);
        TenantModel.AddTenantId(builder);
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Anonimisering.UitgevoerdOp));
        builder.Property(a => a.Pseudoniem).HasMaxLength(40);
        builder.Property(a => a.Reden).HasMaxLength(1000);
        builder.Property(a => a.UitgevoerdDoor).HasMaxLength(200);
    }
}
