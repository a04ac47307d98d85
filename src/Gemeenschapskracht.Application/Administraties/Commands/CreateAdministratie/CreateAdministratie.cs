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

namespace Gemeenschapskracht.Application.Administraties.Commands.CreateAdministratie;

/// <summary>
/// Opens the administratie of a resident group without a legal entity of its own, kept by a host, from the first day
/// of a month, with the standard RGS-mapped chart of accounts. One per group.
/// </summary>
[Authorize(Roles = AdministratieQueries.Beheerders)]
public sealed record CreateAdministratieCommand : ICommand<AdministratieDto>
{
    /// <summary>The hosted group: a bewonersorganisatie, bewonersgroep or wijkopbouwpunt without a KvK registration.</summary>
    public required Guid GroepId { get; init; }

    public required Guid HostorganisatieId { get; init; }

    /// <summary>The start (taken as the first day of its month); the opening balance is dated on it.</summary>
    public required DateOnly Startdatum { get; init; }
}

public sealed class CreateAdministratieValidator : AbstractValidator<CreateAdministratieCommand>
{
    public CreateAdministratieValidator()
    {
        RuleFor(c => c.GroepId).NotEmpty().WithMessage("Kies de groep waarvoor de administratie wordt gevoerd.");
        RuleFor(c => c.HostorganisatieId).NotEmpty().WithMessage("Kies de hostorganisatie die de administratie voert.");
        RuleFor(c => c.Startdatum).InclusiveBetween(new DateOnly(2000, 1, 1), new DateOnly(2100, 12, 31)).WithMessage("Kies een startdatum tussen 2000 en 2100.");
    }
}

public sealed class CreateAdministratieHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<CreateAdministratieCommand, AdministratieDto>
{
    public async ValueTask<AdministratieDto> Handle(CreateAdministratieCommand command, CancellationToken cancellationToken)
    {
        var host = await db.Set<Hostorganisatie>().FirstOrDefaultAsync(h => h.Id == command.HostorganisatieId, cancellationToken)
            ?? throw new DomainException("Deze hostorganisatie bestaat niet in deze gemeente.");
        var groep = await db.Set<Organisatie>().FirstOrDefaultAsync(o => o.Id == command.GroepId, cancellationToken)
            ?? throw new DomainException("Deze groep staat niet in het register van deze gemeente.");
        if (await db.Set<Administratie>().AnyAsync(a => a.GroepId == groep.Id, cancellationToken))
            throw new ConflictException($"Voor '{groep.Naam}' wordt al een administratie gevoerd.");
        var administratie = new Administratie(host, groep, command.Startdatum, clock.GetUtcNow());
        db.Set<Administratie>().Add(administratie);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(administratie, clock, cancellationToken);
    }
}
