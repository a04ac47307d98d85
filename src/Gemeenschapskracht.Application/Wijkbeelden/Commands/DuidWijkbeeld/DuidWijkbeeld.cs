using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Wijkbeelden.Dtos;
using Gemeenschapskracht.Application.Wijkbeelden.Shared;
using Mediator;

namespace Gemeenschapskracht.Application.Wijkbeelden.Commands.DuidWijkbeeld;

/// <summary>The team records that the figures have been given meaning; at least one conversation round is needed.</summary>
[Authorize(Roles = WijkbeeldToegang.Teamrollen)]
[NoValidator("Its only input is the wijkbeeld's id from the path; the entity checks the state.")]
public sealed record DuidWijkbeeldCommand(Guid Id) : ICommand<WijkbeeldDto>;

public sealed class DuidWijkbeeldHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<DuidWijkbeeldCommand, WijkbeeldDto>
{
    public async ValueTask<WijkbeeldDto> Handle(DuidWijkbeeldCommand command, CancellationToken cancellationToken)
    {
        var wijkbeeld = await db.Set<Domain.Wijkbeelden.Wijkbeeld>().VindAsync(command.Id, cancellationToken);
        var schrijver = WijkbeeldToegang.Schrijver(user, wijkbeeld, clock.GetUtcNow());
        wijkbeeld.Duid(schrijver.Op);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(wijkbeeld, cancellationToken);
    }
}
