using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Visitaties.Dtos;
using Gemeenschapskracht.Application.Visitaties.Shared;
using Gemeenschapskracht.Domain.Visitaties;
using Mediator;

namespace Gemeenschapskracht.Application.Visitaties.Commands.CloseVisitatie;

/// <summary>The gemeente closes the visitatie once every follow-up action is done; its panel members lose access to it.</summary>
[Authorize(Roles = VisitatiecyclusRollen.Beheerders)]
[NoValidator("Only the route id.")]
public sealed record CloseVisitatieCommand(Guid Id) : ICommand<VisitatieDto>;

public sealed class CloseVisitatieHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<CloseVisitatieCommand, VisitatieDto>
{
    public async ValueTask<VisitatieDto> Handle(CloseVisitatieCommand command, CancellationToken cancellationToken)
    {
        var visitatie = await db.Set<Visitatie>().VindAsync(command.Id, cancellationToken);
        visitatie.RondAf(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return visitatie.ToDto(Visitatiekant.Gemeente);
    }
}
