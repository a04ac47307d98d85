using Gemeenschapskracht.Api.Endpoints.Conventions;
using Gemeenschapskracht.Api.Web;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.PubliekePlekken.Commands.CreatePubliekePlek;
using Gemeenschapskracht.Application.PubliekePlekken.Commands.UpdatePubliekePlek;
using Gemeenschapskracht.Application.PubliekePlekken.Dtos;
using Gemeenschapskracht.Application.PubliekePlekken.Queries.GetPubliekePlek;
using Gemeenschapskracht.Application.PubliekePlekken.Queries.ListPubliekePlekken;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gemeenschapskracht.Api.Endpoints;

/// <summary>The public places of the wijken (R2.1): where people meet, on the wijkbeeld's map.</summary>
public sealed class PubliekePlekkenEndpoints : IEndpointGroup
{
    public string Route => "publieke-plekken";

    public string Tag => "Publieke plekken";

    public TenantScope Tenant => TenantScope.Gemeente;

    public void Map(RouteGroupBuilder group)
    {
        group.MapGet("", ListPubliekePlekken).Named().WithSummary("De publieke plekken, van één wijk of van alle wijken");
        group.MapGet("/{id:guid}", GetPubliekePlek).Named().ProducesProblems(StatusCodes.Status404NotFound).WithSummary("Eén publieke plek");
        group.MapPost("", CreatePubliekePlek).Named().ProducesProblems(StatusCodes.Status404NotFound).WithSummary("Een publieke plek toevoegen aan een wijk");
        group.MapPut("/{id:guid}", UpdatePubliekePlek).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Een publieke plek wijzigen, ook haar status (alle velden opgeven)");
    }

    public static async Task<Ok<PagedList<PubliekePlekDto>>> ListPubliekePlekken(IMediator mediator, HttpContext http,
        int page = 1, int pageSize = Paging.DefaultPageSize, Guid? wijkId = null)
    {
        var result = await mediator.Send(new ListPubliekePlekkenQuery(page, pageSize, wijkId), http.RequestAborted);
        http.AddLinkHeader(result);
        return TypedResults.Ok(result);
    }

    public static async Task<Ok<PubliekePlekDto>> GetPubliekePlek(IMediator mediator, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetPubliekePlekQuery(id), ct));

    public static async Task<Created<PubliekePlekDto>> CreatePubliekePlek(IMediator mediator, CreatePubliekePlekCommand command, CancellationToken ct)
    {
        var plek = await mediator.Send(command, ct);
        return TypedResults.Created($"{OpenApi.NlApiDesignRules.BasePath}/publieke-plekken/{plek.Id}", plek);
    }

    public static async Task<Ok<PubliekePlekDto>> UpdatePubliekePlek(IMediator mediator, Guid id, UpdatePubliekePlekCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));
}
