using Gemeenschapskracht.Api.Web;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Gemeenten.Commands.CreateGemeente;
using Gemeenschapskracht.Application.Gemeenten.Commands.InviteGemeenteBeheerder;
using Gemeenschapskracht.Application.Gemeenten.Commands.RequestProvisioning;
using Gemeenschapskracht.Application.Gemeenten.Commands.UpdateGemeente;
using Gemeenschapskracht.Application.Gemeenten.Dtos;
using Gemeenschapskracht.Application.Gemeenten.Queries.GetGemeente;
using Gemeenschapskracht.Application.Gemeenten.Queries.ListGemeenten;
using Mediator;

namespace Gemeenschapskracht.Api.Endpoints;

/// <summary>The platform-beheerder's gemeenten (tenants) and their provisioning.</summary>
public static class GemeentenEndpoints
{
    public static void MapGemeenten(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/gemeenten").WithTags("Gemeenten");

        group.MapGet("", async (IMediator mediator, HttpContext http, int page = 1, int pageSize = Paging.DefaultPageSize, string? status = null) =>
            {
                var result = await mediator.Send(new ListGemeentenQuery(page, pageSize, status), http.RequestAborted);
                http.AddLinkHeader(result);
                return TypedResults.Ok(result);
            })
            .WithName("ListGemeenten").WithSummary("Gemeenten op het platform, met hun inrichtingsstatus")
            .ProducesStandardProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden);

        group.MapPost("", async (IMediator mediator, NieuweGemeente body, CancellationToken ct) =>
            {
                var gemeente = await mediator.Send(new CreateGemeenteCommand(body.Naam, body.Slug, body.Gemeentecode, body.Actief), ct);
                return TypedResults.Created($"/api/v1/gemeenten/{gemeente.Slug}", gemeente);
            })
            .WithName("CreateGemeente").WithSummary("Een gemeente inrichten; de wijkindeling wordt op de achtergrond geïmporteerd")
            .ProducesStandardProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status409Conflict, StatusCodes.Status503ServiceUnavailable);

        group.MapGet("/{slug}", async (IMediator mediator, string slug, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetGemeenteQuery(slug), ct)))
            .WithName("GetGemeente").WithSummary("Eén gemeente met haar inrichtingsstatus")
            .ProducesStandardProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);

        group.MapPut("/{slug}", async (IMediator mediator, string slug, GemeenteWijziging body, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new UpdateGemeenteCommand(slug, body.Naam, body.Actief), ct)))
            .WithName("UpdateGemeente").WithSummary("Naam en actief-vlag van een gemeente wijzigen")
            .ProducesStandardProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);

        group.MapPost("/{slug}/inrichtingen", async (IMediator mediator, string slug, CancellationToken ct) =>
                TypedResults.Accepted($"/api/v1/gemeenten/{slug}", await mediator.Send(new RequestProvisioningCommand(slug), ct)))
            .WithName("RequestProvisioning").WithSummary("De inrichting (CBS-import van de wijkindeling) opnieuw uitvoeren")
            .ProducesStandardProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);

        group.MapPost("/{slug}/uitnodigingen", async (IMediator mediator, string slug, NieuweBeheerder body, CancellationToken ct) =>
            {
                var uitnodiging = await mediator.Send(new InviteGemeenteBeheerderCommand(slug, body.Email), ct);
                return TypedResults.Created($"/api/v1/gemeenten/{slug}/uitnodigingen/{uitnodiging.Id}", uitnodiging);
            })
            .WithName("InviteGemeenteBeheerder").WithSummary("Een gemeente-beheerder uitnodigen")
            .ProducesStandardProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
    }
}
