using Gemeenschapskracht.Application.Gemeenten.Commands.ProvisionGemeente;
using Hangfire;
using Mediator;

namespace Gemeenschapskracht.Infrastructure.Jobs;

/// <summary>
/// The background job that provisions one gemeente. It carries no arguments: the tenant id travels as a job
/// parameter and is set by <see cref="TenantJobActivator"/>. Failures are recorded on the tenant, not retried.
/// </summary>
public sealed class ProvisionGemeenteJob(IMediator mediator)
{
    [AutomaticRetry(Attempts = 0)]
    [JobDisplayName("Gemeente inrichten")]
    public async Task RunAsync(CancellationToken cancellationToken) => await mediator.Send(new ProvisionGemeenteCommand(Force: false), cancellationToken);
}
