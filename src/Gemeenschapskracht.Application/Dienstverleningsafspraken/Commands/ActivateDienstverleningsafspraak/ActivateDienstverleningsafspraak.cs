using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Dienstverleningsafspraken.Dtos;
using Gemeenschapskracht.Application.Dienstverleningsafspraken.Shared;
using Gemeenschapskracht.Application.Wijkbudgetten.Shared;
using Gemeenschapskracht.Domain.Wijkbudgetten;
using Mediator;

namespace Gemeenschapskracht.Application.Dienstverleningsafspraken.Commands.ActivateDienstverleningsafspraak;

/// <summary>The gemeente starts the agreed work, once both parties signed and the raad granted the wijkbudget.</summary>
[Authorize(Roles = DienstverleningsafspraakQueries.Beheerders)]
[NoValidator("no body: a state change")]
public sealed record ActivateDienstverleningsafspraakCommand(Guid Id) : ICommand<DienstverleningsafspraakDto>;

public sealed class ActivateDienstverleningsafspraakHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<ActivateDienstverleningsafspraakCommand, DienstverleningsafspraakDto>
{
    public async ValueTask<DienstverleningsafspraakDto> Handle(ActivateDienstverleningsafspraakCommand command, CancellationToken cancellationToken)
    {
        var afspraak = await db.ZichtbareAfspraken(user).VindAsync(command.Id, cancellationToken);
        var budget = await db.Set<Wijkbudget>().VindAsync(afspraak.WijkbudgetId, cancellationToken);
        afspraak.Activeer(budget, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(user, afspraak, cancellationToken);
    }
}
