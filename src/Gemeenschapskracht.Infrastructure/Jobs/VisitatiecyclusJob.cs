using Gemeenschapskracht.Application.Visitaties.Commands.OpenVisitaties;
using Hangfire;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace Gemeenschapskracht.Infrastructure.Jobs;

/// <summary>
/// Recurring daily job J9: for every active gemeente, the visitaties whose subject is due are opened. Each gemeente's
/// work is one transaction and idempotent, so a run killed halfway is simply run again: gemeenten already done have
/// nothing due, the rest are opened then.
/// </summary>
public sealed class VisitatiecyclusJob(TenantJobRunner runner)
{
    public const string RecurringJobId = "visitatiecycli";

    [AutomaticRetry(Attempts = 0)]
    [JobDisplayName("Visitaties openen (alle gemeenten)")]
    public async Task<TenantRunReport> RunAsync(CancellationToken cancellationToken) =>
        await runner.RunForAllAsync(
            tenant => tenant.IsActive,
            async (services, ct) => await services.GetRequiredService<IMediator>().Send(new OpenVisitatiesCommand(), ct),
            cancellationToken);
}
