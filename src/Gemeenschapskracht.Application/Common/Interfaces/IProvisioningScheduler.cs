namespace Gemeenschapskracht.Application.Common.Interfaces;

/// <summary>Queues the provisioning of a gemeente as a background job. Carries the tenant id only.</summary>
public interface IProvisioningScheduler
{
    void Enqueue(Guid tenantId);
}
