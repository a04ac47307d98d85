using System.Net;
using System.Text.Json.Nodes;
using Gemeenschapskracht.Domain.Organisaties;
using Gemeenschapskracht.Infrastructure.Persistence;
using Gemeenschapskracht.Infrastructure.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace Gemeenschapskracht.IntegrationTests.Infrastructure;

/// <summary>What tests on the demo route share: organisations with known ids, the demo's granted wijkbudget, reading an expected answer.</summary>
public static class RouteFixtures
{
    /// <summary>Runs work on the database as the given gemeente, in a scope of its own (set-up and checks the API does not offer).</summary>
    public static async Task InTenantAsync(this ApiFactory factory, string gemeente, Func<ApplicationDbContext, Task> work)
    {
        var tenant = await factory.Services.GetRequiredService<ITenantStore>().GetByIdentifierAsync(gemeente, CancellationToken.None);
        using var _ = factory.Services.GetRequiredService<ITenantContextAccessor>().Use(tenant!);
        await using var scope = factory.Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<ApplicationDbContext>());
    }

    /// <summary>Adds organisations with these ids (and a contact address when given) to a gemeente.</summary>
    public static Task AddOrganisatiesAsync(this ApiFactory factory, string gemeente, params (Guid Id, string Naam, OrganisatieSoort Soort, string? Email)[] organisaties) =>
        factory.InTenantAsync(gemeente, async db =>
        {
            foreach (var (id, naam, soort, email) in organisaties)
            {
                var organisatie = new Organisatie(naam, soort, Rechtsvorm.Vereniging, null, DateTimeOffset.UtcNow);
                if (email is not null)
                    organisatie.Wijzig(naam, soort, Rechtsvorm.Vereniging, null, null, [], [], new Contactgegevens(null, email, null, null), DateTimeOffset.UtcNow);
                db.Entry(organisatie).Property(o => o.Id).CurrentValue = id;
                db.Add(organisatie);
            }
            await db.SaveChangesAsync();
        });

    /// <summary>The demo gemeente Amsterdam's granted (or running) wijkbudget, as its beheerder reads it.</summary>
    public static async Task<JsonNode> GrantedWijkbudgetAsync(this ApiFactory factory)
    {
        var beheer = await factory.AuthenticatedAsync(ApiFactory.AmsterdamBeheerClient, "amsterdam");
        var budgetten = await (await beheer.GetAsync("/api/v1/wijkbudgetten?pageSize=100")).ReadJsonAsync();
        var budgetId = budgetten["items"]!.AsArray().First(b => b!["status"]!.GetValue<string>() is "toegekend" or "lopend")!["id"]!.GetValue<Guid>();
        return await (await beheer.GetAsync($"/api/v1/wijkbudgetten/{budgetId}")).ReadJsonAsync();
    }

    /// <summary>Registers the organisation as a host (with its bank account when given), as a beleidsmedewerker does; returns the host's id.</summary>
    public static async Task<Guid> RegisterHostAsync(this HttpClient beleid, Guid organisatie, string? iban = null)
    {
        if (iban is not null)
            (await beleid.PutJsonAsync($"/api/v1/organisaties/{organisatie}/bankrekening", new { iban, tenaamstelling = "Stichting Welzijn" })).EnsureSuccessStatusCode();
        var host = new
        {
            organisatieId = organisatie, dienstverlening = "Wij voeren de boeken en betalen de declaraties van bewonersgroepen.", nietCommercieel = true,
            kosten = Array.Empty<object>(),
        };
        return (await (await beleid.PostJsonAsync("/api/v1/hostorganisaties", host)).ReadExpectedAsync(HttpStatusCode.Created))["id"]!.GetValue<Guid>();
    }

    /// <summary>Opens the group's administratie at the host from the first of the month before this one; returns its id.</summary>
    public static async Task<Guid> OpenAdministratieAsync(this HttpClient beleid, Guid groep, Guid host)
    {
        var vandaag = Domain.Common.Kalender.Dag(DateTimeOffset.UtcNow);
        var start = new DateOnly(vandaag.Year, vandaag.Month, 1).AddMonths(-1);
        return (await (await beleid.PostJsonAsync("/api/v1/administraties", new { groepId = groep, hostorganisatieId = host, startdatum = $"{start:yyyy-MM-dd}" }))
            .ReadExpectedAsync(HttpStatusCode.Created))["id"]!.GetValue<Guid>();
    }

    /// <summary>The body of an answer with the expected status; otherwise fails with the uri, status and body.</summary>
    public static async Task<JsonNode> ReadExpectedAsync(this HttpResponseMessage response, HttpStatusCode verwacht = HttpStatusCode.OK)
    {
        using (response)
        {
            Assert.True(response.StatusCode == verwacht, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            return await response.ReadJsonAsync();
        }
    }
}
