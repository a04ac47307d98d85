using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Infrastructure.Persistence;
using Gemeenschapskracht.Infrastructure.Tenancy;
using Hangfire;

namespace Gemeenschapskracht.Infrastructure.Jobs;

/// <summary>Enqueues <see cref="ProvisionGemeenteJob"/> in the tenant's context once the request's transaction has committed.</summary>
public sealed class ProvisioningScheduler(IBackgroundJobClient jobs, ITenantStore store, ITenantContextAccessor accessor, UnitOfWork unitOfWork)
    : IProvisioningScheduler
{
    public void Enqueue(Guid tenantId) => unitOfWork.AfterCommit(() =>
    {
        var tenant = store.GetByIdAsync(tenantId, CancellationToken.None).GetAwaiter().GetResult()
            ?? throw new InvalidOperationException($"Tenant {tenantId} does not exist.");
        using (accessor.Use(tenant))
            jobs.Enqueue<ProvisionGemeenteJob>(job => job.RunAsync(CancellationToken.None));
    });
}
