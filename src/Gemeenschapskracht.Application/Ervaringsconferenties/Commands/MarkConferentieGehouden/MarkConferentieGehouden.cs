using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Ervaringsconferenties.Dtos;
using Gemeenschapskracht.Application.Ervaringsconferenties.Shared;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Ervaringsconferenties;
using Mediator;

namespace Gemeenschapskracht.Application.Ervaringsconferenties.Commands.MarkConferentieGehouden;

/// <summary>The gemeente records that the conference was held (on or after its day); registration closes.</summary>
[Authorize(Roles = ConferentieRollen.Organisatoren)]
[NoValidator("Only the route id.")]
public sealed record MarkConferentieGehoudenCommand(Guid Id) : ICommand<ErvaringsconferentieDto>;

public sealed class MarkConferentieGehoudenHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<MarkConferentieGehoudenCommand, ErvaringsconferentieDto>
{
    public async ValueTask<ErvaringsconferentieDto> Handle(MarkConferentieGehoudenCommand command, CancellationToken cancellationToken)
    {
        var conferentie = await db.Set<Ervaringsconferentie>().VindAsync(command.Id, cancellationToken);
        var now = clock.GetUtcNow();
        conferentie.MarkeerGehouden(Kalender.Dag(now), now);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(conferentie, cancellationToken);
    }
}
