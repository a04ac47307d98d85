using System.Diagnostics;
using Gemeenschapskracht.Infrastructure.Jobs;
using Hangfire.Server;

namespace Gemeenschapskracht.Infrastructure.Telemetry;

/// <summary>Records each Hangfire job's duration and failure, tagged with the job and the gemeente it ran for.</summary>
public sealed class JobTelemetryFilter : IServerFilter
{
    private const string StartKey = "gk.telemetry.start";
    private const string ActivityKey = "gk.telemetry.activity";

    public void OnPerforming(PerformingContext context)
    {
        context.Items[StartKey] = Stopwatch.GetTimestamp();
        var activity = Telemetrie.Activiteiten.StartActivity($"taak {Taak(context)}");
        activity?.SetTag("gemeente.id", Gemeente(context));
        activity?.SetTag("hangfire.job.id", context.BackgroundJob.Id);
        context.Items[ActivityKey] = activity;
    }

    public void OnPerformed(PerformedContext context)
    {
        var tags = new TagList { { "taak", Taak(context) }, { "gemeente.id", Gemeente(context) } };
        if (context.Items.TryGetValue(StartKey, out var start) && start is long begin)
            Telemetrie.TaakDuur.Record(Stopwatch.GetElapsedTime(begin).TotalSeconds, tags);
        var mislukt = context.Exception is not null && !context.ExceptionHandled;
        if (mislukt)
            Telemetrie.TaakFouten.Add(1, tags);
        if (context.Items.TryGetValue(ActivityKey, out var item) && item is Activity activity)
        {
            if (mislukt)
                activity.SetStatus(ActivityStatusCode.Error, context.Exception!.GetType().Name);
            activity.Dispose();
        }
    }

    private static string Taak(PerformContext context) =>
        $"{context.BackgroundJob.Job.Type.Name}.{context.BackgroundJob.Job.Method.Name}";

    private static string Gemeente(PerformContext context) =>
        context.GetJobParameter<Guid?>(TenantJobFilter.TenantIdParameter)?.ToString() ?? "platform";
}
