using Gemeenschapskracht.Api.Endpoints.Conventions;
using Gemeenschapskracht.Api.Web;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Visitaties.Commands.CreateVisitatiecyclus;
using Gemeenschapskracht.Application.Visitaties.Commands.UpdateVisitatiecyclus;
using Gemeenschapskracht.Application.Visitaties.Dtos;
using Gemeenschapskracht.Application.Visitaties.Queries.GetVisitatiecyclus;
using Gemeenschapskracht.Application.Visitaties.Queries.ListVisitatiecycli;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gemeenschapskracht.Api.Endpoints;

/// <summary>Route step 6: the gemeente's visitatiecycli (R6.3, J9): what is reviewed, how often, and the perspectives the panel scores on.</summary>
public sealed class VisitatiecycliEndpoints : IEndpointGroup
{
    public string Route => "visitatiecycli";

    public string Tag => "Visitaties";

    public TenantScope Tenant => TenantScope.Gemeente;

    public void Map(RouteGroupBuilder group)
    {
        group.MapGet("", ListVisitatiecycli).Named().RequiresRole().WithSummary("De visitatiecycli van de gemeente, op naam");
        group.MapGet("/{id:guid}", GetVisitatiecyclus).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Eén visitatiecyclus met de perspectieven van haar huidige versie");
        group.MapPost("", CreateVisitatiecyclus).Named()
            .WithSummary("Een visitatiecyclus instellen: wat, hoe vaak, de reactietermijn en de perspectieven (zonder: de vier standaardperspectieven)");
        group.MapPut("/{id:guid}", UpdateVisitatiecyclus).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Een visitatiecyclus wijzigen (alle velden opgeven); andere perspectieven zijn een nieuwe versie");
    }

    public static async Task<Ok<PagedList<VisitatiecyclusDto>>> ListVisitatiecycli(IMediator mediator, HttpContext http, int page = 1,
        int pageSize = Paging.DefaultPageSize)
    {
        var result = await mediator.Send(new ListVisitatiecycliQuery(page, pageSize), http.RequestAborted);
        http.AddLinkHeader(result);
        return TypedResults.Ok(result);
    }

    public static async Task<Ok<VisitatiecyclusDto>> GetVisitatiecyclus(IMediator mediator, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetVisitatiecyclusQuery(id), ct));

    public static async Task<Created<VisitatiecyclusDto>> CreateVisitatiecyclus(IMediator mediator, CreateVisitatiecyclusCommand command, CancellationToken ct)
    {
        var cyclus = await mediator.Send(command, ct);
        return TypedResults.Created($"{OpenApi.NlApiDesignRules.BasePath}/visitatiecycli/{cyclus.Id}", cyclus);
    }

    public static async Task<Ok<VisitatiecyclusDto>> UpdateVisitatiecyclus(IMediator mediator, Guid id, UpdateVisitatiecyclusCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));
}
