using Gemeenschapskracht.Api.Endpoints.Conventions;
using Gemeenschapskracht.Api.Web;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Leden.Commands.RevokeLid;
using Gemeenschapskracht.Application.Leden.Commands.UpdateLidRollen;
using Gemeenschapskracht.Application.Leden.Dtos;
using Gemeenschapskracht.Application.Leden.Queries.ListLeden;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gemeenschapskracht.Api.Endpoints;

/// <summary>The gemeente-beheerder's user management: members and their roles.</summary>
public sealed class LedenEndpoints : IEndpointGroup
{
    public string Route => "leden";

    public string Tag => "Leden";

    public TenantScope Tenant => TenantScope.Gemeente;

    public void Map(RouteGroupBuilder group)
    {
        group.RequiresRole();
        group.MapGet("", ListLeden).Named().WithSummary("De leden van de gemeente met hun rollen");
        group.MapPut("/{id:guid}", UpdateLidRollen).Named().WithSummary("De rollen van een lid wijzigen");
        group.MapDelete("/{id:guid}", RevokeLid).Named().WithSummary("Het lidmaatschap intrekken");
    }

    public static async Task<Ok<PagedList<LidDto>>> ListLeden(IMediator mediator, HttpContext http, int page = 1, int pageSize = Paging.DefaultPageSize)
    {
        var result = await mediator.Send(new ListLedenQuery(page, pageSize), http.RequestAborted);
        http.AddLinkHeader(result);
        return TypedResults.Ok(result);
    }

    public static async Task<Ok<LidDto>> UpdateLidRollen(IMediator mediator, Guid id, UpdateLidRollenCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));

    public static async Task<NoContent> RevokeLid(IMediator mediator, Guid id, CancellationToken ct)
    {
        await mediator.Send(new RevokeLidCommand(id), ct);
        return TypedResults.NoContent();
    }
}
