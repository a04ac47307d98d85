using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Visitaties.Dtos;
using Gemeenschapskracht.Application.Visitaties.Shared;
using Gemeenschapskracht.Domain.Visitaties;
using Mediator;

namespace Gemeenschapskracht.Application.Visitaties.Commands.CompleteVervolgactie;

/// <summary>The gemeente reports a follow-up action done; the tracker shows it kept.</summary>
[Authorize(Roles = VisitatiecyclusRollen.Beheerders)]
[NoValidator("Only the route ids.")]
public sealed record CompleteVervolgactieCommand(Guid Id, Guid ActieId) : ICommand<VisitatieDto>;

public sealed class CompleteVervolgactieHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<CompleteVervolgactieCommand, VisitatieDto>
{
    public async ValueTask<VisitatieDto> Handle(CompleteVervolgactieCommand command, CancellationToken cancellationToken)
    {
        var visitatie = await db.Set<Visitatie>().VindAsync(command.Id, cancellationToken);
        visitatie.MeldVervolgactieGereed(command.ActieId, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return visitatie.ToDto(Visitatiekant.Gemeente);
    }
}
