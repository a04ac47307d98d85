using System.Net;
using Gemeenschapskracht.Domain.BuurtTops;
using Gemeenschapskracht.Domain.Declaraties;
using Gemeenschapskracht.Domain.Persoonsgegevens;
using Gemeenschapskracht.Domain.Regels;
using Gemeenschapskracht.Infrastructure.Jobs;
using Gemeenschapskracht.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gemeenschapskracht.IntegrationTests;

/// <summary>
/// The daily job erases personal data past the gemeente's terms (AVG art. 5 lid 1 sub e) on the demo gemeente: the
/// names and addresses of a BuurtTop's registrations, the IBANs of paid declaraties and executed batches; the records
/// stay, and a second run changes nothing.
/// </summary>
public sealed class BewaartermijnenJobTests(BewaartermijnenJobTests.Factory factory) : IClassFixture<BewaartermijnenJobTests.Factory>
{
    [Fact]
    [Trait("Regel", Regelcatalogus.Avg5_1e)]
    public async Task AVG_5_1e_the_daily_job_erases_what_is_past_the_term_once_and_keeps_the_records()
    {
        await Provisioning.WaitUntilFinishedAsync(await factory.AuthenticatedAsync(ApiFactory.PlatformClient), "voorbeeldstad");
        var publiek = factory.ForTenant("voorbeeldstad");
        var vandaag = DateOnly.FromDateTime(DateTime.UtcNow);
        var buurtTops = (await (await publiek.GetAsync("/api/v1/buurttops")).ReadExpectedAsync())["items"]!.AsArray();
        var komende = buurtTops.First(b => DateOnly.Parse(b!["datum"]!.GetValue<string>()) >= vandaag)!;
        var id = komende["id"]!.GetValue<Guid>();
        var adres = $"yara-{Guid.NewGuid():N}@example.org";
        await (await publiek.PostJsonAsync($"/api/v1/buurttops/{id}/aanmeldingen",
            new { naam = "Yara Visser", email = adres, categorie = "bewoners", toestemming = true, toestemmingVersie = Aanmelding.ToestemmingVersieHuidig }))
            .ReadExpectedAsync(HttpStatusCode.Created);

        // Before the term nothing goes.
        await RunAsync();
        await factory.InTenantAsync("voorbeeldstad", async db =>
        {
            var aanmelding = await db.Set<Aanmelding>().SingleAsync(a => a.BuurtTopId == id && a.Email == adres);
            Assert.Null(aanmelding.GewistOp);
            Assert.Equal("Yara Visser", aanmelding.Naam);
        });

        // Past both default terms (6 months after the BuurtTop, 13 after payment).
        factory.Tijd.Zet(new DateTimeOffset(DateOnly.Parse(komende["datum"]!.GetValue<string>()).AddMonths(14).ToDateTime(new TimeOnly(3, 0)), TimeSpan.Zero));
        await RunAsync();
        DateTimeOffset? gewistOp = null;
        await factory.InTenantAsync("voorbeeldstad", async db =>
        {
            var aanmelding = await db.Set<Aanmelding>().SingleAsync(a => a.BuurtTopId == id && a.Naam == Aanmelding.Gewist);
            Assert.Null(aanmelding.Email);
            Assert.Equal(Deelnemerscategorie.Bewoners, aanmelding.Categorie);
            gewistOp = aanmelding.GewistOp;
            var betaald = await db.Set<Declaratie>().Where(d => d.Status == DeclaratieStatus.Betaald).ToListAsync();
            Assert.NotEmpty(betaald);
            Assert.All(betaald, d => Assert.Equal("", d.Iban));
            Assert.All(betaald, d => Assert.False(string.IsNullOrEmpty(d.NaamBegunstigde)));
            var open = await db.Set<Declaratie>().Where(d => d.Status == DeclaratieStatus.Ingediend).ToListAsync();
            Assert.All(open, d => Assert.NotEqual("", d.Iban));
            var betalingen = await db.Set<Declaratiebetaling>().Where(b => b.Status == DeclaratiebetalingStatus.Uitgevoerd).ToListAsync();
            Assert.NotEmpty(betalingen);
            Assert.All(betalingen, b => Assert.All(b.Overboekingen, o => Assert.Equal("", o.Iban)));
        });

        // A second run erases nothing again.
        factory.Tijd.Zet(factory.Tijd.GetUtcNow().AddDays(1));
        await RunAsync();
        await factory.InTenantAsync("voorbeeldstad", async db =>
            Assert.Equal(gewistOp, (await db.Set<Aanmelding>().SingleAsync(a => a.BuurtTopId == id && a.Naam == Aanmelding.Gewist)).GewistOp));
    }

    [Fact]
    public async Task Two_changes_of_one_batch_at_once_cannot_overwrite_each_other()
    {
        await Provisioning.WaitUntilFinishedAsync(await factory.AuthenticatedAsync(ApiFactory.PlatformClient), "voorbeeldstad");
        Guid batch = default;
        string begunstigde = "";
        await factory.InTenantAsync("voorbeeldstad", async eerste =>
        {
            var eerder = await eerste.Set<Declaratiebetaling>().FirstAsync(b => b.Status == DeclaratiebetalingStatus.Uitgevoerd);
            (batch, begunstigde) = (eerder.Id, eerder.Overboekingen[0].Begunstigde);

            // Meanwhile an erasure replaces the payee in the same batch and saves first.
            await factory.InTenantAsync("voorbeeldstad", async verzoek =>
            {
                var inVerzoek = await verzoek.Set<Declaratiebetaling>().SingleAsync(b => b.Id == batch);
                inVerzoek.Anonimiseer(new Betrokkene(null, begunstigde, null), "Betrokkene 0000TEST", DateTimeOffset.UtcNow);
                await verzoek.SaveChangesAsync();
            });

            // The first copy, read before, still has the name. Changing it (as the retention job or a second erasure
            // would: both write the transfers back whole) and saving is refused, instead of bringing the name back.
            eerder.Anonimiseer(new Betrokkene(null, eerder.Overboekingen[^1].Begunstigde, null), "Betrokkene 1111TEST", DateTimeOffset.UtcNow);
            await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => eerste.SaveChangesAsync());
        });
        await factory.InTenantAsync("voorbeeldstad", async db =>
        {
            var opgeslagen = await db.Set<Declaratiebetaling>().AsNoTracking().SingleAsync(b => b.Id == batch);
            Assert.Contains(opgeslagen.Overboekingen, o => o.Begunstigde == "Betrokkene 0000TEST");
            Assert.DoesNotContain(opgeslagen.Overboekingen, o => o.Begunstigde == begunstigde);
        });
    }

    private async Task RunAsync()
    {
        var report = await ActivatorUtilities.CreateInstance<TermijnenJob>(factory.Services).RunAsync(CancellationToken.None);
        Assert.Contains("voorbeeldstad", report.Succeeded);
    }

    public sealed class Factory : DemoSeedTests.Factory
    {
        public VerzetbareTijd Tijd { get; } = new();

        protected override void ConfigureServices(IServiceCollection services)
        {
            base.ConfigureServices(services);
            services.AddSingleton<TimeProvider>(Tijd);
        }
    }
}
