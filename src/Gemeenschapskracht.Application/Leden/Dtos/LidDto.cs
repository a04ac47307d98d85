namespace Gemeenschapskracht.Application.Leden.Dtos;

/// <summary>A member of the gemeente: a person with a membership and its roles.</summary>
/// <param name="OrganisatieId">The organisation the roles are held for (bewonersorganisatie, professional), or none.</param>
public sealed record LidDto(Guid Id, Guid GebruikerId, string Naam, string Email, IReadOnlyList<string> Rollen, Guid? OrganisatieId, bool TweeStapsAan, bool Geblokkeerd, DateTimeOffset Sinds);

public sealed record UitnodigingDto(Guid Id, string Email, IReadOnlyList<string> Rollen, Guid? OrganisatieId, DateTimeOffset VerlooptOp);
