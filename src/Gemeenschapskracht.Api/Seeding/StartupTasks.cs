using Gemeenschapskracht.Application.Cbs;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Domain.Tenants;
using Gemeenschapskracht.Infrastructure.Jobs;
using Gemeenschapskracht.Infrastructure.Persistence;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gemeenschapskracht.Api.Seeding;

/// <summary>
/// At start-up: migrate, seed the demo gemeenten, re-queue provisioning that an in-memory job store lost on
/// restart (jobs derive their work from the database), and register the recurring jobs.
/// </summary>
public sealed class StartupTasks(
    DatabaseInitializer database,
    TenantCatalogDbContext catalog,
    IProvisioningScheduler scheduler,
    ICbsSource cbs,
    IRecurringJobManager recurringJobs,
    DemoUserSeeder demoUsers,
    IOptions<DatabaseOptions> databaseOptions,
    IOptions<SeedOptions> seed,
    TimeProvider clock,
    ILogger<StartupTasks> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await database.InitializeAsync(databaseOptions.Value.MigrateOnStartup, cancellationToken);
        if (seed.Value.Enabled)
            await demoUsers.SeedAsync(await SeedDemoGemeentenAsync(cancellationToken), cancellationToken);

        var unfinished = await catalog.Tenants
            .Where(t => t.ProvisioningStatus == ProvisioningStatus.Pending || t.ProvisioningStatus == ProvisioningStatus.Running)
            .Select(t => t.Id).ToListAsync(cancellationToken);
        foreach (var id in unfinished)
            scheduler.Enqueue(id);

        recurringJobs.AddOrUpdate<RefreshKerncijfersJob>(
            RefreshKerncijfersJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), Cron.Monthly);
        recurringJobs.AddOrUpdate<TermijnenJob>(
            TermijnenJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), Cron.Daily(6));
        recurringJobs.AddOrUpdate<MaandafsluitingJob>(
            MaandafsluitingJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), Cron.Daily(5));
        recurringJobs.AddOrUpdate<VisitatiecyclusJob>(
            VisitatiecyclusJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), Cron.Daily(4));
    }

    /// <returns>The ids of the demo gemeenten, in the order of the seed list.</returns>
    private async Task<IReadOnlyList<Guid>> SeedDemoGemeentenAsync(CancellationToken cancellationToken)
    {
        IReadOnlyDictionary<string, string> available;
        try
        {
            available = await cbs.GetGemeentenAsync(cancellationToken);
        }
        catch (CbsSourceException ex)
        {
            logger.LogWarning("Demo-gemeenten niet aangemaakt: {Reason}", ex.Message);
            return [];
        }
        var ids = new List<Guid>();
        foreach (var demo in seed.Value.Gemeenten.Where(g => available.ContainsKey(g.Gemeentecode)).Take(seed.Value.Count))
        {
            var tenant = await catalog.Tenants.FirstOrDefaultAsync(t => t.Identifier == demo.Slug || t.Gemeentecode == demo.Gemeentecode, cancellationToken);
            if (tenant is null)
            {
                tenant = new TenantInfo(demo.Slug, demo.Naam, demo.Gemeentecode, clock.GetUtcNow());
                catalog.Tenants.Add(tenant);
                logger.LogInformation("Demo-gemeente {Slug} ({Code}) aangemaakt", demo.Slug, demo.Gemeentecode);
            }
            ids.Add(tenant.Id);
        }
        await catalog.SaveChangesAsync(cancellationToken);
        return ids;
    }
}
