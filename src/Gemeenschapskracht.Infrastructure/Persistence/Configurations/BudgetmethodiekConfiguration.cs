using Gemeenschapskracht.Domain.Wijkbudgetten;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gemeenschapskracht.Infrastructure.Persistence.Configurations;

public sealed class BudgetmethodiekConfiguration : IEntityTypeConfiguration<Budgetmethodiek>, IApplicationModelConfiguration
{
    public void Configure(EntityTypeBuilder<Budgetmethodiek> builder)
    {
        builder.ToTable("Budgetmethodieken");
        builder.HasKey(m => m.Id);
        TenantModel.AddTenantId(builder);
        builder.HasIndex(TenantModel.TenantIdProperty, nameof(Budgetmethodiek.Versie)).IsUnique();
        builder.Property(m => m.Titel).HasMaxLength(200).IsRequired();
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        // Envelope, criteria and floor are read and replaced as one document, like a beleidskader version.
        builder.Property(m => m.Inhoud).HasJsonConversion().IsRequired();
        builder.Property(m => m.Raadsbesluit).HasJsonConversion().HasMaxLength(1000);
        builder.Ignore(m => m.IsGeldend);
    }
}
