using Gemeenschapskracht.Domain.Organisaties;
using Gemeenschapskracht.Infrastructure.Persistence;
using Gemeenschapskracht.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Gemeenschapskracht.IntegrationTests.Infrastructure;

/// <summary>Organisations with fixed ids and a contact e-mail in one gemeente, for tests whose clients act for them.</summary>
public static class TestOrganisaties
{
    public static async Task AddAsync<T>(this WebApplicationFactory<T> factory, string gemeente,
        params (Guid Id, string Naam, OrganisatieSoort Soort, string Email)[] organisaties) where T : class
    {
        var tenant = await factory.Services.GetRequiredService<ITenantStore>().GetByIdentifierAsync(gemeente, CancellationToken.None);
        using (factory.Services.GetRequiredService<ITenantContextAccessor>().Use(tenant!))
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
            foreach (var (id, naam, soort, email) in organisaties)
            {
                var organisatie = new Organisatie(naam, soort, Rechtsvorm.Vereniging, null, DateTimeOffset.UtcNow);
                organisatie.Wijzig(naam, soort, Rechtsvorm.Vereniging, null, null, [], [], new Contactgegevens(null, email, null, null), DateTimeOffset.UtcNow);
                db.Entry(organisatie).Property(o => o.Id).CurrentValue = id;
                db.Add(organisatie);
            }
            await db.SaveChangesAsync();
        }
    }
}
