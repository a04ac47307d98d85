using Gemeenschapskracht.Api.Web;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Leden.Commands.InviteLid;
using Gemeenschapskracht.Application.Leden.Commands.RevokeLid;
using Gemeenschapskracht.Application.Leden.Commands.UpdateLidRollen;
using Gemeenschapskracht.Application.Leden.Queries.ListLeden;
using Gemeenschapskracht.Application.Leden.Queries.ListMijnLidmaatschappen;
using Mediator;

namespace Gemeenschapskracht.Api.Endpoints;

/// <summary>The gemeente-beheerder's user management: members, their roles, invitations.</summary>
public static class LedenEndpoints
{
    public static void MapLeden(this IEndpointRouteBuilder app)
    {
        var leden = app.MapGroup("/api/v1/leden").WithTags("Leden").AddEndpointFilter<RequireTenantFilter>();

        leden.MapGet("", async (IMediator mediator, HttpContext http, int page = 1, int pageSize = Paging.DefaultPageSize) =>
            {
                var result = await mediator.Send(new ListLedenQuery(page, pageSize), http.RequestAborted);
                http.AddLinkHeader(result);
                return TypedResults.Ok(result);
            })
            .WithName("ListLeden").WithSummary("De leden van de gemeente met hun rollen")
            .ProducesStandardProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden);

        leden.MapPut("/{id:guid}", async (IMediator mediator, Guid id, RollenWijziging body, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new UpdateLidRollenCommand(id, body.Rollen ?? []), ct)))
            .WithName("UpdateLidRollen").WithSummary("De rollen van een lid wijzigen")
            .ProducesStandardProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);

        leden.MapDelete("/{id:guid}", async (IMediator mediator, Guid id, CancellationToken ct) =>
            {
                await mediator.Send(new RevokeLidCommand(id), ct);
                return TypedResults.NoContent();
            })
            .WithName("RevokeLid").WithSummary("Het lidmaatschap intrekken")
            .ProducesStandardProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);

        app.MapGet("/api/v1/mijn-lidmaatschappen", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListMijnLidmaatschappenQuery(), ct)))
            .WithTags("Leden").WithName("ListMijnLidmaatschappen").WithSummary("Mijn gemeenten en rollen (voor het wisselen van gemeente)")
            .ProducesStandardProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden);

        app.MapGroup("/api/v1/uitnodigingen").WithTags("Leden").AddEndpointFilter<RequireTenantFilter>()
            .MapPost("", async (IMediator mediator, NieuweUitnodiging body, CancellationToken ct) =>
            {
                var uitnodiging = await mediator.Send(new InviteLidCommand(body.Email, body.Rollen ?? []), ct);
                return TypedResults.Created($"/api/v1/uitnodigingen/{uitnodiging.Id}", uitnodiging);
            })
            .WithName("InviteLid").WithSummary("Iemand per e-mail uitnodigen met rollen in deze gemeente")
            .ProducesStandardProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden);
    }
}
