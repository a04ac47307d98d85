using System.Linq.Expressions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Gemeenschapskracht.Infrastructure.Persistence;

/// <summary>Gives every non-global entity a shadow <c>TenantId</c> and the named tenant query filter.</summary>
public static class TenantModel
{
    public const string FilterName = QueryFilters.Tenant;
    public const string TenantIdProperty = "TenantId";

    public static bool IsTenantEntity(Type clrType) => !typeof(IGlobalEntity).IsAssignableFrom(clrType);

    /// <summary>Adds the shadow property; call in an entity configuration before using it in an index.</summary>
    public static void AddTenantId<T>(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<T> builder) where T : class =>
        builder.Property<Guid>(TenantIdProperty).IsRequired();

    public static void Apply(ModelBuilder modelBuilder, ApplicationDbContext context)
    {
        // Only the entities a configuration declared: a value object (stored as JSON or as a complex property) can still
        // be in the model as a by-convention entity here, and naming it would make it a table.
        foreach (var entityType in modelBuilder.Model.GetEntityTypes()
                     .Where(e => IsTenantEntity(e.ClrType) && ((IConventionEntityType)e).GetConfigurationSource() == ConfigurationSource.Explicit).ToList())
        {
            var builder = modelBuilder.Entity(entityType.ClrType);
            // As a concurrency token the tenant is part of every UPDATE and DELETE's WHERE clause, so the database
            // itself refuses to change a row of another tenant, whatever was attached to the context.
            builder.Property<Guid>(TenantIdProperty).IsRequired().IsConcurrencyToken();

            // e => EF.Property<Guid>(e, "TenantId") == context.TenantId, parameterised per context instance.
            var entity = Expression.Parameter(entityType.ClrType, "e");
            var tenantId = Expression.Call(
                typeof(EF), nameof(EF.Property), [typeof(Guid?)], entity, Expression.Constant(TenantIdProperty));
            var current = Expression.Property(Expression.Constant(context), nameof(ApplicationDbContext.TenantId));
            builder.HasQueryFilter(FilterName, Expression.Lambda(Expression.Equal(tenantId, current), entity));
        }
    }
}
