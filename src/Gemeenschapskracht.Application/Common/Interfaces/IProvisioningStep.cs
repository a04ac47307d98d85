namespace Gemeenschapskracht.Application.Common.Interfaces;

/// <summary>
/// Work that follows a successful provisioning of the current gemeente, in its tenant context (the demo content of
/// the run command is one). A failing step is logged and does not undo the provisioning.
/// </summary>
public interface IProvisioningStep
{
    Task RunAsync(string gemeenteSlug, CancellationToken cancellationToken);
}
