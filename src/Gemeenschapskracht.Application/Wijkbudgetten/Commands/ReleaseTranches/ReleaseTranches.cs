using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Wijkbudgetten.Shared;
using Gemeenschapskracht.Domain.Regels;
using Mediator;

namespace Gemeenschapskracht.Application.Wijkbudgetten.Commands.ReleaseTranches;

/// <summary>
/// Job J5, daily: releases every tranche whose year's begroting the raad has adopted (Awb 4:34), also of a budget granted
/// after that begroting. Idempotent: a released tranche stays released.
/// </summary>
/// <returns>How many tranches were released.</returns>
[Authorize(Roles = Roles.Systeem)]
[NoValidator("No input: it works on the job's gemeente.")]
public sealed record ReleaseTranchesCommand : ICommand<int>;

[Regel(Regelcatalogus.Awb4_34)]
public sealed class ReleaseTranchesHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<ReleaseTranchesCommand, int>
{
    public async ValueTask<int> Handle(ReleaseTranchesCommand command, CancellationToken cancellationToken)
    {
        var vrijgegeven = await db.GeefAlleTranchesVrijAsync(clock.GetUtcNow(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return vrijgegeven;
    }
}
