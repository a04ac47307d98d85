using Gemeenschapskracht.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gemeenschapskracht.Infrastructure.Tenancy;

/// <summary>Reads tenants from the catalog in a scope of its own, so it can be used before the request's scope has a tenant.</summary>
public sealed class EfTenantStore(IServiceScopeFactory scopes) : ITenantStore
{
    public Task<TenantContext?> GetByIdentifierAsync(string identifier, CancellationToken cancellationToken) =>
        FindAsync(t => t.Identifier == identifier, cancellationToken);

    public Task<TenantContext?> GetByIdAsync(Guid id, CancellationToken cancellationToken) =>
        FindAsync(t => t.Id == id, cancellationToken);

    public async Task<IReadOnlyList<TenantContext>> GetAllAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var catalog = scope.ServiceProvider.GetRequiredService<TenantCatalogDbContext>();
        var tenants = await catalog.Tenants.AsNoTracking().OrderBy(t => t.Identifier).ToListAsync(cancellationToken);
        return tenants.Select(TenantContext.From).ToList();
    }

    private async Task<TenantContext?> FindAsync(
        System.Linq.Expressions.Expression<Func<Domain.Tenants.TenantInfo, bool>> predicate, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var catalog = scope.ServiceProvider.GetRequiredService<TenantCatalogDbContext>();
        var tenant = await catalog.Tenants.AsNoTracking().FirstOrDefaultAsync(predicate, cancellationToken);
        return tenant is null ? null : TenantContext.From(tenant);
    }
}
