using System.Text.Json.Serialization;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Dienstverleningsafspraken.Dtos;
using Gemeenschapskracht.Application.Dienstverleningsafspraken.Shared;
using Mediator;

namespace Gemeenschapskracht.Application.Dienstverleningsafspraken.Commands.UpdateDienstverleningsafspraak;

/// <summary>Replaces what is explored, while the agreement is Verkend; signatures already placed are withdrawn.</summary>
[Authorize(Roles = DienstverleningsafspraakQueries.Beheerders)]
public sealed record UpdateDienstverleningsafspraakCommand : AfspraakVelden, ICommand<DienstverleningsafspraakDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

public sealed class UpdateDienstverleningsafspraakValidator : AfspraakVeldenValidator<UpdateDienstverleningsafspraakCommand>;

public sealed class UpdateDienstverleningsafspraakHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<UpdateDienstverleningsafspraakCommand, DienstverleningsafspraakDto>
{
    public async ValueTask<DienstverleningsafspraakDto> Handle(UpdateDienstverleningsafspraakCommand command, CancellationToken cancellationToken)
    {
        var afspraak = await db.ZichtbareAfspraken(user).VindAsync(command.Id, cancellationToken);
        var budget = await db.ControleerAsync(command, cancellationToken);
        afspraak.Wijzig(budget, command.BudgetregelId, command.Inhoud(), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(user, afspraak, cancellationToken);
    }
}
