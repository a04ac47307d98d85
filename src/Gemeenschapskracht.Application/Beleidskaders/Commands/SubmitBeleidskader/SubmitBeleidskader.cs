using Gemeenschapskracht.Application.Beleidskaders.Dtos;
using Gemeenschapskracht.Application.Beleidskaders.Shared;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Domain.Beleidskaders;
using Mediator;

namespace Gemeenschapskracht.Application.Beleidskaders.Commands.SubmitBeleidskader;

/// <summary>Puts a concept before the raad; it must name the decision with its reasoning, the funding it covers and the time span.</summary>
[Authorize(Roles = $"{Roles.GemeenteBeheerder},{Roles.Beleidsmedewerker}")]
[NoValidator("Its only input is the version's id from the path; the entity checks the state.")]
public sealed record SubmitBeleidskaderCommand(Guid Id) : ICommand<BeleidskaderDto>;

public sealed class SubmitBeleidskaderHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<SubmitBeleidskaderCommand, BeleidskaderDto>
{
    public async ValueTask<BeleidskaderDto> Handle(SubmitBeleidskaderCommand command, CancellationToken cancellationToken)
    {
        var kader = await db.Set<Beleidskader>().VindAsync(command.Id, cancellationToken);
        kader.LegVoorAanRaad(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return kader.ToDto(await db.WijkindelingAsync(cancellationToken), clock.Vandaag());
    }
}
