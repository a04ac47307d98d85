using Gemeenschapskracht.Domain.Gebieden;
using Gemeenschapskracht.Infrastructure.Persistence;
using Gemeenschapskracht.Infrastructure.Persistence.Interceptors;
using Gemeenschapskracht.Infrastructure.Tenancy;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.UnitTests.Tenancy;

/// <summary>The save interceptor and the named query filter together, on a real SQLite database in memory.</summary>
public sealed class TenantIsolationTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);

    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly TenantContext _a = Tenants.Active("amsterdam");
    private readonly TenantContext _b = Tenants.Active("rotterdam");

    public TenantIsolationTests()
    {
        _connection.Open();
        using var db = CreateContext(tenant: null);
        db.Database.EnsureCreated();
    }

    public void Dispose() => _connection.Dispose();

    /// <summary>The context is leased for the tenant, as the scope's pool lease does per request.</summary>
    private ApplicationDbContext CreateContext(TenantContext? tenant)
    {
        var options = new DbContextOptionsBuilder<ApplicationDbContext>()
            .UseSqlite(_connection)
            .AddInterceptors(new TenantSaveChangesInterceptor())
            .Options;
        return new ApplicationDbContext(options) { Lease = new ContextLease(tenant?.Id, AuditLog: null) };
    }

    private Guid AddGebiedFor(TenantContext tenant, string code = "WK036300")
    {
        using var db = CreateContext(tenant);
        var gebied = new Gebied(code, GebiedSoort.Wijk, "Centrum", Now);
        db.Gebieden.Add(gebied);
        db.SaveChanges();
        return gebied.Id;
    }

    [Fact]
    public void A_new_gebied_is_stamped_with_the_tenant_of_the_context()
    {
        var id = AddGebiedFor(_a);

        using var db = CreateContext(_a);
        var stamped = db.Gebieden.IgnoreQueryFilters([TenantModel.FilterName])
            .Where(g => g.Id == id)
            .Select(g => EF.Property<Guid>(g, TenantModel.TenantIdProperty))
            .Single();
        Assert.Equal(_a.Id, stamped);
    }

    [Fact]
    public async Task Saving_a_tenant_entity_without_a_tenant_throws()
    {
        await using var db = CreateContext(tenant: null);
        db.Gebieden.Add(new Gebied("WK036300", GebiedSoort.Wijk, "Centrum", Now));

        await Assert.ThrowsAsync<TenantMismatchException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public void Another_tenant_does_not_see_the_gebied_unless_the_named_tenant_filter_is_ignored()
    {
        var id = AddGebiedFor(_a);

        using var db = CreateContext(_b);
        Assert.Empty(db.Gebieden.Where(g => g.Id == id));
        Assert.Single(db.Gebieden.IgnoreQueryFilters([TenantModel.FilterName]).Where(g => g.Id == id));
    }

    [Fact]
    public void The_owning_tenant_sees_its_own_gebied()
    {
        var id = AddGebiedFor(_a);

        using var db = CreateContext(_a);
        Assert.Single(db.Gebieden.Where(g => g.Id == id));
    }

    [Fact]
    public void A_context_without_a_tenant_sees_no_tenant_rows()
    {
        AddGebiedFor(_a);

        using var db = CreateContext(tenant: null);
        Assert.Empty(db.Gebieden);
    }

    [Fact]
    public void Two_tenants_may_use_the_same_gebied_code()
    {
        AddGebiedFor(_a, "WK036300");
        AddGebiedFor(_b, "WK036300");

        using var db = CreateContext(_a);
        Assert.Equal(2, db.Gebieden.IgnoreQueryFilters([TenantModel.FilterName]).Count());
    }

    [Fact]
    public void Modifying_a_gebied_of_another_tenant_throws()
    {
        var id = AddGebiedFor(_a);
        Gebied foreign;
        using (var owner = CreateContext(_a))
            foreign = owner.Gebieden.AsNoTracking().Single(g => g.Id == id);

        using var db = CreateContext(_b);
        var entry = db.Gebieden.Attach(foreign);
        entry.Property(TenantModel.TenantIdProperty).CurrentValue = _a.Id;
        entry.Property(TenantModel.TenantIdProperty).OriginalValue = _a.Id;
        foreign.Rename("Overgenomen");

        Assert.Throws<TenantMismatchException>(() => db.SaveChanges());
        using var check = CreateContext(_a);
        Assert.Equal("Centrum", check.Gebieden.Single(g => g.Id == id).Naam);
    }

    [Fact]
    public void Deleting_a_gebied_of_another_tenant_throws()
    {
        var id = AddGebiedFor(_a);
        Gebied foreign;
        using (var owner = CreateContext(_a))
            foreign = owner.Gebieden.AsNoTracking().Single(g => g.Id == id);

        using var db = CreateContext(_b);
        db.Gebieden.Attach(foreign).Property(TenantModel.TenantIdProperty).OriginalValue = _a.Id;
        db.Entry(foreign).Property(TenantModel.TenantIdProperty).CurrentValue = _a.Id;
        db.Gebieden.Remove(foreign);

        Assert.Throws<TenantMismatchException>(() => db.SaveChanges());
    }

    [Fact]
    public void Modifying_a_foreign_gebied_loaded_past_the_filter_throws()
    {
        var id = AddGebiedFor(_a);

        using var db = CreateContext(_b);
        var foreign = db.Gebieden.IgnoreQueryFilters([TenantModel.FilterName]).Single(g => g.Id == id);
        foreign.SetPilot(true);

        Assert.Throws<TenantMismatchException>(() => db.SaveChanges());
    }

    [Fact]
    public void Restamping_a_foreign_gebied_with_the_current_tenant_throws()
    {
        var id = AddGebiedFor(_a);

        using var db = CreateContext(_b);
        var foreign = db.Gebieden.IgnoreQueryFilters([TenantModel.FilterName]).Single(g => g.Id == id);
        db.Entry(foreign).Property(TenantModel.TenantIdProperty).CurrentValue = _b.Id;

        Assert.Throws<TenantMismatchException>(() => db.SaveChanges());
    }

    [Fact]
    public void An_attached_foreign_gebied_stamped_with_the_current_tenant_cannot_be_moved_into_it()
    {
        var id = AddGebiedFor(_a);
        Gebied foreign;
        using (var owner = CreateContext(_a))
            foreign = owner.Gebieden.AsNoTracking().Single(g => g.Id == id);

        using (var db = CreateContext(_b))
        {
            db.Attach(foreign);
            db.Entry(foreign).Property(TenantModel.TenantIdProperty).CurrentValue = _b.Id;
            foreign.Rename("Overgenomen");
            var refused = Record.Exception(() => db.SaveChanges());
            Assert.True(refused is TenantMismatchException or DbUpdateConcurrencyException, $"not refused: {refused}");
        }

        using var check = CreateContext(_a);
        Assert.Equal("Centrum", check.Gebieden.Single(g => g.Id == id).Naam);
    }
}
