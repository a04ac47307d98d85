using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Declaraties.Dtos;
using Gemeenschapskracht.Application.Declaraties.Shared;
using Mediator;

namespace Gemeenschapskracht.Application.Declaraties.Commands.ApproveDeclaratie;

/// <summary>
/// The host's back office approves a declaratie: never the submitter, never twice the same person; above the host's
/// threshold a second, different approver makes it Goedgekeurd (four eyes).
/// </summary>
[Authorize(Roles = DeclaratieQueries.Beoordelaars)]
[NoValidator("Only the route id; the entity checks the four eyes.")]
public sealed record ApproveDeclaratieCommand(Guid Id) : ICommand<DeclaratieDto>;

public sealed class ApproveDeclaratieHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<ApproveDeclaratieCommand, DeclaratieDto>
{
    public async ValueTask<DeclaratieDto> Handle(ApproveDeclaratieCommand command, CancellationToken cancellationToken)
    {
        var declaratie = await db.GehosteDeclaraties(user).VindAsync(command.Id, cancellationToken);
        declaratie.KeurGoed(user.Actor(), user.Weergavenaam, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(user, declaratie, cancellationToken);
    }
}
