using System.Diagnostics;
using Gemeenschapskracht.Api.Seeding;
using Gemeenschapskracht.Infrastructure.Jobs;
using Gemeenschapskracht.Infrastructure.Persistence;
using Gemeenschapskracht.Infrastructure.Provisioning;
using NSwag.Generation;

namespace Gemeenschapskracht.Api.Cli;

/// <summary>
/// Verbs of the API executable besides serving: <c>provision-all</c> (every gemeente of the CBS source, with
/// time and memory reported), <c>export-openapi &lt;file&gt;</c> (the OpenAPI document, for linting and the client build)
/// and <c>run-job &lt;id&gt;</c> (one run of a recurring job over every gemeente, now, on the configured database: for an
/// operator who cannot wait for the schedule, and for the test that kills a run halfway).
/// </summary>
public static class CommandLine
{
    public static bool IsVerb(string[] args) => args.Length > 0 && args[0] is "provision-all" or "export-openapi" or "run-job";

    private static readonly string ExportDatabase = Path.Combine(Path.GetTempPath(), $"gk-openapi-{Guid.NewGuid():N}.db");

    /// <summary>Settings of a verb, applied before the services are built: the export never touches a real database.</summary>
    public static void Configure(WebApplicationBuilder builder, string[] args)
    {
        if (args is ["run-job", ..])
        {
            // One run in this process: no job server beside it, and the database as it is (the server migrates and seeds).
            builder.Configuration["Jobs:RunServer"] = "false";
            builder.Configuration["Seed:Enabled"] = "false";
            return;
        }
        if (args is not ["export-openapi", ..])
            return;
        builder.Configuration["Database:Provider"] = "Sqlite";
        builder.Configuration["ConnectionStrings:Default"] = $"Data Source={ExportDatabase}";
        builder.Configuration["Jobs:RunServer"] = "false";
        builder.Configuration["Seed:Enabled"] = "false";
    }

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        return args[0] switch
        {
            "provision-all" => await ProvisionAllAsync(app),
            "export-openapi" when args.Length > 1 => await ExportOpenApiAsync(app, args[1]),
            "run-job" when args.Length > 1 => await RunJobAsync(app, args[1]),
            _ => Usage(),
        };
    }

    private static async Task<int> ProvisionAllAsync(WebApplication app)
    {
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<StartupTasks>().RunAsync(CancellationToken.None);

        var started = Stopwatch.GetTimestamp();
        var report = await app.Services.GetRequiredService<BulkProvisioner>().ProvisionAllAsync(CancellationToken.None);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var process = Process.GetCurrentProcess();
        Console.WriteLine($"Gemeenten ingericht: {report.Succeeded.Count}, mislukt: {report.Failed.Count}");
        Console.WriteLine($"Duur: {elapsed.TotalSeconds:F1} s");
        Console.WriteLine($"Piekgeheugen (werkset): {process.PeakWorkingSet64 / (1024 * 1024)} MiB; beheerde heap nu: {GC.GetTotalMemory(false) / (1024 * 1024)} MiB");
        foreach (var (tenant, reason) in report.Failed)
            Console.WriteLine($"  mislukt: {tenant}: {reason}");
        return report.Failed.Count == 0 ? 0 : 1;
    }

    private static async Task<int> ExportOpenApiAsync(WebApplication app, string path)
    {
        // The endpoint data source is only complete once the pipeline is built, so start on a free loopback port, on a
        // throwaway database migrated first (starting reads the Data Protection key ring from the database).
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(migrate: true, CancellationToken.None);
        app.Urls.Add("http://127.0.0.1:0");
        await app.StartAsync();
        var document = await app.Services.GetRequiredService<IOpenApiDocumentGenerator>().GenerateAsync("v1");
        await app.StopAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { ExportDatabase, ExportDatabase + "-wal", ExportDatabase + "-shm" })
            File.Delete(file);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await File.WriteAllTextAsync(path, document.ToJson());
        Console.WriteLine($"OpenAPI-document geschreven naar {path}");
        return 0;
    }

    /// <summary>The recurring jobs by the id they are scheduled under.</summary>
    private static readonly IReadOnlyDictionary<string, Func<IServiceProvider, Task<TenantRunReport>>> Jobs = new Dictionary<string, Func<IServiceProvider, Task<TenantRunReport>>>
    {
        [RefreshKerncijfersJob.RecurringJobId] = s => ActivatorUtilities.CreateInstance<RefreshKerncijfersJob>(s).RunAsync(CancellationToken.None),
        [TermijnenJob.RecurringJobId] = s => ActivatorUtilities.CreateInstance<TermijnenJob>(s).RunAsync(CancellationToken.None),
        [MaandafsluitingJob.RecurringJobId] = s => ActivatorUtilities.CreateInstance<MaandafsluitingJob>(s).RunAsync(CancellationToken.None),
        [VisitatiecyclusJob.RecurringJobId] = s => ActivatorUtilities.CreateInstance<VisitatiecyclusJob>(s).RunAsync(CancellationToken.None),
    };

    private static async Task<int> RunJobAsync(WebApplication app, string id)
    {
        if (!Jobs.TryGetValue(id, out var run))
        {
            Console.Error.WriteLine($"Onbekende taak '{id}'; kies uit: {string.Join(", ", Jobs.Keys.Order(StringComparer.Ordinal))}.");
            return 2;
        }
        var started = Stopwatch.GetTimestamp();
        var report = await run(app.Services);
        var elapsed = Stopwatch.GetElapsedTime(started);
        Console.WriteLine($"Taak {id}: gelukt voor {report.Succeeded.Count} gemeenten, mislukt voor {report.Failed.Count}");
        Console.WriteLine($"Duur: {elapsed.TotalSeconds:F1} s");
        foreach (var (tenant, reason) in report.Failed)
            Console.WriteLine($"  mislukt: {tenant}: {reason}");
        return report.Failed.Count == 0 ? 0 : 1;
    }

    private static int Usage()
    {
        Console.Error.WriteLine($"Gebruik: Gemeenschapskracht.Api [provision-all | export-openapi <bestand> | run-job <{string.Join("|", Jobs.Keys.Order(StringComparer.Ordinal))}>]");
        return 2;
    }
}
