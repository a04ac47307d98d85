using System.Text.Json.Serialization;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Wijkbudgetten.Dtos;
using Gemeenschapskracht.Application.Wijkbudgetten.Shared;
using Gemeenschapskracht.Domain.Wijkbudgetten;
using Mediator;

namespace Gemeenschapskracht.Application.Wijkbudgetten.Commands.EvaluateWijkbudget;

/// <summary>Records the evaluation of a running budget in the last year of its period, before the raad extends or revises it.</summary>
[Authorize(Roles = $"{Roles.GemeenteBeheerder},{Roles.Beleidsmedewerker}")]
public sealed record EvaluateWijkbudgetCommand : ICommand<WijkbudgetDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public required string Evaluatie { get; init; }
}

public sealed class EvaluateWijkbudgetHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<EvaluateWijkbudgetCommand, WijkbudgetDto>
{
    public async ValueTask<WijkbudgetDto> Handle(EvaluateWijkbudgetCommand command, CancellationToken cancellationToken)
    {
        var budget = await db.Set<Wijkbudget>().VindAsync(command.Id, cancellationToken);
        budget.Evalueer(command.Evaluatie, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await db.WeergaveAsync(budget, cancellationToken);
    }
}
