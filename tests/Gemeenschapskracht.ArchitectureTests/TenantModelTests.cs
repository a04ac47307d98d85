using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Gemeenschapskracht.ArchitectureTests;

/// <summary>Architecture §4: every entity of the application context is either tenant-isolated or explicitly global; so are the catalog's rows of a gemeente.</summary>
public sealed class TenantModelTests
{
    private static IReadOnlyList<IEntityType> EntityTypes()
    {
        using var context = DesignTimeContexts.Application(DatabaseProvider.Sqlite);
        return context.Model.GetEntityTypes().ToList();
    }

    private static IEnumerable<IEntityType> TenantEntityTypes() =>
        EntityTypes().Where(e => !typeof(IGlobalEntity).IsAssignableFrom(e.ClrType));

    [Fact]
    public void The_model_has_tenant_entities_to_check()
    {
        Assert.Contains(TenantEntityTypes(), e => e.ClrType.Name == "Gebied");
        Assert.Contains(TenantEntityTypes(), e => e.ClrType.Name == "Kerncijfer");
    }

    [Fact]
    public void Every_entity_is_global_or_has_the_named_tenant_filter_and_a_tenant_id()
    {
        var offenders = EntityTypes()
            .Where(e => !typeof(IGlobalEntity).IsAssignableFrom(e.ClrType))
            .Where(e => e.FindDeclaredQueryFilter(TenantModel.FilterName) is null
                || e.FindProperty(TenantModel.TenantIdProperty) is not { ClrType: var t } || t != typeof(Guid))
            .Select(e => e.DisplayName())
            .ToList();

        Assert.True(offenders.Count == 0,
            $"Neither IGlobalEntity nor tenant-filtered (named filter '{TenantModel.FilterName}' + Guid {TenantModel.TenantIdProperty}): {string.Join(", ", offenders)}");
    }

    [Fact]
    public void The_tenant_filter_is_the_named_filter_not_an_anonymous_one()
    {
        foreach (var entityType in TenantEntityTypes())
        {
            var filters = entityType.GetDeclaredQueryFilters().ToList();
            Assert.Contains(filters, f => f.Key == TenantModel.FilterName);
            Assert.DoesNotContain(filters, f => f.IsAnonymous);
        }
    }

    [Fact]
    public void Every_unique_index_of_a_tenant_entity_includes_the_tenant_id()
    {
        var offenders = TenantEntityTypes()
            .SelectMany(e => e.GetIndexes())
            .Where(i => i.IsUnique && i.Properties.All(p => p.Name != TenantModel.TenantIdProperty))
            .Select(i => $"{i.DeclaringEntityType.DisplayName()}({string.Join(", ", i.Properties.Select(p => p.Name))})")
            .ToList();

        Assert.True(offenders.Count == 0, $"Unique indexes without {TenantModel.TenantIdProperty}: {string.Join("; ", offenders)}");
    }

    [Fact]
    public void Every_catalog_row_that_belongs_to_a_gemeente_has_the_named_tenant_filter()
    {
        using var catalog = DesignTimeContexts.Catalog(DatabaseProvider.Sqlite);
        var owned = catalog.Model.GetEntityTypes()
            .Where(e => e.ClrType.Namespace?.StartsWith("Gemeenschapskracht.Domain", StringComparison.Ordinal) == true
                && e.FindProperty(TenantModel.TenantIdProperty) is not null)
            .ToList();

        Assert.Equal(["AuditRecord", "Lidmaatschap", "TenantLogo", "Uitnodiging"], owned.Select(e => e.ClrType.Name).Order());
        Assert.All(owned, e => Assert.NotNull(e.FindDeclaredQueryFilter(TenantModel.FilterName)));
    }
}
