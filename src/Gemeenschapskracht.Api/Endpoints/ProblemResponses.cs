using Microsoft.AspNetCore.Mvc;

namespace Gemeenschapskracht.Api.Endpoints;

internal static class ProblemResponses
{
    /// <summary>Declares the problem responses an endpoint can give, always including 500.</summary>
    public static RouteHandlerBuilder ProducesStandardProblems(this RouteHandlerBuilder builder, params int[] statuses)
    {
        foreach (var status in statuses.Append(StatusCodes.Status500InternalServerError))
            builder.Produces<ProblemDetails>(status, "application/problem+json");
        return builder;
    }
}
