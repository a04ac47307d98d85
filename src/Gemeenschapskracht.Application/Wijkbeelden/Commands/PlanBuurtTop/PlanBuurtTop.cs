using System.Text.Json.Serialization;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Wijkbeelden.Dtos;
using Gemeenschapskracht.Application.Wijkbeelden.Shared;
using Mediator;

namespace Gemeenschapskracht.Application.Wijkbeelden.Commands.PlanBuurtTop;

/// <summary>
/// The gemeente sets the date of the wijk's next BuurtTop (null: none planned); the team is reminded to review the
/// wijkbeeld before it (job J2). The BuurtTop itself is route step 3.
/// </summary>
[Authorize(Roles = $"{Roles.GemeenteBeheerder},{Roles.Beleidsmedewerker}")]
public sealed record PlanBuurtTopCommand : ICommand<WijkbeeldDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public required DateOnly? Datum { get; init; }

    /// <summary>How many days before it the team is reminded; 42 (six weeks) when left out.</summary>
    public int HerinneringDagenVooraf { get; init; } = Domain.Wijkbeelden.Wijkbeeld.StandaardHerinneringDagen;
}

public sealed class PlanBuurtTopHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<PlanBuurtTopCommand, WijkbeeldDto>
{
    public async ValueTask<WijkbeeldDto> Handle(PlanBuurtTopCommand command, CancellationToken cancellationToken)
    {
        var wijkbeeld = await db.Set<Domain.Wijkbeelden.Wijkbeeld>().VindAsync(command.Id, cancellationToken);
        wijkbeeld.PlanBuurtTop(command.Datum, command.HerinneringDagenVooraf, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(wijkbeeld, cancellationToken);
    }
}
