namespace Gemeenschapskracht.Domain.Beleidskaders;

/// <summary>The life of one version: drafted, put before the raad, adopted, and replaced by a newer adopted version.</summary>
public enum BeleidskaderStatus
{
    Concept,
    TerBesluitvorming,
    Vastgesteld,
    Vervangen,
}
