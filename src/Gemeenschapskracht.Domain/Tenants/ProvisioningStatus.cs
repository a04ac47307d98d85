namespace Gemeenschapskracht.Domain.Tenants;

public enum ProvisioningStatus
{
    Pending = 0,
    Running = 1,
    Done = 2,
    Failed = 3,
}
