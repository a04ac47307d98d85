using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;

namespace Gemeenschapskracht.Api.Web;

/// <summary>
/// A body that could not be read as the request names the fields at fault, like a validation error: the
/// <c>required</c> members that were left out (a PUT names every field it replaces) or the field whose value has the
/// wrong type. System.Text.Json reports missing members only in its message, so the names are read from there.
/// </summary>
public static partial class JsonProblems
{
    public static ProblemDetails Describe(JsonException exception)
    {
        var errors = new Dictionary<string, string[]>();
        if (exception.Message.Contains("missing required properties", StringComparison.Ordinal))
        {
            foreach (var name in MissingNames(exception.Message))
                errors[name] = [$"Geef '{name}' op: deze wijziging vervangt alle velden, ook de velden die gelijk blijven."];
        }
        else if (exception.Message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal)
            && exception.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal))
        {
            errors[path[2..]] = ["Deze waarde heeft niet het goede type (bijvoorbeeld tekst waar een getal of true/false hoort)."];
        }

        if (errors.Count == 0)
            return new ProblemDetails { Status = StatusCodes.Status400BadRequest, Title = "Ongeldige aanvraag", Detail = "De aanvraag bevat geen geldige JSON." };
        return new ValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Ongeldige invoer",
            Detail = string.Join(" ", errors.Select(e => e.Value[0])),
        };
    }

    // "JSON deserialization for type 'X' was missing required properties including: 'naam', 'pilot'."
    private static IEnumerable<string> MissingNames(string message) =>
        QuotedName().Matches(message[message.IndexOf("including", StringComparison.Ordinal)..]).Select(m => m.Groups[1].Value);

    [GeneratedRegex("'([^']+)'")]
    private static partial Regex QuotedName();
}
