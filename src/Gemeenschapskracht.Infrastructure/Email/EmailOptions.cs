namespace Gemeenschapskracht.Infrastructure.Email;

/// <summary>Configuration section <c>Email</c>.</summary>
public sealed class EmailOptions
{
    /// <summary><c>Smtp</c> sends each mail (the default); <c>Pickup</c> writes it as an .eml file (development and tests).</summary>
    public string Mode { get; set; } = "Smtp";

    public string PickupFolder { get; set; } = "data/mail";

    public string From { get; set; } = "Gemeenschapskracht <noreply@gemeenschapskracht.nl>";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public string? UserName { get; set; }

    public string? Password { get; set; }
}
