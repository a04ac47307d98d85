using FluentValidation;
using Gemeenschapskracht.Application.Administraties.Shared;
using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Coordinatoren.Dtos;
using Gemeenschapskracht.Application.Coordinatoren.Shared;
using Gemeenschapskracht.Domain.Administraties;
using Gemeenschapskracht.Domain.Common;
using Mediator;

namespace Gemeenschapskracht.Application.Coordinatoren.Commands.CreateCoordinator;

/// <summary>
/// The host's back office records a coordinator it employs and the groups they support. The salary stays in the
/// host's payroll system; this records who does the work, so the groups and the gemeente see it.
/// </summary>
[Authorize(Roles = CoordinatorQueries.Beheerders)]
public sealed record CreateCoordinatorCommand : ICommand<CoordinatorDto>, ICoordinatorvelden
{
    /// <summary>The host (the id of <c>/hostorganisaties/{id}</c>).</summary>
    public required Guid HostorganisatieId { get; init; }

    public required string Naam { get; init; }

    public required string Functie { get; init; }

    public required decimal UrenPerWeek { get; init; }

    public required DateOnly InDienstSinds { get; init; }

    public required DateOnly? UitDienstPer { get; init; }

    /// <summary>The administraties (groups) of this host the coordinator supports; an empty list may.</summary>
    public required IReadOnlyList<Guid> AdministratieIds { get; init; }

    public required string? Toelichting { get; init; }
}

public sealed class CreateCoordinatorValidator : AbstractValidator<CreateCoordinatorCommand>
{
    public CreateCoordinatorValidator()
    {
        RuleFor(c => c.HostorganisatieId).NotEmpty().WithMessage("Kies de hostorganisatie.");
        this.AddCoordinatorRules();
    }
}

public sealed class CreateCoordinatorHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<CreateCoordinatorCommand, CoordinatorDto>
{
    public async ValueTask<CoordinatorDto> Handle(CreateCoordinatorCommand command, CancellationToken cancellationToken)
    {
        var host = await db.VindHostAsync(command.HostorganisatieId, cancellationToken);
        if (!user.IsInRole(Roles.Backoffice) || user.OrganisatieId != host.OrganisatieId)
            throw new NotFoundException("Deze hostorganisatie bestaat niet in deze gemeente.");
        var now = clock.GetUtcNow();
        var coordinator = new Coordinator(host, command.ToGegevens(), await db.AdministratiesAsync(command.AdministratieIds, cancellationToken), now);
        db.Set<Coordinator>().Add(coordinator);
        await db.SaveChangesAsync(cancellationToken);
        return (await db.ToDtosAsync([coordinator], Kalender.Dag(now), cancellationToken))[0];
    }
}
