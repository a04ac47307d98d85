using Gemeenschapskracht.Api.Endpoints;
using Gemeenschapskracht.Api.Endpoints.Conventions;
using Gemeenschapskracht.Api.OpenApi;
using Gemeenschapskracht.Infrastructure.Tenancy;
using Hangfire;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Gemeenschapskracht.Api.Web;

public static class WebPipeline
{
    /// <summary>The middleware order matters: the tenant is resolved before authentication, the guard right after it.</summary>
    public static WebApplication UseWebPipeline(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<ApiHeadersMiddleware>();
        if (!app.Environment.IsDevelopment())
            app.UseHsts();
        app.UseSignInPageStyles();
        app.UseWebClient();
        app.UseMiddleware<TenantResolutionMiddleware>();
        // Routing after tenant resolution, so a path prefix moved into PathBase is not part of the route.
        app.UseRouting();
        app.UseAuthentication();
        app.UseMiddleware<TenantClaimGuardMiddleware>();
        app.UseMiddleware<LogScopeMiddleware>();
        app.UseAuthorization();
        app.UseRateLimiter();

        app.UseOpenApi(s =>
        {
            s.Path = NlApiDesignRules.BasePath + "/openapi.json";
            s.PostProcess = (document, request) => NlApiDesignRules.SetServer(document, request.PathBase);
        });
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
        app.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            AsyncAuthorization = [new PlatformAdminDashboardFilter()],
            DashboardTitle = "Gemeenschapskracht – achtergrondtaken",
        });

        app.MapTokenEndpoint();
        app.MapAuthorizationEndpoints();
        app.MapRazorPages();
        app.MapEndpointGroups();
        app.MapBenchmarkBaseline();
        return app;
    }
}
