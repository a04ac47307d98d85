using NSwag;

namespace Gemeenschapskracht.Api.OpenApi;

/// <summary>
/// Shapes NSwag's document to the NL API Design Rules: contact, semantic version, the base path <c>/api/v1</c>
/// as server (paths relative to it), and the <c>API-Version</c> header on every successful response.
/// </summary>
public static class NlApiDesignRules
{
    public const string BasePath = "/api/v1";

    public static void Apply(OpenApiDocument document)
    {
        document.Info.Title = "Gemeenschapskracht API";
        document.Info.Version = Web.ApiHeadersMiddleware.ApiVersion;
        document.Info.Description = "Subsidiëren in plaats van aanbesteden: wijkindeling, wijkbeelden, wijkbudgetten en visitaties per gemeente.";
        document.Info.Contact = new OpenApiContact
        {
            Name = "Gemeenschapskracht",
            Email = "api@gemeenschapskracht.nl",
            Url = "https://gemeenschapskracht.nl",
        };
        SetServer(document, "");

        var paths = document.Paths.ToList();
        document.Paths.Clear();
        foreach (var (path, item) in paths)
        {
            var relative = path.StartsWith(BasePath, StringComparison.Ordinal) ? path[BasePath.Length..] : path;
            document.Paths[relative.Length == 0 ? "/" : relative] = item;
            foreach (var operation in item.Values)
            {
                AddVersionHeader(operation);
                UseProblemJson(operation);
            }
        }
    }

    /// <summary>The server is the base path (behind a tenant's path prefix when the document was asked for there).</summary>
    public static void SetServer(OpenApiDocument document, string pathBase)
    {
        document.Servers.Clear();
        document.Servers.Add(new OpenApiServer { Url = pathBase + BasePath, Description = "Deze omgeving" });
    }

    /// <summary>NSwag writes every response as application/json; errors are RFC 9457 problem details.</summary>
    private static void UseProblemJson(OpenApiOperation operation)
    {
        foreach (var (status, response) in operation.Responses.Where(r => r.Key.StartsWith('4') || r.Key.StartsWith('5')))
        {
            if (response.Content.Remove("application/json", out var media))
                response.Content["application/problem+json"] = media;
            if (string.IsNullOrEmpty(response.Description))
                response.Description = ProblemDescriptions.TryGetValue(status, out var description) ? description : "Fout";
        }
    }

    private static readonly Dictionary<string, string> ProblemDescriptions = new()
    {
        ["400"] = "Ongeldige invoer",
        ["401"] = "Niet aangemeld",
        ["403"] = "Geen toegang",
        ["404"] = "Niet gevonden",
        ["409"] = "Conflict met bestaande gegevens",
        ["500"] = "Onverwachte fout",
        ["503"] = "Een externe bron is niet beschikbaar",
    };

    private static void AddVersionHeader(OpenApiOperation operation)
    {
        foreach (var (status, response) in operation.Responses)
        {
            if (status.StartsWith('2') || status.StartsWith('3'))
            {
                response.Headers["API-Version"] = new OpenApiHeader
                {
                    Description = "De volledige versie van de API (semver).",
                    Schema = new NJsonSchema.JsonSchema { Type = NJsonSchema.JsonObjectType.String },
                };
            }
        }
    }
}
