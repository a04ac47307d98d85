using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Gemeenschapskracht.IntegrationTests.Infrastructure;

namespace Gemeenschapskracht.IntegrationTests;

/// <summary>
/// The built executable as a user starts it, outside the test host: from the repository root (not its project
/// folder) it still finds its settings, seeds the demo, and a fresh start logs no errors; the OpenAPI export touches
/// no real database.
/// </summary>
public sealed class ExecutableTests
{
    [Fact]
    public async Task Started_from_the_repository_root_it_loads_its_settings_and_a_fresh_start_logs_no_errors()
    {
        var folder = Directory.CreateTempSubdirectory("gk-exe-").FullName;
        var port = FreePort();
        var output = new StringBuilder();
        using var process = Start(TestPaths.Repository, output, ["--urls", $"http://127.0.0.1:{port}"], new()
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Cbs__Source"] = "Demo",
            ["ConnectionStrings__Default"] = $"Data Source={Path.Combine(folder, "gk.db")}",
            ["Email__PickupFolder"] = Path.Combine(folder, "mail"),
        });
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await WaitUntilReadyAsync(http, process, output);

            // Voorbeeldstad exists only because appsettings.Development.json (demo seed) was loaded.
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/instellingen");
            request.Headers.Add("Gemeente", "voorbeeldstad");
            using var response = await http.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}\n{output}");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        Assert.DoesNotContain("fail:", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("crit:", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_openapi_export_works_from_any_folder_and_logs_no_errors()
    {
        var folder = Directory.CreateTempSubdirectory("gk-export-").FullName;
        var document = Path.Combine(folder, "openapi.json");
        var output = new StringBuilder();
        using var process = Start(folder, output, ["export-openapi", document], new() { ["ASPNETCORE_ENVIRONMENT"] = "Production" });
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));

        Assert.True(process.ExitCode == 0, output.ToString());
        Assert.Contains("\"/gebieden\"", await File.ReadAllTextAsync(document), StringComparison.Ordinal);
        Assert.DoesNotContain("fail:", output.ToString(), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder, "*.db", SearchOption.AllDirectories));
    }

    private static Process Start(string workingDirectory, StringBuilder output, string[] args, Dictionary<string, string> environment)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(TestPaths.ApiExecutable);
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        foreach (var name in new[] { "ASPNETCORE_CONTENTROOT", "DOTNET_CONTENTROOT", "ASPNETCORE_URLS" })
            info.Environment.Remove(name);
        foreach (var (name, value) in environment)
            info.Environment[name] = value;
        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitUntilReadyAsync(HttpClient http, Process process, StringBuilder output)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (!timeout.IsCancellationRequested)
        {
            Assert.False(process.HasExited, $"the API stopped:\n{output}");
            try
            {
                using var ready = await http.GetAsync("/health/ready", timeout.Token);
                if (ready.IsSuccessStatusCode)
                    return;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            await Task.Delay(100, timeout.Token);
        }
        Assert.Fail($"not ready within two minutes:\n{output}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
