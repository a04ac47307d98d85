using Gemeenschapskracht.Application.Cbs;
using Gemeenschapskracht.Application.Gemeenten.Commands.ProvisionGemeente;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Tenants;
using Gemeenschapskracht.Infrastructure.Jobs;
using Gemeenschapskracht.Infrastructure.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gemeenschapskracht.Infrastructure.Provisioning;

/// <summary>
/// Provisions every gemeente of the CBS source (all 342 of the 2024 extract), for demos and scale tests:
/// creates the tenants that are missing, then imports each one in its own scope. Idempotent.
/// </summary>
public sealed class BulkProvisioner(IServiceScopeFactory scopes, ICbsSource cbs, TenantJobRunner runner, TimeProvider clock)
{
    public async Task<TenantRunReport> ProvisionAllAsync(CancellationToken cancellationToken)
    {
        var gemeenten = await cbs.GetGemeentenAsync(cancellationToken);
        await using (var scope = scopes.CreateAsyncScope())
        {
            var catalog = scope.ServiceProvider.GetRequiredService<TenantCatalogDbContext>();
            var known = await catalog.Tenants.Select(t => t.Gemeentecode).ToHashSetAsync(cancellationToken);
            foreach (var (code, naam) in gemeenten.Where(g => !known.Contains(g.Key)).OrderBy(g => g.Key))
                catalog.Tenants.Add(new TenantInfo(SlugGenerator.FromName(naam), naam, code, clock.GetUtcNow()));
            await catalog.SaveChangesAsync(cancellationToken);
        }

        return await runner.RunForAllAsync(
            tenant => gemeenten.ContainsKey(tenant.Gemeentecode),
            async (services, ct) =>
            {
                var status = await services.GetRequiredService<IMediator>().Send(new ProvisionGemeenteCommand(Force: false), ct);
                if (status == ProvisioningStatus.Failed)
                    throw new InvalidOperationException("De inrichting is mislukt; zie de inrichtingsstatus van de gemeente.");
            },
            cancellationToken);
    }
}
