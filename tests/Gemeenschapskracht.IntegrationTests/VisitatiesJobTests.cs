using Gemeenschapskracht.Domain.Gebieden;
using Gemeenschapskracht.Domain.Organisaties;
using Gemeenschapskracht.Domain.Visitaties;
using Gemeenschapskracht.Infrastructure.Jobs;
using Gemeenschapskracht.Infrastructure.Persistence;
using Gemeenschapskracht.Infrastructure.Tenancy;
using Gemeenschapskracht.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gemeenschapskracht.IntegrationTests;

/// <summary>
/// Job J9 over five gemeenten, each with an initiative cycle and two initiatives due: a run stopped halfway, a run in
/// which one gemeente fails, and the runs after them open every due visitatie exactly once, none twice, none missed.
/// </summary>
public sealed class VisitatiesJobTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly (string Slug, string Naam, string Code)[] Gemeenten =
    [
        ("amsterdam", "Amsterdam", "GM0363"), ("aa-en-hunze", "Aa en Hunze", "GM1680"), ("utrecht", "Utrecht", "GM0344"),
        ("delft", "Delft", "GM0503"), ("groningen", "Groningen", "GM0014"),
    ];

    private const int InitiatievenPerGemeente = 2;

    [Fact]
    public async Task An_interrupted_run_and_a_failing_gemeente_leave_no_visitatie_opened_twice_and_none_missed()
    {
        var platform = await factory.AuthenticatedAsync(ApiFactory.PlatformClient);
        foreach (var (slug, naam, code) in Gemeenten)
            await Provisioning.CreateAndWaitAsync(platform, slug, naam, code);
        foreach (var (slug, _, _) in Gemeenten)
            await InTenantAsync(slug, PrepareCycleAsync);
        var volgorde = (await factory.Services.GetRequiredService<ITenantStore>().GetAllAsync(CancellationToken.None))
            .Select(t => t.Identifier).Where(Gemeenten.Select(g => g.Slug).Contains).ToList();

        // The process stops after two gemeenten: the run ends there, what it committed stays, nothing else is opened.
        using var stop = new CancellationTokenSource();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => InterruptedJob(afterTenants: 2, stop).RunAsync(stop.Token));
        foreach (var slug in volgorde)
            Assert.Equal(volgorde.IndexOf(slug) < 2 ? InitiatievenPerGemeente : 0, (await OpenedAsync(slug)).Count);

        // The next run, with one gemeente broken: that one fails, the others are completed, the first two untouched.
        var kapot = volgorde[3];
        var (cyclus, perspectieven) = (Guid.Empty, "");
        await InTenantAsync(kapot, async db => cyclus = await db.Set<Visitatiecyclus>().Select(c => c.Id).SingleAsync());
        await InTenantAsync(kapot, async db => perspectieven = await db.Database
            .SqlQuery<string>($"SELECT \"Perspectieven\" AS \"Value\" FROM \"Visitatiecycli\" WHERE \"Id\" = {cyclus}").SingleAsync());
        await InTenantAsync(kapot, db => SetPerspectievenAsync(db, cyclus, "kapot"));
        var tweede = await Job().RunAsync(CancellationToken.None);
        Assert.Equal([kapot], tweede.Failed.Keys);
        Assert.Empty(await OpenedAsync(kapot));

        // Repaired, it catches up; one more run opens nothing.
        await InTenantAsync(kapot, db => SetPerspectievenAsync(db, cyclus, perspectieven));
        var derde = await Job().RunAsync(CancellationToken.None);
        await Job().RunAsync(CancellationToken.None);

        Assert.Empty(derde.Failed);
        foreach (var slug in volgorde)
        {
            var geopend = await OpenedAsync(slug);
            Assert.Equal(InitiatievenPerGemeente, geopend.Count);
            Assert.Equal(geopend.Count, geopend.Distinct().Count());
        }
    }

    private VisitatiecyclusJob Job() => ActivatorUtilities.CreateInstance<VisitatiecyclusJob>(factory.Services);

    /// <summary>The real job whose tenant list signals the stop once the given number of gemeenten has been handed out.</summary>
    private VisitatiecyclusJob InterruptedJob(int afterTenants, CancellationTokenSource stop) =>
        new(new TenantJobRunner(
            factory.Services.GetRequiredService<IServiceScopeFactory>(),
            new StoppingTenantStore(factory.Services.GetRequiredService<ITenantStore>(), afterTenants, stop),
            factory.Services.GetRequiredService<ITenantContextAccessor>(),
            factory.Services.GetRequiredService<ILogger<TenantJobRunner>>()));

    private static async Task PrepareCycleAsync(ApplicationDbContext db)
    {
        var now = DateTimeOffset.UtcNow;
        var wijken = await db.Set<Gebied>().Where(g => g.Soort == GebiedSoort.Wijk).OrderBy(g => g.Code).Take(InitiatievenPerGemeente).ToListAsync();
        Assert.Equal(InitiatievenPerGemeente, wijken.Count);
        foreach (var wijk in wijken)
        {
            var initiatief = new Organisatie($"Bewonersgroep {wijk.Naam}", OrganisatieSoort.Bewonersgroep, Rechtsvorm.Informeel, null, now);
            initiatief.Wijzig(initiatief.Naam, OrganisatieSoort.Bewonersgroep, Rechtsvorm.Informeel, null, null, [wijk.Id], [],
                new Contactgegevens(null, null, null, null), now);
            db.Add(initiatief);
        }
        db.Add(new Visitatiecyclus("Initiatieven", Onderwerpsoort.Initiatief, 24, 28, null, now));
        await db.SaveChangesAsync();
    }

    private static async Task SetPerspectievenAsync(ApplicationDbContext db, Guid cyclus, string perspectieven) =>
        Assert.Equal(1, await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE \"Visitatiecycli\" SET \"Perspectieven\" = {perspectieven} WHERE \"Id\" = {cyclus}"));

    /// <summary>Cycle and subject of every visitatie of the gemeente.</summary>
    private async Task<List<(Guid, Guid)>> OpenedAsync(string slug)
    {
        var geopend = new List<(Guid, Guid)>();
        await InTenantAsync(slug, async db =>
            geopend.AddRange((await db.Set<Visitatie>().Select(v => new { v.CyclusId, v.OnderwerpId }).ToListAsync())
                .Select(v => (v.CyclusId, v.OnderwerpId))));
        return geopend;
    }

    private Task InTenantAsync(string slug, Func<ApplicationDbContext, Task> work) => factory.InTenantAsync(slug, work);

    /// <summary>The real store, whose list of all tenants cancels the run when it hands out the gemeente after the given number.</summary>
    private sealed class StoppingTenantStore(ITenantStore inner, int after, CancellationTokenSource stop) : ITenantStore
    {
        public Task<TenantContext?> GetByIdentifierAsync(string identifier, CancellationToken cancellationToken) =>
            inner.GetByIdentifierAsync(identifier, cancellationToken);

        public Task<TenantContext?> GetByIdAsync(Guid id, CancellationToken cancellationToken) => inner.GetByIdAsync(id, cancellationToken);

        public async Task<IReadOnlyList<TenantContext>> GetAllAsync(CancellationToken cancellationToken) =>
            new StoppingList(await inner.GetAllAsync(cancellationToken), after, stop);
    }

    private sealed class StoppingList(IReadOnlyList<TenantContext> inner, int after, CancellationTokenSource stop) : IReadOnlyList<TenantContext>
    {
        public TenantContext this[int index] => inner[index];

        public int Count => inner.Count;

        public IEnumerator<TenantContext> GetEnumerator()
        {
            for (var i = 0; i < inner.Count; i++)
            {
                if (i == after)
                    stop.Cancel();
                yield return inner[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
