using Gemeenschapskracht.Api.Endpoints.Conventions;
using Gemeenschapskracht.Api.Web;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Gemeenten.Commands.CreateGemeente;
using Gemeenschapskracht.Application.Gemeenten.Commands.InviteGemeenteBeheerder;
using Gemeenschapskracht.Application.Gemeenten.Commands.RequestProvisioning;
using Gemeenschapskracht.Application.Gemeenten.Commands.UpdateGemeente;
using Gemeenschapskracht.Application.Gemeenten.Dtos;
using Gemeenschapskracht.Application.Gemeenten.Queries.GetGemeente;
using Gemeenschapskracht.Application.Gemeenten.Queries.ListGemeenten;
using Gemeenschapskracht.Application.Leden.Dtos;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gemeenschapskracht.Api.Endpoints;

/// <summary>The platform-beheerder's gemeenten (tenants) and their provisioning.</summary>
public sealed class GemeentenEndpoints : IEndpointGroup
{
    public string Route => "gemeenten";

    public string Tag => "Gemeenten";

    public TenantScope Tenant => TenantScope.Platform;

    public void Map(RouteGroupBuilder group)
    {
        group.RequiresRole();
        group.MapGet("", ListGemeenten).Named().WithSummary("Gemeenten op het platform, met hun inrichtingsstatus");
        group.MapPost("", CreateGemeente).Named().ProducesProblems(StatusCodes.Status409Conflict, StatusCodes.Status503ServiceUnavailable)
            .WithSummary("Een gemeente inrichten; de wijkindeling wordt op de achtergrond geïmporteerd");
        group.MapGet("/{slug}", GetGemeente).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Eén gemeente met haar inrichtingsstatus");
        group.MapPut("/{slug}", UpdateGemeente).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Naam en actief-vlag van een gemeente wijzigen (beide opgeven)");
        group.MapPost("/{slug}/inrichtingen", RequestProvisioning).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("De inrichting (CBS-import van de wijkindeling) opnieuw uitvoeren");
        group.MapPost("/{slug}/uitnodigingen", InviteGemeenteBeheerder).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Een gemeente-beheerder uitnodigen");
    }

    public static async Task<Ok<PagedList<GemeenteDto>>> ListGemeenten(IMediator mediator, HttpContext http,
        int page = 1, int pageSize = Paging.DefaultPageSize, string? status = null)
    {
        var result = await mediator.Send(new ListGemeentenQuery(page, pageSize, status), http.RequestAborted);
        http.AddLinkHeader(result);
        return TypedResults.Ok(result);
    }

    public static async Task<Created<GemeenteDto>> CreateGemeente(IMediator mediator, CreateGemeenteCommand command, CancellationToken ct)
    {
        var gemeente = await mediator.Send(command, ct);
        return TypedResults.Created($"{OpenApi.NlApiDesignRules.BasePath}/gemeenten/{gemeente.Slug}", gemeente);
    }

    public static async Task<Ok<GemeenteDto>> GetGemeente(IMediator mediator, string slug, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetGemeenteQuery(slug), ct));

    public static async Task<Ok<GemeenteDto>> UpdateGemeente(IMediator mediator, string slug, UpdateGemeenteCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Slug = slug }, ct));

    public static async Task<Accepted<GemeenteDto>> RequestProvisioning(IMediator mediator, string slug, CancellationToken ct) =>
        TypedResults.Accepted($"{OpenApi.NlApiDesignRules.BasePath}/gemeenten/{slug}", await mediator.Send(new RequestProvisioningCommand(slug), ct));

    public static async Task<Created<UitnodigingDto>> InviteGemeenteBeheerder(IMediator mediator, string slug,
        InviteGemeenteBeheerderCommand command, CancellationToken ct)
    {
        var uitnodiging = await mediator.Send(command with { Slug = slug }, ct);
        return TypedResults.Created($"{OpenApi.NlApiDesignRules.BasePath}/gemeenten/{slug}/uitnodigingen/{uitnodiging.Id}", uitnodiging);
    }
}
