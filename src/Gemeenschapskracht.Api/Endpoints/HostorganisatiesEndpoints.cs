using Gemeenschapskracht.Api.Endpoints.Conventions;
using Gemeenschapskracht.Api.Web;
using Gemeenschapskracht.Application.Administraties.Commands.CreateHostorganisatie;
using Gemeenschapskracht.Application.Administraties.Commands.UpdateHostorganisatie;
using Gemeenschapskracht.Application.Administraties.Dtos;
using Gemeenschapskracht.Application.Administraties.Queries.GetHostorganisatie;
using Gemeenschapskracht.Application.Administraties.Queries.ListHostorganisaties;
using Gemeenschapskracht.Application.Common.Paging;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gemeenschapskracht.Api.Endpoints;

/// <summary>Route step 5: the hosts (penvoerders) that keep the books of resident groups without a legal entity of their own (R5.1, R5.3, R5.6).</summary>
public sealed class HostorganisatiesEndpoints : IEndpointGroup
{
    public string Route => "hostorganisaties";

    public string Tag => "Hostorganisaties";

    public TenantScope Tenant => TenantScope.Gemeente;

    public void Map(RouteGroupBuilder group)
    {
        group.MapGet("", ListHostorganisaties).Named().RequiresRole().WithSummary("De hostorganisaties van de gemeente, met hun begrote kosten");
        group.MapGet("/{id:guid}", GetHostorganisatie).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Eén hostorganisatie: wat zij doet, wat zij per jaar kost en hoeveel groepen zij host");
        group.MapPost("", CreateHostorganisatie).Named().ProducesProblems(StatusCodes.Status409Conflict)
            .WithSummary("Een organisatie aanwijzen als host, met haar begrote kosten");
        group.MapPut("/{id:guid}", UpdateHostorganisatie).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("De dienstverlening en begrote kosten van een host wijzigen (alle velden opgeven)");
    }

    public static async Task<Ok<PagedList<HostorganisatieDto>>> ListHostorganisaties(IMediator mediator, HttpContext http,
        int page = 1, int pageSize = Paging.DefaultPageSize)
    {
        var result = await mediator.Send(new ListHostorganisatiesQuery(page, pageSize), http.RequestAborted);
        http.AddLinkHeader(result);
        return TypedResults.Ok(result);
    }

    public static async Task<Ok<HostorganisatieDto>> GetHostorganisatie(IMediator mediator, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetHostorganisatieQuery(id), ct));

    public static async Task<Created<HostorganisatieDto>> CreateHostorganisatie(IMediator mediator, CreateHostorganisatieCommand command, CancellationToken ct)
    {
        var host = await mediator.Send(command, ct);
        return TypedResults.Created($"{OpenApi.NlApiDesignRules.BasePath}/hostorganisaties/{host.Id}", host);
    }

    public static async Task<Ok<HostorganisatieDto>> UpdateHostorganisatie(IMediator mediator, Guid id, UpdateHostorganisatieCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));
}
