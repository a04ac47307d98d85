using System.Text.Json.Serialization;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Wijkbudgetten.Dtos;
using Gemeenschapskracht.Application.Wijkbudgetten.Shared;
using Gemeenschapskracht.Domain.Wijkbudgetten;
using Mediator;

namespace Gemeenschapskracht.Application.Wijkbudgetten.Commands.UpdateWijkbudget;

/// <summary>Replaces the lines and the mix of a proposal. A granted budget changes through an aanpassing.</summary>
[Authorize(Roles = $"{Roles.GemeenteBeheerder},{Roles.Beleidsmedewerker}")]
public sealed record UpdateWijkbudgetCommand : ICommand<WijkbudgetDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public required IReadOnlyList<BudgetregelInvoer> Regels { get; init; }

    public required IReadOnlyList<BronaandeelInvoer> Bronnen { get; init; }
}

public sealed class UpdateWijkbudgetHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<UpdateWijkbudgetCommand, WijkbudgetDto>
{
    public async ValueTask<WijkbudgetDto> Handle(UpdateWijkbudgetCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var budget = await db.Set<Wijkbudget>().VindAsync(command.Id, cancellationToken);
        var (methodiek, verwijzingen) = await db.BudgetkaderAsync(budget.WijkId, cancellationToken);
        budget.Wijzig(methodiek, WijkbudgetInvoer.NaarRegels(command.Regels, now), WijkbudgetInvoer.NaarBronnen(command.Bronnen, methodiek), verwijzingen, now);
        await db.SaveChangesAsync(cancellationToken);
        return await db.WeergaveAsync(budget, cancellationToken);
    }
}
