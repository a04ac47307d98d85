using Gemeenschapskracht.Api.Endpoints.Conventions;
using Gemeenschapskracht.Api.Web;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Subsidies.Commands.SubmitVerantwoording;
using Gemeenschapskracht.Application.Subsidies.Dtos;
using Gemeenschapskracht.Application.Subsidies.Queries.ListVerantwoordingen;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gemeenschapskracht.Api.Endpoints;

/// <summary>Route step 4: the recipients' reports, asking only what the subsidy's tier needs (G-4, G-10).</summary>
public sealed class VerantwoordingenEndpoints : IEndpointGroup
{
    public string Route => "verantwoordingen";

    public string Tag => "Verantwoordingen";

    public TenantScope Tenant => TenantScope.Gemeente;

    public void Map(RouteGroupBuilder group)
    {
        group.MapGet("", ListVerantwoordingen).Named().RequiresRole()
            .WithSummary("De verslagen, oudste eerst, of dat van één beschikking (een ontvanger ziet die van de eigen organisatie)");
        group.MapPost("", SubmitVerantwoording).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Het verslag van een subsidie indienen, met alleen wat bij haar bedrag hoort");
    }

    /// <param name="beschikkingId">Only the report on this beschikking.</param>
    public static async Task<Ok<PagedList<VerantwoordingDto>>> ListVerantwoordingen(IMediator mediator, HttpContext http,
        int page = 1, int pageSize = Paging.DefaultPageSize, Guid? beschikkingId = null)
    {
        var result = await mediator.Send(new ListVerantwoordingenQuery(page, pageSize, beschikkingId), http.RequestAborted);
        http.AddLinkHeader(result);
        return TypedResults.Ok(result);
    }

    public static async Task<Created<VerantwoordingDto>> SubmitVerantwoording(IMediator mediator, SubmitVerantwoordingCommand command, CancellationToken ct)
    {
        var verslag = await mediator.Send(command, ct);
        return TypedResults.Created($"{OpenApi.NlApiDesignRules.BasePath}/verantwoordingen?beschikkingId={verslag.BeschikkingId}", verslag);
    }
}
