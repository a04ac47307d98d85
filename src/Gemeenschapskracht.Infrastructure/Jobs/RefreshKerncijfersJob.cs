using Gemeenschapskracht.Application.Gemeenten.Commands.ProvisionGemeente;
using Gemeenschapskracht.Application.Wijkbeelden.Commands.SignalOutdatedFigures;
using Gemeenschapskracht.Domain.Tenants;
using Hangfire;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace Gemeenschapskracht.Infrastructure.Jobs;

/// <summary>
/// Recurring job J1 (data refresh): re-imports the CBS figures of every provisioned gemeente, tenant by tenant, and
/// then tells the teams of wijkbeelden made with an older year.
/// </summary>
public sealed class RefreshKerncijfersJob(TenantJobRunner runner)
{
    public const string RecurringJobId = "kerncijfers-verversen";

    [AutomaticRetry(Attempts = 0)]
    [JobDisplayName("CBS-kerncijfers verversen (alle gemeenten)")]
    public async Task<TenantRunReport> RunAsync(CancellationToken cancellationToken)
    {
        var report = await runner.RunForAllAsync(
            tenant => tenant.IsActive,
            async (services, ct) =>
            {
                var mediator = services.GetRequiredService<IMediator>();
                var status = await mediator.Send(new ProvisionGemeenteCommand(Force: true), ct);
                if (status == ProvisioningStatus.Failed)
                    throw new InvalidOperationException("De CBS-import is mislukt; zie de inrichtingsstatus van de gemeente.");
                await mediator.Send(new SignalOutdatedFiguresCommand(), ct);
            },
            cancellationToken);
        return report;
    }
}
