using Gemeenschapskracht.Infrastructure.Persistence;
using Gemeenschapskracht.Infrastructure.Tenancy;
using Gemeenschapskracht.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gemeenschapskracht.IntegrationTests;

/// <summary>
/// The contexts are pooled (ADR 0037): one instance serves many scopes in turn. What one scope leased it for (its
/// gemeente, its connection, its audit log) must never reach the next.
/// </summary>
public sealed class PooledContextsTests(TweeGemeentenFactory factory) : IClassFixture<TweeGemeentenFactory>
{
    [Fact]
    public async Task A_context_returned_by_one_gemeente_serves_the_next_scope_with_that_scopes_gemeente()
    {
        var (amsterdam, amsterdamGebieden) = await LeaseAsync("amsterdam");
        Assert.NotEmpty(amsterdamGebieden);

        // The pool hands out its instances in turn: lease until the one that served Amsterdam comes back.
        var aaTenant = await TenantAsync("aa-en-hunze");
        for (var attempt = 0; attempt < MaxLeases; attempt++)
        {
            var (aa, aaGebieden) = await LeaseAsync("aa-en-hunze");
            Assert.Equal(aaTenant.Id, aa.TenantId);
            Assert.NotEmpty(aaGebieden);
            Assert.Empty(amsterdamGebieden.Intersect(aaGebieden));
            if (ReferenceEquals(amsterdam.Context, aa.Context))
                return;
        }
        Assert.Fail($"The context that served Amsterdam did not come back from the pool in {MaxLeases} leases.");
    }

    private const int MaxLeases = 500;

    [Fact]
    public async Task A_returned_context_forgets_its_gemeente_and_its_audit_log()
    {
        var (lease, _) = await LeaseAsync("amsterdam");

        Assert.NotNull(lease.TenantId);
        Assert.Same(ContextLease.None, lease.Context.Lease);
    }

    [Fact]
    public async Task A_returned_catalog_forgets_its_gemeente_and_its_audit_log()
    {
        var tenant = await TenantAsync("amsterdam");
        TenantCatalogDbContext catalog;
        using (factory.Services.GetRequiredService<ITenantContextAccessor>().Use(tenant))
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            catalog = scope.ServiceProvider.GetRequiredService<TenantCatalogDbContext>();
            Assert.Equal(tenant.Id, catalog.TenantId);
            Assert.NotNull(catalog.Lease.AuditLog);
        }

        Assert.Same(ContextLease.None, catalog.Lease);
    }

    [Fact]
    public async Task A_scope_without_a_gemeente_after_a_gemeente_reads_no_tenant_rows()
    {
        await LeaseAsync("amsterdam");

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        Assert.Null(db.TenantId);
        Assert.Equal(0, await db.Gebieden.CountAsync());
    }

    [Fact]
    public async Task The_catalog_is_leased_with_the_scopes_gemeente_and_shares_the_application_contexts_connection()
    {
        var tenant = await TenantAsync("aa-en-hunze");
        using (factory.Services.GetRequiredService<ITenantContextAccessor>().Use(tenant))
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var catalog = scope.ServiceProvider.GetRequiredService<TenantCatalogDbContext>();
            var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
            Assert.Equal(tenant.Id, catalog.TenantId);
            Assert.Same(catalog.Database.GetDbConnection(), db.Database.GetDbConnection());
        }

        await using var platform = factory.Services.CreateAsyncScope();
        Assert.Null(platform.ServiceProvider.GetRequiredService<TenantCatalogDbContext>().TenantId);
    }

    private sealed record Lease(ApplicationDbContext Context, Guid? TenantId);

    /// <summary>Reads the gebieden in a scope of the gemeente and returns the context once the scope has returned it.</summary>
    private async Task<(Lease Lease, List<Guid> Gebieden)> LeaseAsync(string gemeente)
    {
        using var _ = factory.Services.GetRequiredService<ITenantContextAccessor>().Use(await TenantAsync(gemeente));
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var gebieden = await db.Gebieden.Select(g => g.Id).ToListAsync();
        return (new Lease(db, db.TenantId), gebieden);
    }

    private async Task<TenantContext> TenantAsync(string gemeente) =>
        (await factory.Services.GetRequiredService<ITenantStore>().GetByIdentifierAsync(gemeente, CancellationToken.None))!;
}
