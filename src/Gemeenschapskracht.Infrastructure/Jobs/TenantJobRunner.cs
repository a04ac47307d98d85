using Gemeenschapskracht.Infrastructure.Tenancy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gemeenschapskracht.Infrastructure.Jobs;

/// <summary>
/// Runs a piece of work for every tenant, each in its own scope with that tenant set. A failing tenant is
/// logged and reported, and does not stop the others.
/// </summary>
public sealed class TenantJobRunner(IServiceScopeFactory scopes, ITenantStore store, ITenantContextAccessor accessor, ILogger<TenantJobRunner> logger)
{
    public async Task<TenantRunReport> RunForAllAsync(
        Func<TenantContext, bool> include, Func<IServiceProvider, CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        var succeeded = new List<string>();
        var failed = new Dictionary<string, string>();
        foreach (var tenant in (await store.GetAllAsync(cancellationToken)).Where(include))
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var _ = accessor.Use(tenant);
            await using var scope = scopes.CreateAsyncScope();
            try
            {
                await work(scope.ServiceProvider, cancellationToken);
                succeeded.Add(tenant.Identifier);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Taak voor gemeente {Tenant} mislukt", tenant.Identifier);
                failed[tenant.Identifier] = ex.Message;
            }
        }
        return new TenantRunReport(succeeded, failed);
    }
}

public sealed record TenantRunReport(IReadOnlyList<string> Succeeded, IReadOnlyDictionary<string, string> Failed);
