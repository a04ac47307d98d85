namespace Gemeenschapskracht.Domain.Organisaties;

/// <summary>How the gemeente and partners reach an organisation. Visible to members of the gemeente only, not to the public.</summary>
public sealed record Contactgegevens(string? Contactpersoon, string? Email, string? Telefoon, string? Website);
