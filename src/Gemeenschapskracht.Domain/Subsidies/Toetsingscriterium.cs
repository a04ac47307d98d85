namespace Gemeenschapskracht.Domain.Subsidies;

/// <summary>One criterion a regeling publishes (Awb 4:25): a short name reviewers score against, and what it asks.</summary>
public sealed record Toetsingscriterium(string Naam, string Toelichting);

/// <summary>The short rubric every criterion is scored on. Levels are never added up or compared between applications (G-1).</summary>
public enum Rubriekniveau
{
    VoldoetNiet,
    VoldoetDeels,
    Voldoet,
}

/// <summary>A reviewer's level for one criterion, by the criterion's name.</summary>
public sealed record Criteriumoordeel(string Criterium, Rubriekniveau Niveau);
