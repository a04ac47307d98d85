using Azure.Monitor.OpenTelemetry.AspNetCore;
using Gemeenschapskracht.Infrastructure.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Gemeenschapskracht.Api.Web;

/// <summary>
/// OpenTelemetry traces, metrics and logs: ASP.NET Core, EF Core, HttpClient, the runtime and the product's job
/// metrics. Exported to Azure Monitor when <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set (production),
/// else over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set. Without either, OpenTelemetry is not registered at
/// all: a listener with nowhere to send would still make every request record its spans.
/// </summary>
public static class Telemetry
{
    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var azureMonitor = !string.IsNullOrWhiteSpace(configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"]);
        if (!azureMonitor && string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
            return services;

        var otel = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("gemeenschapskracht-api"))
            .WithTracing(t => t
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/health"))
                .AddHttpClientInstrumentation()
                .AddEntityFrameworkCoreInstrumentation()
                .AddSource(Telemetrie.Naam))
            .WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(Telemetrie.Naam))
            .WithLogging(_ => { }, o => o.IncludeScopes = true);

        if (azureMonitor)
            otel.UseAzureMonitor();
        else
            otel.UseOtlpExporter();
        return services;
    }
}
