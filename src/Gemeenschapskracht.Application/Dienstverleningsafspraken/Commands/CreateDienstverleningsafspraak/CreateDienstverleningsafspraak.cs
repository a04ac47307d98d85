using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Dienstverleningsafspraken.Dtos;
using Gemeenschapskracht.Application.Dienstverleningsafspraken.Shared;
using Gemeenschapskracht.Domain.Dienstverleningsafspraken;
using Mediator;

namespace Gemeenschapskracht.Application.Dienstverleningsafspraken.Commands.CreateDienstverleningsafspraak;

/// <summary>
/// Records a service agreement being explored (Verkend, R4.3): a bewonersorganisatie as (mede-)opdrachtgever or
/// steering voice of professional work in its wijk, paid from a line of the wijkbudget.
/// </summary>
[Authorize(Roles = DienstverleningsafspraakQueries.Beheerders)]
public sealed record CreateDienstverleningsafspraakCommand : AfspraakVelden, ICommand<DienstverleningsafspraakDto>;

public sealed class CreateDienstverleningsafspraakValidator : AfspraakVeldenValidator<CreateDienstverleningsafspraakCommand>;

public sealed class CreateDienstverleningsafspraakHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<CreateDienstverleningsafspraakCommand, DienstverleningsafspraakDto>
{
    public async ValueTask<DienstverleningsafspraakDto> Handle(CreateDienstverleningsafspraakCommand command, CancellationToken cancellationToken)
    {
        var budget = await db.ControleerAsync(command, cancellationToken);
        var afspraak = new Dienstverleningsafspraak(budget, command.BudgetregelId, command.Inhoud(), clock.GetUtcNow());
        db.Set<Dienstverleningsafspraak>().Add(afspraak);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(user, afspraak, cancellationToken);
    }
}
