using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Gemeenschapskracht.Infrastructure.Persistence.Interceptors;

/// <summary>
/// Stamps the context's tenant on new tenant rows and refuses to save any row of another tenant, or any tenant
/// row at all without a tenant. The last line of defence behind the query filter.
/// </summary>
public sealed class TenantSaveChangesInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        StampAndGuard(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        StampAndGuard(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public static void StampAndGuard(DbContext? context)
    {
        if (context is not ApplicationDbContext db)
            return;
        db.ChangeTracker.DetectChanges();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached || !TenantModel.IsTenantEntity(entry.Metadata.ClrType))
                continue;
            var current = db.TenantId
                ?? throw new TenantMismatchException($"Cannot save {entry.Metadata.ClrType.Name} without a tenant.");
            var property = entry.Property(TenantModel.TenantIdProperty);
            var stamped = (Guid)property.CurrentValue!;
            if (entry.State == EntityState.Added)
            {
                if (stamped == Guid.Empty)
                    property.CurrentValue = current;
                else if (stamped != current)
                    throw new TenantMismatchException($"{entry.Metadata.ClrType.Name} belongs to another tenant than {current}.");
            }
            // A changed or removed row must have been read in this tenant: an unknown (empty) or foreign original refuses.
            else if (stamped != current || (Guid)property.OriginalValue! != current)
            {
                throw new TenantMismatchException($"{entry.Metadata.ClrType.Name} was not read in tenant {current}.");
            }
        }
    }
}

/// <summary>A save crossed a tenant boundary. A programming error, never user input: it is logged and answered with 500.</summary>
public sealed class TenantMismatchException(string message) : InvalidOperationException(message);
