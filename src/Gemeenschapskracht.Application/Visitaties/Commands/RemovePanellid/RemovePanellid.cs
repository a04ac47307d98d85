using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Visitaties.Dtos;
using Gemeenschapskracht.Application.Visitaties.Shared;
using Gemeenschapskracht.Domain.Visitaties;
using Mediator;

namespace Gemeenschapskracht.Application.Visitaties.Commands.RemovePanellid;

/// <summary>The gemeente takes a proposed member off the panel, before it is confirmed.</summary>
[Authorize(Roles = VisitatiecyclusRollen.Beheerders)]
[NoValidator("Only the route ids.")]
public sealed record RemovePanellidCommand(Guid Id, Guid GebruikerId) : ICommand<VisitatieDto>;

public sealed class RemovePanellidHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<RemovePanellidCommand, VisitatieDto>
{
    public async ValueTask<VisitatieDto> Handle(RemovePanellidCommand command, CancellationToken cancellationToken)
    {
        var visitatie = await db.Set<Visitatie>().VindAsync(command.Id, cancellationToken);
        visitatie.VerwijderPanellid(command.GebruikerId, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return visitatie.ToDto(Visitatiekant.Gemeente);
    }
}
