using Gemeenschapskracht.Infrastructure.Provisioning;
using Hangfire;

namespace Gemeenschapskracht.Infrastructure.Jobs;

/// <summary>
/// The background job that provisions one gemeente. It carries no arguments: the tenant id travels as a job
/// parameter and is set by <see cref="TenantJobActivator"/>. Failures are recorded on the tenant, not retried.
/// </summary>
public sealed class ProvisionGemeenteJob(WijkindelingProvisioner provisioner)
{
    [AutomaticRetry(Attempts = 0)]
    [JobDisplayName("Gemeente inrichten")]
    public Task RunAsync(CancellationToken cancellationToken) => provisioner.ProvisionAsync(force: false, cancellationToken);
}
