using Gemeenschapskracht.Infrastructure.Jobs;
using Gemeenschapskracht.Infrastructure.Persistence;
using Gemeenschapskracht.IntegrationTests.Infrastructure;
using Hangfire;
using Hangfire.Storage.Monitoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gemeenschapskracht.IntegrationTests.Operations;

/// <summary>What the Hangfire dashboard shows of a run over all gemeenten, read through the storage it reads.</summary>
public sealed class JobDashboardTests(TweeGemeentenFactory fixture) : IClassFixture<TweeGemeentenFactory>
{
    [Fact]
    public async Task A_run_of_the_visitatie_cycle_over_all_gemeenten_shows_each_gemeente_in_its_result()
    {
        var jobs = fixture.Services.GetRequiredService<IBackgroundJobClient>();
        var id = jobs.Enqueue<VisitatiecyclusJob>(job => job.RunAsync(CancellationToken.None));

        var succeeded = await StateAsync(id, "Succeeded");

        Assert.Equal("Gelukt voor 2 gemeenten", succeeded.Reason);
        Assert.Contains("\"amsterdam\"", succeeded.Data["Result"]);
        Assert.Contains("\"aa-en-hunze\"", succeeded.Data["Result"]);
    }

    [Fact]
    public async Task A_run_in_which_one_gemeente_fails_is_a_failed_job_that_names_it_and_why()
    {
        // Aa en Hunze's own database is a file that cannot be opened: its part of the run fails, Amsterdam's does not.
        await SetDatabaseAsync("aa-en-hunze", $"Data Source={Path.Combine(Path.GetTempPath(), $"gk-ontbreekt-{Guid.NewGuid():N}", "x.db")};Mode=ReadWrite");
        try
        {
            var id = fixture.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<VisitatiecyclusJob>(job => job.RunAsync(CancellationToken.None));

            var failed = await StateAsync(id, "Failed");

            Assert.Equal("Mislukt voor 1 gemeente, gelukt voor 1", failed.Reason);
            Assert.StartsWith("Mislukt voor aa-en-hunze: ", failed.Data["ExceptionMessage"]);
            Assert.EndsWith("Gelukt voor: amsterdam.", failed.Data["ExceptionMessage"]);
        }
        finally
        {
            await SetDatabaseAsync("aa-en-hunze", null);
        }
    }

    private async Task SetDatabaseAsync(string gemeente, string? connectionString)
    {
        using var scope = fixture.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<TenantCatalogDbContext>().Tenants
            .Where(t => t.Identifier == gemeente)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.ConnectionString, connectionString));
    }

    private async Task<StateHistoryDto> StateAsync(string id, string state)
    {
        var monitoring = fixture.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (monitoring.JobDetails(id)?.History.FirstOrDefault() is { } latest && latest.StateName is "Succeeded" or "Failed")
            {
                Assert.True(latest.StateName == state, $"{latest.StateName}: {latest.Reason} {string.Join(", ", latest.Data)}");
                return latest;
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"Taak {id} was na 60 s niet klaar.");
    }
}
