using System.Text.Json.Serialization;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Wijkbudgetten.Dtos;
using Gemeenschapskracht.Application.Wijkbudgetten.Shared;
using Gemeenschapskracht.Domain.Wijkbudgetten;
using Mediator;

namespace Gemeenschapskracht.Application.Wijkbudgetten.Commands.ExtendWijkbudget;

/// <summary>
/// Extends an evaluated budget as it is: a proposal for the next period, each line at its amount of the last year,
/// under the methodiek in force. Returns the new proposal; the raad grants it like any other.
/// </summary>
[Authorize(Roles = $"{Roles.GemeenteBeheerder},{Roles.Beleidsmedewerker}")]
public sealed record ExtendWijkbudgetCommand : ICommand<WijkbudgetDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public required int AantalJaren { get; init; }
}

public sealed class ExtendWijkbudgetHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<ExtendWijkbudgetCommand, WijkbudgetDto>
{
    public async ValueTask<WijkbudgetDto> Handle(ExtendWijkbudgetCommand command, CancellationToken cancellationToken)
    {
        var budget = await db.Set<Wijkbudget>().VindAsync(command.Id, cancellationToken);
        var (methodiek, verwijzingen) = await db.BudgetkaderAsync(budget.WijkId, cancellationToken);
        var opvolger = budget.Verleng(methodiek, command.AantalJaren, verwijzingen, clock.GetUtcNow());
        db.Set<Wijkbudget>().Add(opvolger);
        await db.SaveChangesAsync(cancellationToken);
        return await db.WeergaveAsync(opvolger, cancellationToken);
    }
}
