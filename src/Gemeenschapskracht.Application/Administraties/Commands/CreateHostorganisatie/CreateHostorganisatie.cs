using FluentValidation;
using Gemeenschapskracht.Application.Administraties.Dtos;
using Gemeenschapskracht.Application.Administraties.Shared;
using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Domain.Administraties;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Organisaties;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Administraties.Commands.CreateHostorganisatie;

/// <summary>Registers an organisation of the register as a host (penvoerder) that keeps the books of resident groups (R5.1, R5.6).</summary>
[Authorize(Roles = AdministratieQueries.Beheerders)]
public sealed record CreateHostorganisatieCommand : HostorganisatieVelden, ICommand<HostorganisatieDto>
{
    /// <summary>The organisation that becomes host: a welzijnsorganisatie or a foundation, with a legal entity.</summary>
    public required Guid OrganisatieId { get; init; }
}

public sealed class CreateHostorganisatieValidator : HostorganisatieVeldenValidator<CreateHostorganisatieCommand>
{
    public CreateHostorganisatieValidator() => RuleFor(c => c.OrganisatieId).NotEmpty().WithMessage("Kies de organisatie die host wordt.");
}

public sealed class CreateHostorganisatieHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<CreateHostorganisatieCommand, HostorganisatieDto>
{
    public async ValueTask<HostorganisatieDto> Handle(CreateHostorganisatieCommand command, CancellationToken cancellationToken)
    {
        var organisatie = await db.Set<Organisatie>().FirstOrDefaultAsync(o => o.Id == command.OrganisatieId, cancellationToken)
            ?? throw new DomainException("Deze organisatie staat niet in het register van deze gemeente.");
        if (await db.Set<Hostorganisatie>().AnyAsync(h => h.OrganisatieId == organisatie.Id, cancellationToken))
            throw new ConflictException($"'{organisatie.Naam}' is al hostorganisatie.");
        var host = new Hostorganisatie(organisatie, command.Dienstverlening, command.NietCommercieel, command.KostenLijst(), clock.GetUtcNow());
        host.ZetVierOgenDrempel(command.VierOgenDrempel(Hostorganisatie.StandaardVierOgenDrempel), clock.GetUtcNow());
        db.Set<Hostorganisatie>().Add(host);
        await db.SaveChangesAsync(cancellationToken);
        return host.ToDto(organisatie.Naam, 0);
    }
}
