using System.Text.Json.Serialization;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Wijkbudgetten.Dtos;
using Gemeenschapskracht.Application.Wijkbudgetten.Shared;
using Gemeenschapskracht.Domain.Wijkbudgetten;
using Mediator;

namespace Gemeenschapskracht.Application.Wijkbudgetten.Commands.ReviseWijkbudget;

/// <summary>Revises an evaluated budget: a proposal for the next period with new lines and mix. Returns the new proposal.</summary>
[Authorize(Roles = $"{Roles.GemeenteBeheerder},{Roles.Beleidsmedewerker}")]
public sealed record ReviseWijkbudgetCommand : ICommand<WijkbudgetDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public required int AantalJaren { get; init; }

    public required IReadOnlyList<BudgetregelInvoer> Regels { get; init; }

    public required IReadOnlyList<BronaandeelInvoer> Bronnen { get; init; }
}

public sealed class ReviseWijkbudgetHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<ReviseWijkbudgetCommand, WijkbudgetDto>
{
    public async ValueTask<WijkbudgetDto> Handle(ReviseWijkbudgetCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var budget = await db.Set<Wijkbudget>().VindAsync(command.Id, cancellationToken);
        var (methodiek, verwijzingen) = await db.BudgetkaderAsync(budget.WijkId, cancellationToken);
        var opvolger = budget.Herzie(methodiek, command.AantalJaren, WijkbudgetInvoer.NaarRegels(command.Regels, now),
            WijkbudgetInvoer.NaarBronnen(command.Bronnen, methodiek), verwijzingen, now);
        db.Set<Wijkbudget>().Add(opvolger);
        await db.SaveChangesAsync(cancellationToken);
        return await db.WeergaveAsync(opvolger, cancellationToken);
    }
}
