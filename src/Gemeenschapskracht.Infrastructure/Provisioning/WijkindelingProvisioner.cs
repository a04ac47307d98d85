using Gemeenschapskracht.Application.Cbs;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Domain.Tenants;
using Gemeenschapskracht.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Gemeenschapskracht.Infrastructure.Provisioning;

/// <summary>
/// Provisions the current tenant: imports its wijkindeling in one transaction and records the outcome on the
/// tenant (running → done, or failed with the reason). A failed import leaves no partial wijkindeling behind.
/// </summary>
public sealed class WijkindelingProvisioner(
    ICurrentTenant currentTenant,
    TenantCatalogDbContext catalog,
    ApplicationDbContext db,
    ICbsSource cbs,
    WijkindelingImporter importer,
    TimeProvider clock,
    IEnumerable<IProvisioningStep> steps,
    ILogger<WijkindelingProvisioner> logger) : IWijkindelingProvisioner
{
    public async Task<ProvisioningStatus> ProvisionAsync(bool force, CancellationToken cancellationToken)
    {
        var tenantId = currentTenant.Id ?? throw new InvalidOperationException("Provisioning needs a tenant.");
        var tenant = await catalog.Tenants.FirstAsync(t => t.Id == tenantId, cancellationToken);
        if (tenant.ProvisioningStatus == ProvisioningStatus.Done && !force)
            return tenant.ProvisioningStatus;

        tenant.StartProvisioning(clock.GetUtcNow());
        await catalog.SaveChangesAsync(cancellationToken);
        try
        {
            var data = await cbs.LoadGemeenteAsync(tenant.Gemeentecode, cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var count = await importer.ImportAsync(db, data, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            // Before "done", so whoever waits for the provisioning finds what the steps add.
            await RunStepsAsync(tenant.Identifier, cancellationToken);
            tenant.CompleteProvisioning(count, clock.GetUtcNow());
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Inrichting van gemeente {Tenant} mislukt", tenant.Identifier);
            db.ChangeTracker.Clear();
            tenant.FailProvisioning(ex is CbsSourceException ? ex.Message : $"Onverwachte fout bij het importeren van de wijkindeling: {ex.Message}", clock.GetUtcNow());
        }
        await catalog.SaveChangesAsync(CancellationToken.None);
        return tenant.ProvisioningStatus;
    }

    private async Task RunStepsAsync(string slug, CancellationToken cancellationToken)
    {
        foreach (var step in steps)
        {
            try
            {
                await step.RunAsync(slug, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Stap {Step} na de inrichting van gemeente {Tenant} mislukt", step.GetType().Name, slug);
                db.ChangeTracker.Clear();
            }
        }
    }
}
