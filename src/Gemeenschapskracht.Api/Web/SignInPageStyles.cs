
namespace Gemeenschapskracht.Api.Web;

/// <summary>
/// Serves wwwroot and the NL Design System CSS of the sign-in pages from the npm packages in
/// <c>nl-design-system/</c> (installed by the run and test scripts) at <c>/lib/nl-design-system/</c>.
/// </summary>
public static class SignInPageStyles
{
    private static readonly Dictionary<string, string> Files = new()
    {
        ["/component-library.css"] = "node_modules/@utrecht/component-library-css/dist/index.css",
        ["/design-tokens.css"] = "node_modules/@utrecht/design-tokens/dist/index.css",
    };

    public static WebApplication UseSignInPageStyles(this WebApplication app)
    {
        app.UseStaticFiles();
        var folder = Path.Combine(app.Environment.ContentRootPath, "nl-design-system");
        app.MapGet("/lib/nl-design-system/{file}", (string file) =>
                Files.TryGetValue("/" + file, out var relative) && File.Exists(Path.Combine(folder, relative))
                    ? Results.File(Path.Combine(folder, relative), "text/css")
                    : Results.NotFound())
            .ExcludeFromDescription();
        return app;
    }
}
