namespace Gemeenschapskracht.Domain.Tenants;

/// <summary>The look a gemeente chooses for its pages: a set of NL Design System design tokens shipped with the client.</summary>
public static class Thema
{
    public const string Neutraal = "neutraal";

    public static readonly IReadOnlyList<string> Alle = [Neutraal, "stad", "groen", "hoog-contrast"];

    public static bool Bestaat(string? thema) => thema is not null && Alle.Contains(thema);
}
