using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Lidmaatschappen;
using Gemeenschapskracht.Domain.Tenants;
using Gemeenschapskracht.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Gemeenschapskracht.Infrastructure.Persistence.Interceptors;

/// <summary>
/// Writes an audit record, in the same save, for every added, changed or removed <see cref="IAudited"/> entity.
/// One for all pooled contexts: the audit log (and with it the user) is the lease's, the gemeente the current one.
/// </summary>
public sealed class AuditSaveChangesInterceptor(ITenantContextAccessor tenants) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        AddAuditRecords(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        AddAuditRecords(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void AddAuditRecords(DbContext? context)
    {
        if (context is null)
            return;
        context.ChangeTracker.DetectChanges();
        var changed = context.ChangeTracker.Entries<IAudited>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        if (changed.Count == 0)
            return;
        var audit = (context as ILeasedContext)?.Lease.AuditLog
            ?? throw new InvalidOperationException($"{context.GetType().Name} saved audited changes without a scope's lease; they would go unaudited.");
        var records = changed
            .Select(e => audit.Create(new AuditEntry(ConcernedTenant(e.Entity), ActionOf(e.State), e.Metadata.ClrType.Name, e.Entity.Id.ToString(), "geslaagd")
            {
                Details = ChangesOf(e),
            }))
            .ToList();
        context.AddRange(records);
    }

    /// <summary>The gemeente a change concerns: the entity's own where it names one, else the current tenant.</summary>
    private Guid? ConcernedTenant(IAudited entity) => entity switch
    {
        TenantInfo t => t.Id,
        Lidmaatschap l => l.TenantId,
        Uitnodiging u => u.TenantId,
        TenantLogo l => l.TenantId,
        _ => tenants.Current?.Id,
    };

    private static readonly HashSet<string> NeverLogged = [nameof(TenantInfo.ConnectionString), nameof(Uitnodiging.TokenHash), nameof(TenantLogo.Data)];

    private static string ActionOf(EntityState state) => state switch
    {
        EntityState.Added => "aangemaakt",
        EntityState.Deleted => "verwijderd",
        _ => "gewijzigd",
    };

    private static Dictionary<string, object?>? ChangesOf(EntityEntry entry)
    {
        var changes = PropertiesOf(entry)
            .Where(p => !p.Property.Metadata.IsShadowProperty() && (entry.State != EntityState.Modified || p.Property.IsModified))
            .Where(p => entry.State != EntityState.Modified || !Equals(p.Property.OriginalValue, p.Property.CurrentValue))
            .Where(p => !NeverLogged.Contains(p.Property.Metadata.Name))
            .ToDictionary(p => p.Name, p => ValueOf(entry.State, p.Property));
        return changes.Count == 0 ? null : changes;
    }

    /// <summary>The entity's own properties and those of its complex properties (an organisation's contact details), named "Contact.Email".</summary>
    private static IEnumerable<(string Name, PropertyEntry Property)> PropertiesOf(EntityEntry entry) =>
        entry.Properties.Select(p => (p.Metadata.Name, p))
            .Concat(entry.ComplexProperties.SelectMany(c => c.Properties.Select(p => ($"{c.Metadata.Name}.{p.Metadata.Name}", p))));

    /// <summary>A change shows from what to what; an added or removed row shows its value.</summary>
    private static object? ValueOf(EntityState state, PropertyEntry property) =>
        IsPersoonsgegeven(property) ? "(persoonsgegeven, niet vastgelegd)"
        : state == EntityState.Modified ? new { van = property.OriginalValue, naar = property.CurrentValue } : property.CurrentValue;

    private static bool IsPersoonsgegeven(PropertyEntry property) =>
        property.Metadata.PropertyInfo?.IsDefined(typeof(PersoonsgegevenAttribute), inherit: false) == true;
}
