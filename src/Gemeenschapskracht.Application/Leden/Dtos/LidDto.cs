namespace Gemeenschapskracht.Application.Leden.Dtos;

/// <summary>A member of the gemeente: a person with a membership and its roles.</summary>
public sealed record LidDto(Guid Id, Guid GebruikerId, string Naam, string Email, IReadOnlyList<string> Rollen, bool TweeStapsAan, bool Geblokkeerd, DateTimeOffset Sinds);

public sealed record UitnodigingDto(Guid Id, string Email, IReadOnlyList<string> Rollen, DateTimeOffset VerlooptOp);
