using System.Text.Json.Serialization;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Subsidies.Dtos;
using Gemeenschapskracht.Application.Subsidies.Shared;
using Gemeenschapskracht.Domain.Subsidies;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Subsidies.Commands.ConfirmBetaalopdracht;

/// <summary>Records that the bank executed the batch: the batch and every voorschot in it are paid on that day, with its reference.</summary>
[Authorize(Roles = SubsidieQueries.Behandelaars)]
[NoValidator("The route id and a date; the JSON binding checks the date, the batch that it is not in the future.")]
public sealed record ConfirmBetaalopdrachtCommand : ICommand<BetaalopdrachtDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public required DateOnly UitgevoerdOp { get; init; }
}

public sealed class ConfirmBetaalopdrachtHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<ConfirmBetaalopdrachtCommand, BetaalopdrachtDto>
{
    public async ValueTask<BetaalopdrachtDto> Handle(ConfirmBetaalopdrachtCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var opdracht = await db.Set<Betaalopdracht>().VindAsync(command.Id, cancellationToken);
        opdracht.MarkeerUitgevoerd(command.UitgevoerdOp, now);
        var ids = opdracht.Regels.Select(r => r.BeschikkingId).Distinct().ToList();
        foreach (var beschikking in await db.Set<Beschikking>().Where(b => ids.Contains(b.Id)).ToListAsync(cancellationToken))
            beschikking.BevestigBetaling(opdracht.Id, command.UitgevoerdOp, opdracht.Berichtkenmerk, now);
        await db.SaveChangesAsync(cancellationToken);
        return opdracht.ToDto();
    }
}
