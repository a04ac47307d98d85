namespace Gemeenschapskracht.Api.Seeding;

/// <summary>Configuration section <c>Seed</c>: demo gemeenten for the run command (development only).</summary>
public sealed class SeedOptions
{
    public bool Enabled { get; set; }

    /// <summary>Candidates; those whose code is in the configured CBS source are seeded.</summary>
    public List<DemoGemeente> Gemeenten { get; set; } = [];

    /// <summary>How many of the candidates to seed at most.</summary>
    public int Count { get; set; } = 2;
}

public sealed record DemoGemeente(string Slug, string Naam, string Gemeentecode);
