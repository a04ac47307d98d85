using System.Text.Json.Serialization;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Organisaties.Commands.CreateOrganisatie;
using Gemeenschapskracht.Application.Organisaties.Dtos;
using Gemeenschapskracht.Application.Organisaties.Shared;
using Gemeenschapskracht.Domain.Organisaties;
using Mediator;

namespace Gemeenschapskracht.Application.Organisaties.Commands.UpdateOrganisatie;

/// <summary>
/// Replaces an organisation's data. The gemeente may change any organisation; a member of a bewonersorganisatie or a
/// professional only their own (<see cref="IOrganisatieScoped"/>).
/// </summary>
[Authorize(Roles = $"{Roles.GemeenteBeheerder},{Roles.Beleidsmedewerker},{Roles.Bewonersorganisatie},{Roles.Professional}")]
public sealed record UpdateOrganisatieCommand : ICommand<OrganisatieDto>, IOrganisatieGegevens, IOrganisatieScoped
{
    [JsonIgnore]
    public Guid Id { get; init; }

    Guid IOrganisatieScoped.OrganisatieId => Id;

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

public sealed class UpdateOrganisatieHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<UpdateOrganisatieCommand, OrganisatieDto>
{
    public async ValueTask<OrganisatieDto> Handle(UpdateOrganisatieCommand command, CancellationToken cancellationToken)
    {
        var organisatie = await db.VindOrganisatieAsync(command.Id, cancellationToken);
        await db.EnsureVerwijzingenAsync(command.WijkIds, command.PubliekeWaardeIds, cancellationToken);
        organisatie.Wijzig(command, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(organisatie, cancellationToken);
    }
}
