namespace Gemeenschapskracht.Api.Seeding;

/// <summary>Configuration section <c>Seed</c>: demo gemeenten for the run command (development only).</summary>
public sealed class SeedOptions
{
    public bool Enabled { get; set; }

    /// <summary>Candidates; those whose code is in the configured CBS source are seeded.</summary>
    public List<DemoGemeente> Gemeenten { get; set; } = [];

    /// <summary>How many of the candidates to seed at most.</summary>
    public int Count { get; set; } = 2;

    /// <summary>Password of every demo user; none means no demo users.</summary>
    public string? DemoPassword { get; set; }

    /// <summary>Base32 TOTP key of the demo users whose role requires two-factor sign-in.</summary>
    public string? DemoAuthenticatorKey { get; set; }
}

public sealed record DemoGemeente(string Slug, string Naam, string Gemeentecode);
