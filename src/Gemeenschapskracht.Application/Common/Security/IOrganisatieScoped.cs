namespace Gemeenschapskracht.Application.Common.Security;

/// <summary>
/// A request about one organisation. A caller who holds a required role only as an organisation-bound role
/// (<see cref="Roles.OrganisatieGebonden"/>) may send it for the organisation their membership is scoped to, and for no
/// other; the authorization behaviour refuses it before validation, like a missing role.
/// </summary>
public interface IOrganisatieScoped
{
    Guid OrganisatieId { get; }
}
