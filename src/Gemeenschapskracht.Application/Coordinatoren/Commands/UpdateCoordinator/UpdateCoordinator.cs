using System.Text.Json.Serialization;
using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Coordinatoren.Dtos;
using Gemeenschapskracht.Application.Coordinatoren.Shared;
using Gemeenschapskracht.Domain.Common;
using Mediator;

namespace Gemeenschapskracht.Application.Coordinatoren.Commands.UpdateCoordinator;

/// <summary>The host's back office replaces what is recorded of a coordinator: hours, the groups, the day they leave.</summary>
[Authorize(Roles = CoordinatorQueries.Beheerders)]
public sealed record UpdateCoordinatorCommand : ICommand<CoordinatorDto>, ICoordinatorvelden
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public required string Naam { get; init; }

    public required string Functie { get; init; }

    public required decimal UrenPerWeek { get; init; }

    public required DateOnly InDienstSinds { get; init; }

    public required DateOnly? UitDienstPer { get; init; }

    public required IReadOnlyList<Guid> AdministratieIds { get; init; }

    public required string? Toelichting { get; init; }
}

public sealed class UpdateCoordinatorValidator : AbstractValidator<UpdateCoordinatorCommand>
{
    public UpdateCoordinatorValidator() => this.AddCoordinatorRules();
}

public sealed class UpdateCoordinatorHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<UpdateCoordinatorCommand, CoordinatorDto>
{
    public async ValueTask<CoordinatorDto> Handle(UpdateCoordinatorCommand command, CancellationToken cancellationToken)
    {
        var coordinator = await db.EigenCoordinatoren(user).VindAsync(command.Id, cancellationToken);
        var now = clock.GetUtcNow();
        coordinator.Wijzig(command.ToGegevens(), await db.AdministratiesAsync(command.AdministratieIds, cancellationToken), now);
        await db.SaveChangesAsync(cancellationToken);
        return (await db.ToDtosAsync([coordinator], Kalender.Dag(now), cancellationToken))[0];
    }
}
