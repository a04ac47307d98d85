using Gemeenschapskracht.Api.Web;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Gebieden.Commands.UpdateGebied;
using Gemeenschapskracht.Application.Gebieden.Queries.GetGebied;
using Gemeenschapskracht.Application.Gebieden.Queries.ListGebieden;
using Mediator;

namespace Gemeenschapskracht.Api.Endpoints;

/// <summary>The wijkindeling of the current gemeente: gemeente → wijk → buurt with CBS figures.</summary>
public static class GebiedenEndpoints
{
    public static void MapGebieden(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/gebieden").WithTags("Gebieden").AddEndpointFilter<RequireTenantFilter>();

        group.MapGet("", async (IMediator mediator, HttpContext http, int page = 1, int pageSize = Paging.DefaultPageSize, string? soort = null, Guid? ouderId = null) =>
            {
                var result = await mediator.Send(new ListGebiedenQuery(page, pageSize, soort, ouderId), http.RequestAborted);
                http.AddLinkHeader(result);
                return TypedResults.Ok(result);
            })
            .WithName("ListGebieden").WithSummary("De gebieden van de gemeente, te filteren op soort (gemeente, wijk, buurt) en bovenliggend gebied")
            .ProducesStandardProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);

        group.MapGet("/{id:guid}", async (IMediator mediator, Guid id, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetGebiedQuery(id), ct)))
            .WithName("GetGebied").WithSummary("Eén gebied met zijn kerncijfers en hun bron")
            .ProducesStandardProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);

        group.MapPut("/{id:guid}", async (IMediator mediator, Guid id, GebiedWijziging body, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new UpdateGebiedCommand(id, body.Naam, body.Pilot, body.OuderId), ct)))
            .WithName("UpdateGebied").WithSummary("Naam, pilot-vlag en bovenliggend gebied wijzigen")
            .ProducesStandardProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
    }
}
