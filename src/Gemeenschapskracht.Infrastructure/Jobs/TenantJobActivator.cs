using Gemeenschapskracht.Infrastructure.Tenancy;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace Gemeenschapskracht.Infrastructure.Jobs;

/// <summary>
/// Opens a DI scope per job and sets the job's tenant before any of the job's services (and so its DbContext)
/// are resolved. The tenant is restored when the scope ends, so worker threads never carry one over.
/// </summary>
public sealed class TenantJobActivator(IServiceScopeFactory scopes, ITenantStore store, ITenantContextAccessor accessor) : JobActivator
{
    public override JobActivatorScope BeginScope(JobActivatorContext context)
    {
        var tenantId = context.GetJobParameter<Guid?>(TenantJobFilter.TenantIdParameter);
        TenantContext? tenant = null;
        if (tenantId is { } id)
        {
            tenant = store.GetByIdAsync(id, CancellationToken.None).GetAwaiter().GetResult()
                ?? throw new InvalidOperationException($"The job's tenant {id} no longer exists.");
        }
        var restore = accessor.Use(tenant);
        return new Scope(scopes.CreateScope(), restore);
    }

    private sealed class Scope(IServiceScope scope, IDisposable restoreTenant) : JobActivatorScope
    {
        public override object Resolve(Type type) => ActivatorUtilities.GetServiceOrCreateInstance(scope.ServiceProvider, type);

        public override void DisposeScope()
        {
            scope.Dispose();
            restoreTenant.Dispose();
        }
    }
}
