using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Visitaties.Dtos;
using Gemeenschapskracht.Application.Visitaties.Shared;
using Gemeenschapskracht.Domain.Visitaties;
using Mediator;

namespace Gemeenschapskracht.Application.Visitaties.Commands.AdoptRapport;

/// <summary>The gemeente adopts the final report, after the reviewed party responded or its response period passed; report and response are then public.</summary>
[Authorize(Roles = VisitatiecyclusRollen.Beheerders)]
[NoValidator("Only the route id.")]
public sealed record AdoptRapportCommand(Guid Id) : ICommand<VisitatieDto>;

public sealed class AdoptRapportHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<AdoptRapportCommand, VisitatieDto>
{
    public async ValueTask<VisitatieDto> Handle(AdoptRapportCommand command, CancellationToken cancellationToken)
    {
        var visitatie = await db.Set<Visitatie>().VindAsync(command.Id, cancellationToken);
        visitatie.StelVast(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return visitatie.ToDto(Visitatiekant.Gemeente);
    }
}
