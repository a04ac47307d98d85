using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Wijkbeelden.Dtos;
using Gemeenschapskracht.Application.Wijkbeelden.Shared;
using Gemeenschapskracht.Domain.Wijkbeelden;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Wijkbeelden.Commands.WithdrawSterkhouder;

/// <summary>The person withdrew their consent: what identifies them is removed at once (anonymised, not kept aside).</summary>
[Authorize(Roles = WijkbeeldToegang.Teamrollen)]
[NoValidator("Its only inputs are the ids from the path.")]
public sealed record WithdrawSterkhouderCommand(Guid WijkbeeldId, Guid SterkhouderId) : ICommand<SterkhouderDto>;

public sealed class WithdrawSterkhouderHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<WithdrawSterkhouderCommand, SterkhouderDto>
{
    public async ValueTask<SterkhouderDto> Handle(WithdrawSterkhouderCommand command, CancellationToken cancellationToken)
    {
        var wijkbeeld = await db.Set<Wijkbeeld>().AsNoTracking().VindAsync(command.WijkbeeldId, cancellationToken);
        var now = clock.GetUtcNow();
        WijkbeeldToegang.Schrijver(user, wijkbeeld, now);
        var sterkhouder = await db.Set<Sterkhouder>().FirstOrDefaultAsync(s => s.Id == command.SterkhouderId && s.GebiedId == wijkbeeld.GebiedId, cancellationToken)
            ?? throw new NotFoundException("Deze sterkhouder hoort niet bij de wijk van dit wijkbeeld.");
        sterkhouder.TrekToestemmingIn(now);
        await db.SaveChangesAsync(cancellationToken);
        return sterkhouder.ToDto();
    }
}
