using System.Text.Json;
using System.Text.Json.Serialization;
using Gemeenschapskracht.Api.OpenApi;
using Gemeenschapskracht.Api.Seeding;
using Gemeenschapskracht.Application.Common.Behaviours;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Gemeenten.Commands.CreateGemeente;
using Mediator;
using OpenIddict.Validation.AspNetCore;

namespace Gemeenschapskracht.Api.Web;

public static class WebServices
{
    public static IServiceCollection AddWebServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddTelemetry(configuration);
        services.AddMediator((MediatorOptions options) =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(CreateGemeenteCommand)];
            options.PipelineBehaviors =
            [
                typeof(UnhandledExceptionBehaviour<,>),
                typeof(AuthorizationBehaviour<,>),
                typeof(ValidationBehaviour<,>),
                typeof(TransactionBehaviour<,>),
                typeof(PerformanceBehaviour<,>),
            ];
        });

        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, CurrentUser>();
        services.AddScoped<IAppLinks, AppLinks>();
        services.AddScoped<RefusalAudit>();
        services.AddScoped<Infrastructure.Tenancy.IRefusalLog>(sp => sp.GetRequiredService<RefusalAudit>());
        services.AddScoped<StartupTasks>();
        services.AddScoped<DemoUserSeeder>();
        services.Configure<SeedOptions>(configuration.GetSection("Seed"));
        if (configuration.GetValue<bool>("Seed:Enabled"))
            services.AddScoped<Application.Common.Interfaces.IProvisioningStep, Seeding.Demo.DemoRouteSeeder>();

        // Before AddProblemDetails, so it is the writer chosen for every problem, whatever the Accept header.
        services.AddSingleton<IProblemDetailsWriter, ProblemJsonWriter>();
        services.AddProblemDetails(o => o.CustomizeProblemDetails = DutchProblemDetails.Customize);
        services.AddAanmeldlimiet();
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        });
        services.Configure<Microsoft.AspNetCore.Mvc.JsonOptions>(o =>
            o.JsonSerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false)));

        services.AddAuthentication(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme);
        services.AddAuthorization();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, AuditingAuthorizationResultHandler>();
        services.AddRazorPages(o => o.Conventions.AuthorizeFolder("/Account/Beveiligd"));
        services.AddAntiforgery(o => o.Cookie.Name = "gk.antiforgery");

        services.AddHealthChecks().AddCheck<MigrationsHealthCheck>("database", tags: ["ready"]);

        services.AddEndpointsApiExplorer();
        services.AddOpenApiDocument(settings =>
        {
            settings.DocumentName = "v1";
            settings.PostProcess = NlApiDesignRules.Apply;
            settings.OperationProcessors.Add(new RawBodyProcessor());
        });
        return services;
    }
}
