using Gemeenschapskracht.Application.Beleidskaders.Dtos;
using Gemeenschapskracht.Application.Beleidskaders.Shared;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Domain.Beleidskaders;
using Mediator;

namespace Gemeenschapskracht.Application.Beleidskaders.Commands.WithdrawBeleidskader;

/// <summary>Takes a proposal back from the raad, to change it.</summary>
[Authorize(Roles = $"{Roles.GemeenteBeheerder},{Roles.Beleidsmedewerker},{Roles.Griffie}")]
[NoValidator("Its only input is the version's id from the path; the entity checks the state.")]
public sealed record WithdrawBeleidskaderCommand(Guid Id) : ICommand<BeleidskaderDto>;

public sealed class WithdrawBeleidskaderHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<WithdrawBeleidskaderCommand, BeleidskaderDto>
{
    public async ValueTask<BeleidskaderDto> Handle(WithdrawBeleidskaderCommand command, CancellationToken cancellationToken)
    {
        var kader = await db.Set<Beleidskader>().VindAsync(command.Id, cancellationToken);
        kader.NeemTerug(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return kader.ToDto(await db.WijkindelingAsync(cancellationToken), clock.Vandaag());
    }
}
