namespace Gemeenschapskracht.Domain.Wijkbeelden;

/// <summary>
/// A wijkbeeld is drafted, talked through with the wijk in conversation rounds, given meaning, and shared. A revision
/// is a new version; sharing it replaces the one shared before.
/// </summary>
public enum WijkbeeldStatus
{
    Concept,
    InGesprek,
    Geduid,
    Gedeeld,
    Vervangen,
}
