using Gemeenschapskracht.Api.Web;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Declaraties.Commands.WithdrawDeclaratiebetaling;
using Gemeenschapskracht.Application.Declaraties.Dtos;
using Gemeenschapskracht.Application.Gebieden.Dtos;

namespace Gemeenschapskracht.ArchitectureTests;

/// <summary>The start-up warm-up (ADR 0036) finds the types the endpoints read and write, through the framework's wrappers.</summary>
public sealed class StartupWarmUpTests
{
    [Fact]
    public void The_warm_up_builds_the_JSON_metadata_of_the_endpoints_bodies_and_results()
    {
        var types = StartupWarmUp.EndpointJsonTypes().ToList();

        Assert.Contains(typeof(PagedList<GebiedDto>), types);
        Assert.Contains(typeof(WithdrawDeclaratiebetalingCommand), types);
        Assert.Contains(typeof(DeclaratiebetalingDto), types);
        Assert.DoesNotContain(types, t => t.Namespace?.StartsWith("Gemeenschapskracht.", StringComparison.Ordinal) != true);
    }
}
