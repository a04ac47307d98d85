using Gemeenschapskracht.Infrastructure.Jobs;
using Hangfire.States;

namespace Gemeenschapskracht.UnitTests.Jobs;

public sealed class TenantRunReportFilterTests
{
    private static SucceededState Geslaagd(TenantRunReport report) => new(report, latency: 5, performanceDuration: 1200);

    [Fact]
    public void A_run_in_which_every_gemeente_succeeded_stays_succeeded_and_says_how_many()
    {
        var report = new TenantRunReport(["amsterdam", "delft"], new Dictionary<string, string>());
        var candidate = Geslaagd(report);

        var state = TenantRunReportFilter.StateFor(report, candidate);

        Assert.Same(candidate, state);
        Assert.Equal("Gelukt voor 2 gemeenten", state.Reason);
    }

    [Fact]
    public void A_run_in_which_a_gemeente_failed_becomes_a_failed_job_naming_it_with_its_reason()
    {
        var report = new TenantRunReport(["amsterdam"], new Dictionary<string, string> { ["delft"] = "database is locked" });

        var state = TenantRunReportFilter.StateFor(report, Geslaagd(report));

        var failed = Assert.IsType<FailedState>(state);
        Assert.Equal("Mislukt voor 1 gemeente, gelukt voor 1", failed.Reason);
        Assert.Equal("Mislukt voor delft: database is locked. Gelukt voor: amsterdam.", failed.Exception.Message);
    }

    [Fact]
    public void A_run_in_which_every_gemeente_failed_says_none_succeeded()
    {
        var report = new TenantRunReport([], new Dictionary<string, string> { ["delft"] = "x", ["leiden"] = "y" });

        var failed = Assert.IsType<FailedState>(TenantRunReportFilter.StateFor(report, Geslaagd(report)));

        Assert.Equal("Mislukt voor 2 gemeenten, gelukt voor 0", failed.Reason);
        Assert.EndsWith("Gelukt voor: geen.", failed.Exception.Message);
    }
}
