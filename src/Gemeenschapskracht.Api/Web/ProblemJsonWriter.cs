using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace Gemeenschapskracht.Api.Web;

/// <summary>
/// Writes every problem as <c>application/problem+json</c>, whatever the client's <c>Accept</c> header says.
/// The framework's own writer declines clients that do not accept JSON, which turned a 404 for such a client into
/// a 500 (the exception handler could not write) and left 400/401/403 without a body. Registered before the
/// framework's writer, so it is always the one chosen.
/// </summary>
public sealed class ProblemJsonWriter(IOptions<ProblemDetailsOptions> problemOptions, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> jsonOptions) : IProblemDetailsWriter
{
    public const string ContentType = "application/problem+json";

    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var http = context.HttpContext;
        var problem = context.ProblemDetails;
        problem.Status ??= http.Response.StatusCode;
        problem.Extensions.TryAdd("traceId", Activity.Current?.Id ?? http.TraceIdentifier);
        problemOptions.Value.CustomizeProblemDetails?.Invoke(context);
        return new ValueTask(http.Response.WriteAsJsonAsync(problem, problem.GetType(), jsonOptions.Value.SerializerOptions, ContentType));
    }
}
