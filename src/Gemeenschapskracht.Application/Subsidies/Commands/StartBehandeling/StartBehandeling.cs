using System.Text.Json.Serialization;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Subsidies.Dtos;
using Gemeenschapskracht.Application.Subsidies.Shared;
using Gemeenschapskracht.Domain.Subsidies;
using Mediator;

namespace Gemeenschapskracht.Application.Subsidies.Commands.StartBehandeling;

/// <summary>The gemeente takes a submitted application into handling.</summary>
[Authorize(Roles = SubsidieQueries.Behandelaars)]
[NoValidator("No body: the state change is the whole request.")]
public sealed record StartBehandelingCommand([property: JsonIgnore] Guid Id) : ICommand<SubsidieaanvraagDto>;

public sealed class StartBehandelingHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<StartBehandelingCommand, SubsidieaanvraagDto>
{
    public async ValueTask<SubsidieaanvraagDto> Handle(StartBehandelingCommand command, CancellationToken cancellationToken)
    {
        var aanvraag = await db.Set<Subsidieaanvraag>().VindAsync(command.Id, cancellationToken);
        aanvraag.NeemInBehandeling(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return aanvraag.ToDto();
    }
}
