namespace Gemeenschapskracht.Infrastructure.Jobs;

/// <summary>The gemeenten a run over all of them failed for, each with its reason; the dashboard shows the message.</summary>
public sealed class GemeentenMisluktException(TenantRunReport report) : Exception(
    $"Mislukt voor {string.Join("; ", report.Failed.Select(f => $"{f.Key}: {f.Value}"))}. Gelukt voor: {(report.Succeeded.Count == 0 ? "geen" : string.Join(", ", report.Succeeded))}.");
