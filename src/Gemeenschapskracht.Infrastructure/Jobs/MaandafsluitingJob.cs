using Gemeenschapskracht.Application.Administraties.Commands.PrepareAdministratieafsluitingen;
using Hangfire;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace Gemeenschapskracht.Infrastructure.Jobs;

/// <summary>
/// Recurring daily job J8, the monthly close, tenant by tenant: every administratie's months that are over and still open
/// are prepared, with what blocks closing them recorded for the back office. Idempotent: a second run on the same
/// day changes nothing.
/// </summary>
public sealed class MaandafsluitingJob(TenantJobRunner runner)
{
    public const string RecurringJobId = "maandafsluiting-voorbereiden";

    [AutomaticRetry(Attempts = 0)]
    [JobDisplayName("Maandafsluiting voorbereiden (alle gemeenten)")]
    public async Task<TenantRunReport> RunAsync(CancellationToken cancellationToken) =>
        await runner.RunForAllAsync(
            tenant => tenant.IsActive,
            async (services, ct) => await services.GetRequiredService<IMediator>().Send(new PrepareAdministratieafsluitingenCommand(), ct),
            cancellationToken);
}
