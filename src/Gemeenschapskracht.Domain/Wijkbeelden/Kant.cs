namespace Gemeenschapskracht.Domain.Wijkbeelden;

/// <summary>Who wrote a part of the wijkbeeld: residents, professionals, or the gemeente. Residents' words are theirs (G-8).</summary>
public enum Kant
{
    Bewoners,
    Professionals,
    Gemeente,
}

/// <summary>A comment on an item: how the gemeente (or anyone) responds to what residents wrote without changing it (G-8).</summary>
public sealed record Opmerking(Guid Id, Kant Kant, string Auteur, string Tekst, DateTimeOffset Op);

/// <summary>Who wrote an item and when; kept when the item is edited, so the ownership rule can be applied.</summary>
public sealed record Herkomst(Kant Kant, string Auteur, DateTimeOffset Op);
