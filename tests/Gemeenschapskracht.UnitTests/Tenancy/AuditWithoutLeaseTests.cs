using Gemeenschapskracht.Domain.Gebieden;
using Gemeenschapskracht.Infrastructure.Persistence;
using Gemeenschapskracht.Infrastructure.Persistence.Interceptors;
using Gemeenschapskracht.Infrastructure.Tenancy;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.UnitTests.Tenancy;

/// <summary>A pooled context between leases has no audit log: an audited save then fails instead of going unaudited.</summary>
public sealed class AuditWithoutLeaseTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public AuditWithoutLeaseTests() => _connection.Open();

    public void Dispose() => _connection.Dispose();

    [Fact]
    public void An_audited_save_on_a_context_that_is_not_leased_is_refused_and_writes_nothing()
    {
        var tenant = Tenants.Active("amsterdam");
        var options = new DbContextOptionsBuilder<ApplicationDbContext>()
            .UseSqlite(_connection)
            .AddInterceptors(new TenantSaveChangesInterceptor(), new AuditSaveChangesInterceptor(new AsyncLocalTenantContextAccessor()))
            .Options;
        using var db = new ApplicationDbContext(options) { Lease = new ContextLease(tenant.Id, AuditLog: null) };
        db.Database.EnsureCreated();
        db.Gebieden.Add(new Gebied("WK036300", GebiedSoort.Wijk, "Centrum", DateTimeOffset.UtcNow));

        var error = Assert.Throws<InvalidOperationException>(() => db.SaveChanges());

        Assert.Contains("without a scope's lease", error.Message);
        db.ChangeTracker.Clear();
        Assert.Equal(0, db.Gebieden.IgnoreQueryFilters().Count());
    }
}
