using Gemeenschapskracht.Domain.Tenants;

namespace Gemeenschapskracht.Application.Common.Interfaces;

/// <summary>Imports the current gemeente's wijkindeling from the CBS source and records the outcome on the gemeente.</summary>
public interface IWijkindelingProvisioner
{
    /// <param name="force">Import even when the gemeente is already provisioned (the periodic CBS refresh).</param>
    Task<ProvisioningStatus> ProvisionAsync(bool force, CancellationToken cancellationToken);
}
