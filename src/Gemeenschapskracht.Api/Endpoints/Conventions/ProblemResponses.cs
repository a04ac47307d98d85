using Microsoft.AspNetCore.Mvc;

namespace Gemeenschapskracht.Api.Endpoints.Conventions;

public static class ProblemResponses
{
    /// <summary>Declares problem responses (<c>application/problem+json</c>) on an endpoint or on a whole group.</summary>
    public static TBuilder ProducesProblems<TBuilder>(this TBuilder builder, params int[] statuses)
        where TBuilder : IEndpointConventionBuilder
    {
        foreach (var status in statuses)
            builder.WithMetadata(Metadata(status));
        return builder;
    }

    public static ProducesResponseTypeMetadata Metadata(int status) =>
        new(status, typeof(ProblemDetails), [Web.ProblemJsonWriter.ContentType]);

    /// <summary>The problems of an endpoint (or a whole group) that needs a signed-in caller with a role: 401 and 403.</summary>
    public static TBuilder RequiresRole<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden);
}
