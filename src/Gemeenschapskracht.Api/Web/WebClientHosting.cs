using Microsoft.Extensions.FileProviders;

namespace Gemeenschapskracht.Api.Web;

/// <summary>
/// Serves the built Angular client (configuration <c>Client:Path</c>, default the client's production build beside
/// the sources) and answers client routes with its index.html. API, sign-in and server paths never fall back.
/// </summary>
public static class WebClientHosting
{
    private static readonly string[] ServerPaths = ["/api", "/connect", "/account", "/health", "/hangfire", "/lib", "/.well-known"];

    public static WebApplication UseWebClient(this WebApplication app)
    {
        var folder = Path.GetFullPath(Path.Combine(app.Environment.ContentRootPath,
            app.Configuration["Client:Path"] ?? "../../angular-client/dist/gemeenschapskracht/browser"));
        if (!Directory.Exists(folder))
            return app;
        var files = new PhysicalFileProvider(folder);
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        // GET and HEAD only: any other method on a client route is a 405, and a body of the wrong type sent to an API
        // endpoint stays the 415 of that endpoint instead of falling through to here.
        app.MapFallback(async context =>
        {
            var index = files.GetFileInfo("index.html");
            if (ServerPaths.Any(p => context.Request.Path.StartsWithSegments(p)) || !index.Exists)
            {
                await Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Niet gevonden", detail: "Dit adres bestaat niet.")
                    .ExecuteAsync(context);
                return;
            }
            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.Headers.CacheControl = "no-cache";
            await context.Response.SendFileAsync(index);
        }).WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]));
        return app;
    }
}
