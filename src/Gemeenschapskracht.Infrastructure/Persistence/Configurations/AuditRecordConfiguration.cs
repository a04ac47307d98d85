using Gemeenschapskracht.Domain.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gemeenschapskracht.Infrastructure.Persistence.Configurations;

public sealed class AuditRecordConfiguration : IEntityTypeConfiguration<AuditRecord>
{
    public const string Table = "AuditRecords";

    public void Configure(EntityTypeBuilder<AuditRecord> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(a => a.Id);
        builder.HasIndex(a => new { a.TenantId, a.OccurredAt });
        builder.Property(a => a.Actor).HasMaxLength(200).IsRequired();
        builder.Property(a => a.Action).HasMaxLength(50).IsRequired();
        builder.Property(a => a.ObjectType).HasMaxLength(100).IsRequired();
        builder.Property(a => a.ObjectId).HasMaxLength(100).IsRequired();
        builder.Property(a => a.Result).HasMaxLength(50).IsRequired();
        builder.Property(a => a.Origin).HasMaxLength(100);
    }
}
