namespace Gemeenschapskracht.Api.Web;

/// <summary>
/// NL API Design Rules and security headers on every response: <c>API-Version</c>, no sniffing, no framing,
/// no referrer, and a content security policy (strictest for the API). A path with a trailing slash is a 404.
/// </summary>
public sealed class ApiHeadersMiddleware(RequestDelegate next)
{
    public const string ApiVersion = "1.0.0";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers["API-Version"] = ApiVersion;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                headers.ContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";
                headers.CacheControl = "no-store";
            }
            else if (!context.Request.Path.StartsWithSegments("/hangfire"))
            {
                // Pages (sign-in, web client): own scripts only; Angular injects component styles inline.
                headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
                    "img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";
            }
            return Task.CompletedTask;
        });

        var path = context.Request.Path.Value;
        if (path is { Length: > 1 } && path.EndsWith('/'))
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Niet gevonden",
                detail: "Dit adres bestaat niet. Laat de slash aan het eind weg.").ExecuteAsync(context);
        }
        return next(context);
    }
}
