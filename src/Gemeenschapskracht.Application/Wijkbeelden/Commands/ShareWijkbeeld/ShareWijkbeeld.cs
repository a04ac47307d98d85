using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Wijkbeelden.Dtos;
using Gemeenschapskracht.Application.Wijkbeelden.Shared;
using Gemeenschapskracht.Domain.Wijkbeelden;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Wijkbeelden.Commands.ShareWijkbeeld;

/// <summary>Shares a geduid wijkbeeld with the public (without its sterkhouders); the version shared before is replaced.</summary>
[Authorize(Roles = WijkbeeldToegang.Teamrollen)]
[NoValidator("Its only input is the wijkbeeld's id from the path; the entity checks the state.")]
public sealed record ShareWijkbeeldCommand(Guid Id) : ICommand<WijkbeeldDto>;

public sealed class ShareWijkbeeldHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<ShareWijkbeeldCommand, WijkbeeldDto>
{
    public async ValueTask<WijkbeeldDto> Handle(ShareWijkbeeldCommand command, CancellationToken cancellationToken)
    {
        var wijkbeeld = await db.Set<Wijkbeeld>().VindAsync(command.Id, cancellationToken);
        var schrijver = WijkbeeldToegang.Schrijver(user, wijkbeeld, clock.GetUtcNow());
        var vorige = await db.Set<Wijkbeeld>()
            .FirstOrDefaultAsync(w => w.GebiedId == wijkbeeld.GebiedId && w.Status == WijkbeeldStatus.Gedeeld, cancellationToken);
        wijkbeeld.Deel(vorige, schrijver.Op);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(wijkbeeld, cancellationToken);
    }
}
