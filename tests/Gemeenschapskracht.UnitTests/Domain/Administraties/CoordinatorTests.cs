using Gemeenschapskracht.Domain.Administraties;
using Gemeenschapskracht.Domain.Common;

namespace Gemeenschapskracht.UnitTests.Domain.Administraties;

/// <summary>A coordinator employed by the host (R5.5): recorded with role, hours and dates, supporting only groups of that host.</summary>
public sealed class CoordinatorTests
{
    private static readonly DateTimeOffset April2027 = new(2027, 4, 15, 10, 0, 0, TimeSpan.Zero);

    private static Coordinatorgegevens Gegevens(decimal uren = 24m, DateOnly? uit = null, IReadOnlyList<Guid>? administraties = null) =>
        new("Sanne de Vries", "Opbouwwerker", uren, new DateOnly(2025, 9, 1), uit, administraties ?? [], "Ondersteunt de groepen bij hun jaarplan.");

    [Fact]
    public void R5_5_a_coordinator_has_a_name_a_role_hours_a_week_and_leaves_on_or_after_joining()
    {
        var host = AdministratieTests.Host();
        Coordinatorgegevens[] fout = [Gegevens(0), Gegevens(40.5m), Gegevens(uit: new DateOnly(2025, 8, 31)), Gegevens() with { Naam = " " },
            Gegevens() with { Functie = "" }];

        Assert.All(fout, g => Assert.Throws<DomainException>(() => new Coordinator(host, g, [], April2027)));
        var coordinator = new Coordinator(host, Gegevens(uit: new DateOnly(2027, 4, 14)), [], April2027);
        Assert.False(coordinator.IsInDienst(new DateOnly(2027, 4, 15)));
        Assert.True(coordinator.IsInDienst(new DateOnly(2027, 4, 14)));
    }

    [Fact]
    public void R5_5_a_coordinator_supports_only_groups_the_host_hosts()
    {
        var host = AdministratieTests.Host();
        var eigen = new Administratie(host, AdministratieTests.Groep(), new DateOnly(2027, 1, 1), April2027);
        var vreemd = new Administratie(AdministratieTests.Host(), AdministratieTests.Groep("Moestuin"), new DateOnly(2027, 1, 1), April2027);

        Assert.Throws<DomainException>(() => new Coordinator(host, Gegevens(administraties: [vreemd.Id]), [eigen, vreemd], April2027));
        Assert.Throws<DomainException>(() => new Coordinator(host, Gegevens(administraties: [Guid.NewGuid()]), [eigen], April2027));
        Assert.Equal([eigen.Id], new Coordinator(host, Gegevens(administraties: [eigen.Id, eigen.Id]), [eigen], April2027).AdministratieIds);
    }
}
