using Microsoft.AspNetCore.WebUtilities;

namespace Gemeenschapskracht.Api.Web;

/// <summary>Gives the framework's own problem responses (unknown route, wrong method) a Dutch title and detail.</summary>
public static class DutchProblemDetails
{
    private static readonly Dictionary<int, (string Title, string Detail)> Texts = new()
    {
        [StatusCodes.Status400BadRequest] = ("Ongeldige aanvraag", "De aanvraag kon niet worden verwerkt."),
        [StatusCodes.Status401Unauthorized] = ("Niet aangemeld", "U moet zijn aangemeld voor deze handeling."),
        [StatusCodes.Status403Forbidden] = ("Geen toegang", "U heeft geen toestemming voor deze handeling."),
        [StatusCodes.Status404NotFound] = ("Niet gevonden", "Dit adres bestaat niet."),
        [StatusCodes.Status405MethodNotAllowed] = ("Methode niet toegestaan", "Deze HTTP-methode wordt op dit adres niet ondersteund."),
        [StatusCodes.Status429TooManyRequests] = ("Te veel verzoeken", "Er zijn te veel verzoeken achter elkaar verstuurd; probeer het zo opnieuw."),
        [StatusCodes.Status415UnsupportedMediaType] = ("Niet-ondersteund formaat", "Dit formaat wordt hier niet aangenomen; de API-documentatie noemt de toegestane formaten."),
    };

    public static void Customize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        problem.Instance ??= context.HttpContext.Request.Path;
        // Only the framework's English defaults are replaced; titles set by the product stay.
        if (problem.Status is { } status && Texts.TryGetValue(status, out var text)
            && (problem.Title is null || problem.Title == ReasonPhrases.GetReasonPhrase(status)))
        {
            problem.Title = text.Title;
            if (problem.Detail is null || problem.Detail == ReasonPhrases.GetReasonPhrase(status))
                problem.Detail = text.Detail;
        }
        problem.Detail ??= problem.Title;
    }
}
