using Gemeenschapskracht.Api.Endpoints.Conventions;
using Gemeenschapskracht.Api.Web;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Coordinatoren.Commands.CreateCoordinator;
using Gemeenschapskracht.Application.Coordinatoren.Commands.UpdateCoordinator;
using Gemeenschapskracht.Application.Coordinatoren.Dtos;
using Gemeenschapskracht.Application.Coordinatoren.Queries.GetCoordinator;
using Gemeenschapskracht.Application.Coordinatoren.Queries.ListCoordinatoren;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gemeenschapskracht.Api.Endpoints;

/// <summary>Route step 5: the coordinators a host employs for its groups (R5.5), recorded as such; their pay stays in the host's payroll.</summary>
public sealed class CoordinatorenEndpoints : IEndpointGroup
{
    public string Route => "coordinatoren";

    public string Tag => "Coordinatoren";

    public TenantScope Tenant => TenantScope.Gemeente;

    public void Map(RouteGroupBuilder group)
    {
        group.MapGet("", ListCoordinatoren).Named().RequiresRole()
            .WithSummary("De coördinatoren die u mag lezen (de backoffice die van haar host, een groep wie haar ondersteunt), op naam");
        group.MapGet("/{id:guid}", GetCoordinator).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Eén coördinator met de groepen die zij of hij ondersteunt");
        group.MapPost("", CreateCoordinator).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Een coördinator in dienst van de host vastleggen (het loon loopt via de salarisadministratie van de host)");
        group.MapPut("/{id:guid}", UpdateCoordinator).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Wat van een coördinator is vastgelegd wijzigen (alle velden opgeven)");
    }

    public static async Task<Ok<PagedList<CoordinatorDto>>> ListCoordinatoren(IMediator mediator, HttpContext http, int page = 1,
        int pageSize = Paging.DefaultPageSize, Guid? hostorganisatieId = null)
    {
        var result = await mediator.Send(new ListCoordinatorenQuery(page, pageSize, hostorganisatieId), http.RequestAborted);
        http.AddLinkHeader(result);
        return TypedResults.Ok(result);
    }

    public static async Task<Ok<CoordinatorDto>> GetCoordinator(IMediator mediator, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetCoordinatorQuery(id), ct));

    public static async Task<Created<CoordinatorDto>> CreateCoordinator(IMediator mediator, CreateCoordinatorCommand command, CancellationToken ct)
    {
        var coordinator = await mediator.Send(command, ct);
        return TypedResults.Created($"{OpenApi.NlApiDesignRules.BasePath}/coordinatoren/{coordinator.Id}", coordinator);
    }

    public static async Task<Ok<CoordinatorDto>> UpdateCoordinator(IMediator mediator, Guid id, UpdateCoordinatorCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));
}
