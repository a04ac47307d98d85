using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Gemeenschapskracht.Domain.Gebieden;
using Gemeenschapskracht.Domain.Organisaties;
using Gemeenschapskracht.Domain.Visitaties;
using Gemeenschapskracht.Infrastructure.Jobs;
using Gemeenschapskracht.Infrastructure.Persistence;
using Gemeenschapskracht.IntegrationTests.Identity;
using Gemeenschapskracht.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.IntegrationTests;

/// <summary>
/// J9 killed mid-run (issue 13's fault tolerance): the real executable runs the cycle job over five gemeenten on the
/// test's database; its mail server never answers, so the process hangs in Amsterdam's work (after one gemeente was
/// done, before three others), and the test kills it there. A second process run completes: no visitatie opened twice,
/// none missed.
/// </summary>
public sealed class VisitatiesProcesTests(IdentityFactory factory) : IClassFixture<IdentityFactory>
{
    private static readonly (string Slug, string Naam, string Code)[] Extra =
        [("utrecht", "Utrecht", "GM0344"), ("delft", "Delft", "GM0503"), ("groningen", "Groningen", "GM0014")];

    [Fact]
    public async Task J9_killed_after_a_gemeente_committed_and_run_again_opens_every_due_visitatie_exactly_once()
    {
        var platform = await factory.AuthenticatedAsync(ApiFactory.PlatformClient);
        foreach (var (slug, naam, code) in Extra)
            await Provisioning.CreateAndWaitAsync(platform, slug, naam, code);
        string[] gemeenten = ["amsterdam", "aa-en-hunze", .. Extra.Select(e => e.Slug)];
        var verwacht = new Dictionary<string, int>();
        foreach (var slug in gemeenten)
            await factory.InTenantAsync(slug, async db => verwacht[slug] = await PrepareAsync(db, withInitiatieven: Extra.Any(e => e.Slug == slug)));
        Assert.All(verwacht.Values, n => Assert.True(n > 0));

        // A mail server that takes the connection and never says hello: Amsterdam's mail to its beheerders hangs there.
        using var zwijger = new TcpListener(IPAddress.Loopback, 0);
        zwijger.Start();
        var output = new StringBuilder();
        using (var eerste = Start(output, new() { ["Email__Mode"] = "Smtp", ["Email__Host"] = "127.0.0.1", ["Email__Port"] = ((IPEndPoint)zwijger.LocalEndpoint).Port.ToString() }))
        {
            using var verbinding = await zwijger.AcceptTcpClientAsync().WaitAsync(TimeSpan.FromMinutes(2));
            Assert.False(eerste.HasExited, output.ToString());
            eerste.Kill(entireProcessTree: true);
            await eerste.WaitForExitAsync();
        }
        var halverwege = new Dictionary<string, int>();
        foreach (var slug in gemeenten)
            halverwege[slug] = (await OpenedAsync(slug)).Count;
        // The run goes by identifier: Aa en Hunze was done; Amsterdam's work hung before its commit and is gone with the
        // process (nothing half-saved); the gemeenten after it were not reached.
        Assert.Equal(verwacht["aa-en-hunze"], halverwege["aa-en-hunze"]);
        Assert.All(gemeenten.Where(g => g != "aa-en-hunze"), g => Assert.Equal(0, halverwege[g]));

        using (var tweede = Start(output, new() { ["Email__Mode"] = "Pickup", ["Email__PickupFolder"] = Directory.CreateTempSubdirectory("gk-mail-").FullName }))
        {
            await tweede.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
            Assert.True(tweede.ExitCode == 0, output.ToString());
        }
        foreach (var slug in gemeenten)
        {
            var geopend = await OpenedAsync(slug);
            Assert.Equal(verwacht[slug], geopend.Count);
            Assert.Equal(geopend.Count, geopend.Distinct().Count());
        }
    }

    /// <summary>An initiative cycle in the gemeente (and, where there are none, two initiatives in its first wijken); returns how many subjects are due.</summary>
    private static async Task<int> PrepareAsync(ApplicationDbContext db, bool withInitiatieven)
    {
        var now = DateTimeOffset.UtcNow;
        var wijken = await db.Set<Gebied>().Where(g => g.Soort == GebiedSoort.Wijk).OrderBy(g => g.Code).Select(g => g.Id).ToListAsync();
        if (withInitiatieven)
            foreach (var wijk in wijken.Take(2))
            {
                var groep = new Organisatie($"Bewonersgroep {wijk:N}", OrganisatieSoort.Bewonersgroep, Rechtsvorm.Informeel, null, now);
                groep.Wijzig(groep.Naam, OrganisatieSoort.Bewonersgroep, Rechtsvorm.Informeel, null, null, [wijk], [], new Contactgegevens(null, null, null, null), now);
                db.Add(groep);
            }
        db.Add(new Visitatiecyclus("Initiatieven", Onderwerpsoort.Initiatief, 24, 28, null, now));
        await db.SaveChangesAsync();
        return (await db.Set<Organisatie>().AsNoTracking()
                .Where(o => o.Status == OrganisatieStatus.Actief && (o.Soort == OrganisatieSoort.Bewonersorganisatie || o.Soort == OrganisatieSoort.Bewonersgroep))
                .ToListAsync())
            .Count(o => o.WijkIds.Any(wijken.Contains));
    }

    private async Task<List<(Guid, Guid)>> OpenedAsync(string slug)
    {
        var geopend = new List<(Guid, Guid)>();
        await factory.InTenantAsync(slug, async db => geopend.AddRange(
            (await db.Set<Visitatie>().AsNoTracking().Where(v => v.Soort == Onderwerpsoort.Initiatief).Select(v => new { v.CyclusId, v.OnderwerpId }).ToListAsync())
            .Select(v => (v.CyclusId, v.OnderwerpId))));
        return geopend;
    }

    /// <summary>The built executable running J9 once on this factory's database.</summary>
    private Process Start(StringBuilder output, Dictionary<string, string> environment)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = TestPaths.Repository, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(TestPaths.ApiExecutable);
        info.ArgumentList.Add("run-job");
        info.ArgumentList.Add(VisitatiecyclusJob.RecurringJobId);
        foreach (var name in new[] { "ASPNETCORE_CONTENTROOT", "DOTNET_CONTENTROOT", "ASPNETCORE_URLS" })
            info.Environment.Remove(name);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["Database__Provider"] = "Sqlite";
        info.Environment["ConnectionStrings__Default"] = $"Data Source={factory.DatabasePath}";
        info.Environment["Cbs__Source"] = "Demo";
        foreach (var (name, value) in environment)
            info.Environment[name] = value;
        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
