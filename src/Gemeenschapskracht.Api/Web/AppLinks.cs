using Gemeenschapskracht.Application.Common.Interfaces;
using Microsoft.AspNetCore.WebUtilities;

namespace Gemeenschapskracht.Api.Web;

/// <summary>Links for e-mails: on <c>App:PublicUrl</c> when configured (production), else on the current request's host.</summary>
public sealed class AppLinks(IHttpContextAccessor http, IConfiguration configuration) : IAppLinks
{
    public string Uitnodiging(string token) =>
        QueryHelpers.AddQueryString(Base() + "/account/uitnodiging", "token", token);

    public string WachtwoordHerstellen(string email, string token) =>
        QueryHelpers.AddQueryString(Base() + "/account/wachtwoord-herstellen",
            new Dictionary<string, string?> { ["email"] = email, ["token"] = token });

    public string Pagina(string pad) => (BaseOrNull() ?? "") + pad;

    private string Base() => BaseOrNull() ?? throw new InvalidOperationException("App:PublicUrl is required outside a request.");

    /// <summary>Background jobs have no request: they use the public address, else the token issuer (the same host).</summary>
    private string? BaseOrNull()
    {
        if (configuration["App:PublicUrl"] is { Length: > 0 } configured)
            return configured.TrimEnd('/');
        if (http.HttpContext?.Request is { } request)
            return $"{request.Scheme}://{request.Host}";
        return configuration["Identity:Issuer"]?.TrimEnd('/');
    }
}
