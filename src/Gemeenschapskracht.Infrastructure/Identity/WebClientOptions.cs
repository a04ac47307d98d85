namespace Gemeenschapskracht.Infrastructure.Identity;

/// <summary>The Angular client: a public client using authorization code + PKCE (configuration <c>Identity:WebClient</c>).</summary>
public sealed class WebClientOptions
{
    public string ClientId { get; set; } = "gemeenschapskracht-web";

    public List<string> RedirectUris { get; set; } = [];

    public List<string> PostLogoutRedirectUris { get; set; } = [];
}
