namespace Gemeenschapskracht.Application.Leden.Dtos;

/// <param name="Slug">The gemeente's slug, or "platform" for the platform membership.</param>
public sealed record MijnLidmaatschapDto(string Slug, string Naam, IReadOnlyList<string> Rollen);
