using Gemeenschapskracht.Infrastructure.Tenancy;
using Hangfire.Client;

namespace Gemeenschapskracht.Infrastructure.Jobs;

/// <summary>Stores the current tenant's id (nothing else) with every job created inside a tenant.</summary>
public sealed class TenantJobFilter(ITenantContextAccessor accessor) : IClientFilter
{
    public const string TenantIdParameter = "TenantId";

    public void OnCreating(CreatingContext context)
    {
        if (accessor.Current is { } tenant)
            context.SetJobParameter(TenantIdParameter, tenant.Id);
    }

    public void OnCreated(CreatedContext context)
    {
    }
}
