using Gemeenschapskracht.Domain.Organisaties;

namespace Gemeenschapskracht.Application.Organisaties.Commands.CreateOrganisatie;

/// <summary>What the register holds of an organisation; sent whole when it is created or changed.</summary>
public interface IOrganisatieGegevens
{
    string Naam { get; }
    OrganisatieSoort Soort { get; }
    Rechtsvorm Rechtsvorm { get; }
    string? Kvknummer { get; }
    string? Omschrijving { get; }
    IReadOnlyList<Guid> WijkIds { get; }
    IReadOnlyList<Guid> PubliekeWaardeIds { get; }
    string? Contactpersoon { get; }
    string? Email { get; }
    string? Telefoon { get; }
    string? Website { get; }
}
