using Gemeenschapskracht.Application;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Organisaties.Commands.CreateOrganisatie;
using Gemeenschapskracht.Application.Visitaties.Commands.CreateVisitatiecyclus;
using Gemeenschapskracht.Bench.Jobs;
using Gemeenschapskracht.Domain.Gebieden;
using Gemeenschapskracht.Domain.Lidmaatschappen;
using Gemeenschapskracht.Domain.Organisaties;
using Gemeenschapskracht.Domain.Visitaties;
using Gemeenschapskracht.Infrastructure;
using Gemeenschapskracht.Infrastructure.Identity;
using Gemeenschapskracht.Infrastructure.Jobs;
using Gemeenschapskracht.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

// Prepares a database that `provision-all` filled, for one run of job J9 (`run-job visitatiecycli`) to measure; see bench/jobs.sh.
// Configured like the API, by environment (ConnectionStrings__Default, Cbs__Source, ...). Verbs:
//   seed <k>    every gemeente: k active bewonersgroepen spread over its wijken (CreateOrganisatieHandler), one
//               initiative cycle (CreateVisitatiecyclusHandler: never reviewed, so all k are due today) and one
//               beleidsmedewerker, who gets the job's mail. The handlers run as the product has them, without the
//               request pipeline (no caller to authorize); nothing is written as SQL.
//   activate <n> the first n gemeenten by gemeentecode active, the others not (J9 only visits active gemeenten).
//   check <k>    every active gemeente has exactly k initiative visitaties opened; prints how many, fails otherwise.
if (args is not (["seed", _] or ["activate", _] or ["check", _]) || !int.TryParse(args[1], out var count) || count < 1)
{
    Console.Error.WriteLine("Gebruik: Gemeenschapskracht.Bench.Jobs seed <k> | activate <n> | check <k>");
    return 2;
}

// Production: no validation of every registration at build, since the web layer's (IAppLinks, ...) are not here and not needed.
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
{
    Args = [], ContentRootPath = AppContext.BaseDirectory, EnvironmentName = Environments.Production,
});
builder.Configuration["Jobs:RunServer"] = "false";
builder.Services
    .AddApplication()
    .AddInfrastructure(builder.Configuration, builder.Environment.ContentRootPath)
    .AddScoped<ICurrentUser, BenchUser>()
    .AddScoped<CreateOrganisatieHandler>()
    .AddScoped<CreateVisitatiecyclusHandler>();
using var host = builder.Build();
var runner = host.Services.GetRequiredService<TenantJobRunner>();
var clock = TimeProvider.System;

switch (args[0])
{
    case "seed":
    {
        var report = await runner.RunForAllAsync(_ => true, async (services, ct) =>
        {
            var db = services.GetRequiredService<IApplicationDbContext>();
            var wijken = await db.Set<Gebied>().AsNoTracking().Where(g => g.Soort == GebiedSoort.Wijk).OrderBy(g => g.Code).ToListAsync(ct);
            if (wijken.Count == 0)
                throw new InvalidOperationException("De gemeente heeft geen wijken; is ze ingericht?");
            var organisaties = services.GetRequiredService<CreateOrganisatieHandler>();
            for (var i = 0; i < count; i++)
            {
                var wijk = wijken[i % wijken.Count];
                await organisaties.Handle(new CreateOrganisatieCommand
                {
                    Naam = $"Bewonersgroep {i + 1} {wijk.Naam ?? wijk.Code}", Soort = OrganisatieSoort.Bewonersgroep, Rechtsvorm = Rechtsvorm.Informeel,
                    Kvknummer = null, Omschrijving = "Benchmark: een initiatief dat aan de beurt is voor visitatie.", WijkIds = [wijk.Id],
                    PubliekeWaardeIds = [], Contactpersoon = null, Email = null, Telefoon = null, Website = null,
                }, ct);
            }
            await services.GetRequiredService<CreateVisitatiecyclusHandler>().Handle(new CreateVisitatiecyclusCommand
            {
                Naam = "Visitatie van de initiatieven", Soort = Onderwerpsoort.Initiatief, CadansMaanden = 24, ReactietermijnDagen = 28, Perspectieven = null,
            }, ct);

            var tenant = services.GetRequiredService<ICurrentTenant>().Id!.Value;
            var email = $"beleid-{tenant:N}@bench.gemeenschapskracht.nl";
            var user = new ApplicationUser
            {
                Id = Guid.CreateVersion7(clock.GetUtcNow()), UserName = email, Email = email, EmailConfirmed = true,
                DisplayName = "Benchmark beleidsmedewerker", CreatedAt = clock.GetUtcNow(),
            };
            var created = await services.GetRequiredService<UserManager<ApplicationUser>>().CreateAsync(user);
            if (!created.Succeeded)
                throw new InvalidOperationException(string.Join(" ", created.Errors.Select(e => e.Description)));
            var catalog = services.GetRequiredService<TenantCatalogDbContext>();
            catalog.Lidmaatschappen.Add(new Lidmaatschap(user.Id, tenant, [Roles.Beleidsmedewerker], clock.GetUtcNow()));
            await catalog.SaveChangesAsync(ct);
        }, CancellationToken.None);
        Console.WriteLine($"Voorbereid: {report.Succeeded.Count} gemeenten met elk {count} initiatieven, een cyclus en een beleidsmedewerker; mislukt: {report.Failed.Count}");
        foreach (var (tenant, reason) in report.Failed)
            Console.WriteLine($"  mislukt: {tenant}: {reason}");
        return report.Failed.Count == 0 ? 0 : 1;
    }
    case "activate":
    {
        await using var scope = host.Services.CreateAsyncScope();
        var catalog = scope.ServiceProvider.GetRequiredService<TenantCatalogDbContext>();
        var tenants = await catalog.Tenants.OrderBy(t => t.Gemeentecode).ToListAsync();
        if (count > tenants.Count)
        {
            Console.Error.WriteLine($"Er zijn maar {tenants.Count} gemeenten.");
            return 1;
        }
        for (var i = 0; i < tenants.Count; i++)
            tenants[i].SetActive(i < count);
        await catalog.SaveChangesAsync();
        Console.WriteLine($"Actief: {count} van {tenants.Count} gemeenten ({tenants[0].Gemeentecode} … {tenants[count - 1].Gemeentecode})");
        return 0;
    }
    default:
    {
        var opened = new Dictionary<string, int>();
        var report = await runner.RunForAllAsync(t => t.IsActive, async (services, ct) =>
            opened[services.GetRequiredService<ICurrentTenant>().Identifier!] = await services.GetRequiredService<IApplicationDbContext>().Set<Visitatie>()
                .CountAsync(v => v.Soort == Onderwerpsoort.Initiatief, ct), CancellationToken.None);
        var wrong = opened.Where(o => o.Value != count).ToList();
        Console.WriteLine($"Geopende visitaties: {opened.Values.Sum()} in {opened.Count} actieve gemeenten; niet {count}: {wrong.Count}");
        foreach (var (tenant, n) in wrong.Take(10))
            Console.WriteLine($"  {tenant}: {n}");
        return wrong.Count == 0 && report.Failed.Count == 0 ? 0 : 1;
    }
}
