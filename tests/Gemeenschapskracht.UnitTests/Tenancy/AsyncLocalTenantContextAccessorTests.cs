using Gemeenschapskracht.Infrastructure.Tenancy;

namespace Gemeenschapskracht.UnitTests.Tenancy;

public sealed class AsyncLocalTenantContextAccessorTests
{
    private readonly AsyncLocalTenantContextAccessor _accessor = new();

    [Fact]
    public void Disposing_Use_restores_the_previous_tenant()
    {
        var amsterdam = Tenants.Active("amsterdam");
        var rotterdam = Tenants.Active("rotterdam");

        using (_accessor.Use(amsterdam))
        {
            using (_accessor.Use(rotterdam))
                Assert.Same(rotterdam, _accessor.Current);
            Assert.Same(amsterdam, _accessor.Current);
        }
        Assert.Null(_accessor.Current);
    }

    [Fact]
    public void Use_with_null_clears_the_tenant_until_disposed()
    {
        var amsterdam = Tenants.Active("amsterdam");
        using (_accessor.Use(amsterdam))
        {
            using (_accessor.Use(null))
                Assert.Null(_accessor.Current);
            Assert.Same(amsterdam, _accessor.Current);
        }
    }

    [Fact]
    public async Task A_tenant_set_after_a_parallel_task_started_does_not_leak_into_it()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tenantSet = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var parallel = Task.Run(async () =>
        {
            started.SetResult();
            await tenantSet.Task;
            return _accessor.Current;
        });
        await started.Task;

        using (_accessor.Use(Tenants.Active("amsterdam")))
        {
            tenantSet.SetResult();
            Assert.Null(await parallel);
            Assert.Equal("amsterdam", _accessor.Current?.Identifier);
        }
    }

    [Fact]
    public async Task The_tenant_flows_into_a_task_started_inside_Use()
    {
        var amsterdam = Tenants.Active("amsterdam");
        using (_accessor.Use(amsterdam))
            Assert.Same(amsterdam, await Task.Run(async () => { await Task.Yield(); return _accessor.Current; }));
    }
}
