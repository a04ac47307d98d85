using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Organisaties.Dtos;
using Gemeenschapskracht.Application.Organisaties.Shared;
using Gemeenschapskracht.Domain.Organisaties;
using Mediator;

namespace Gemeenschapskracht.Application.Organisaties.Commands.CreateOrganisatie;

/// <summary>Adds an organisation to the gemeente's register.</summary>
[Authorize(Roles = $"{Roles.GemeenteBeheerder},{Roles.Beleidsmedewerker}")]
public sealed record CreateOrganisatieCommand : ICommand<OrganisatieDto>, IOrganisatieGegevens
{
    public required string Naam { get; init; }
    public required OrganisatieSoort Soort { get; init; }
    public required Rechtsvorm Rechtsvorm { get; init; }
    public required string? Kvknummer { get; init; }
    public required string? Omschrijving { get; init; }
    public required IReadOnlyList<Guid> WijkIds { get; init; }
    public required IReadOnlyList<Guid> PubliekeWaardeIds { get; init; }
    public required string? Contactpersoon { get; init; }
    public required string? Email { get; init; }
    public required string? Telefoon { get; init; }
    public required string? Website { get; init; }
}

public sealed class CreateOrganisatieHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<CreateOrganisatieCommand, OrganisatieDto>
{
    public async ValueTask<OrganisatieDto> Handle(CreateOrganisatieCommand command, CancellationToken cancellationToken)
    {
        await db.EnsureVerwijzingenAsync(command.WijkIds, command.PubliekeWaardeIds, cancellationToken);
        var now = clock.GetUtcNow();
        var organisatie = new Organisatie(command.Naam, command.Soort, command.Rechtsvorm, command.Kvknummer, now);
        organisatie.Wijzig(command, now);
        db.Set<Organisatie>().Add(organisatie);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(organisatie, cancellationToken);
    }
}
