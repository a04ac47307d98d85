namespace Gemeenschapskracht.Application.Leden.Dtos;

/// <param name="Blokkade">Why the invitation cannot be accepted (unknown, expired, used), or null.</param>
public sealed record UitnodigingStatusDto(string? Blokkade, bool BestaandAccount, IReadOnlyList<string> Rollen);

/// <summary>The outcome of accepting: done, or the Dutch reasons per field (<c>naam</c>, <c>wachtwoord</c>) or for the whole.</summary>
public sealed record UitnodigingAanvaardDto(bool Gelukt, IReadOnlyDictionary<string, IReadOnlyList<string>> Fouten);
