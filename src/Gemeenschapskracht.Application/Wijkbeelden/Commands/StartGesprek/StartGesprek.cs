using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Wijkbeelden.Dtos;
using Gemeenschapskracht.Application.Wijkbeelden.Shared;
using Mediator;

namespace Gemeenschapskracht.Application.Wijkbeelden.Commands.StartGesprek;

/// <summary>The team starts the conversation rounds.</summary>
[Authorize(Roles = WijkbeeldToegang.Teamrollen)]
[NoValidator("Its only input is the wijkbeeld's id from the path; the entity checks the state.")]
public sealed record StartGesprekCommand(Guid Id) : ICommand<WijkbeeldDto>;

public sealed class StartGesprekHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<StartGesprekCommand, WijkbeeldDto>
{
    public async ValueTask<WijkbeeldDto> Handle(StartGesprekCommand command, CancellationToken cancellationToken)
    {
        var wijkbeeld = await db.Set<Domain.Wijkbeelden.Wijkbeeld>().VindAsync(command.Id, cancellationToken);
        var schrijver = WijkbeeldToegang.Schrijver(user, wijkbeeld, clock.GetUtcNow());
        wijkbeeld.StartGesprek(schrijver.Op);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(wijkbeeld, cancellationToken);
    }
}
