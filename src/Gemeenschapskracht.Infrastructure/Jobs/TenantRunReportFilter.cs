using Hangfire.States;

namespace Gemeenschapskracht.Infrastructure.Jobs;

/// <summary>
/// Makes a run over all gemeenten readable in the Hangfire dashboard: a run in which every gemeente succeeded says
/// how many in its reason (the job's result lists them), and a run in which some failed becomes a failed job that
/// names each of them with why, instead of a success that hides them. Retrying the job runs every gemeente again,
/// which is safe: the recurring jobs are idempotent (docs/operations.md).
/// </summary>
public sealed class TenantRunReportFilter : IElectStateFilter
{
    public void OnStateElection(ElectStateContext context)
    {
        if (context.CandidateState is SucceededState { Result: TenantRunReport report } succeeded)
            context.CandidateState = StateFor(report, succeeded);
    }

    public static IState StateFor(TenantRunReport report, SucceededState succeeded)
    {
        if (report.Failed.Count == 0)
        {
            succeeded.Reason = $"Gelukt voor {Gemeenten(report.Succeeded.Count)}";
            return succeeded;
        }
        return new FailedState(new GemeentenMisluktException(report))
        {
            Reason = $"Mislukt voor {Gemeenten(report.Failed.Count)}, gelukt voor {report.Succeeded.Count}",
        };
    }

    private static string Gemeenten(int count) => count == 1 ? "1 gemeente" : $"{count} gemeenten";
}
