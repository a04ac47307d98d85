using Gemeenschapskracht.Application.Common.Behaviours;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Domain.Tenants;
using Mediator;

namespace Gemeenschapskracht.Application.Gemeenten.Commands.ProvisionGemeente;

/// <summary>
/// Provisions the current gemeente (the job's tenant): sent by the provisioning job, the monthly CBS refresh and
/// <c>provision-all</c>, never over HTTP (a person asks for it with <c>RequestProvisioning</c>).
/// </summary>
/// <param name="Force">Import even when already provisioned.</param>
[Authorize(Roles = Roles.Systeem)]
[NoValidator("Its only input is a flag; the gemeente is the job's tenant.")]
[OwnTransactions("The running status must be visible while the import runs, and a failure is recorded, not rolled back.")]
public sealed record ProvisionGemeenteCommand(bool Force) : ICommand<ProvisioningStatus>;

public sealed class ProvisionGemeenteHandler(IWijkindelingProvisioner provisioner) : ICommandHandler<ProvisionGemeenteCommand, ProvisioningStatus>
{
    public async ValueTask<ProvisioningStatus> Handle(ProvisionGemeenteCommand command, CancellationToken cancellationToken) =>
        await provisioner.ProvisionAsync(command.Force, cancellationToken);
}
