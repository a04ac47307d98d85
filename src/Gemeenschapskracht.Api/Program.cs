using Gemeenschapskracht.Api.Cli;
using Gemeenschapskracht.Api.Seeding;
using Gemeenschapskracht.Api.Web;
using Gemeenschapskracht.Application;
using Gemeenschapskracht.Infrastructure;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = ContentRoot.Choose(args) });
CommandLine.Configure(builder, args);
builder.Services
    .AddApplication()
    .AddInfrastructure(builder.Configuration, builder.Environment.ContentRootPath)
    .AddWebServices(builder.Configuration);

var app = builder.Build();
app.UseWebPipeline();

if (CommandLine.IsVerb(args))
    return await CommandLine.RunAsync(app, args);

// Without a fixed issuer a token from one host would be refused on another (ADR 0011); development derives it.
if (!app.Environment.IsDevelopment() && !app.Environment.IsEnvironment("Testing") && string.IsNullOrEmpty(app.Configuration["Identity:Issuer"]))
    throw new InvalidOperationException("Identity:Issuer is required outside development, e.g. https://gemeenschapskracht.example.nl/.");

var warmUp = StartupWarmUp.StartAsync(app);
await using (var scope = app.Services.CreateAsyncScope())
    await scope.ServiceProvider.GetRequiredService<StartupTasks>().RunAsync(app.Lifetime.ApplicationStopping);
await warmUp;

await app.RunAsync();
return 0;

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
