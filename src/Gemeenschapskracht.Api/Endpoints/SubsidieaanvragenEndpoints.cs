using Gemeenschapskracht.Api.Endpoints.Conventions;
using Gemeenschapskracht.Api.Web;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Subsidies.Commands.CompleteSubsidieaanvraag;
using Gemeenschapskracht.Application.Subsidies.Commands.CreateSubsidieaanvraag;
using Gemeenschapskracht.Application.Subsidies.Commands.GrantSubsidieaanvraag;
using Gemeenschapskracht.Application.Subsidies.Commands.PostponeBesluit;
using Gemeenschapskracht.Application.Subsidies.Commands.RefuseSubsidieaanvraag;
using Gemeenschapskracht.Application.Subsidies.Commands.RequestAanvulling;
using Gemeenschapskracht.Application.Subsidies.Commands.ReviewSubsidieaanvraag;
using Gemeenschapskracht.Application.Subsidies.Commands.StartBehandeling;
using Gemeenschapskracht.Application.Subsidies.Commands.SubmitSubsidieaanvraag;
using Gemeenschapskracht.Application.Subsidies.Dtos;
using Gemeenschapskracht.Application.Subsidies.Queries.GetSubsidieaanvraag;
using Gemeenschapskracht.Application.Subsidies.Queries.ListSubsidieaanvragen;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gemeenschapskracht.Api.Endpoints;

/// <summary>Route step 4: applications under a regeling, from concept to decision, with the beslistermijn clock (Awb 4:13–4:15).</summary>
public sealed class SubsidieaanvragenEndpoints : IEndpointGroup
{
    public string Route => "subsidieaanvragen";

    public string Tag => "Subsidieaanvragen";

    public TenantScope Tenant => TenantScope.Gemeente;

    public void Map(RouteGroupBuilder group)
    {
        group.MapGet("", ListSubsidieaanvragen).Named().RequiresRole()
            .WithSummary("De aanvragen, eerstvolgende beslistermijn eerst (een aanvrager ziet die van de eigen organisatie)");
        group.MapGet("/{id:guid}", GetSubsidieaanvraag).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Eén aanvraag met beslistermijn, aanvulling, verdaging en besluit");
        group.MapPost("", CreateSubsidieaanvraag).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Een aanvraag beginnen voor de eigen organisatie (of als host voor een bewonersgroep)");
        group.MapPost("/{id:guid}/indieningen", SubmitSubsidieaanvraag).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("De aanvraag indienen: de beslistermijn gaat lopen");
        group.MapPost("/{id:guid}/behandelingen", StartBehandeling).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("De aanvraag in behandeling nemen");
        group.MapPost("/{id:guid}/aanvullingsverzoeken", RequestAanvulling).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Om aanvulling vragen (Awb 4:5); de beslistermijn staat stil");
        group.MapPost("/{id:guid}/aanvullingen", CompleteSubsidieaanvraag).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("De aanvraag aanvullen; de beslistermijn loopt verder");
        group.MapPost("/{id:guid}/verdagingen", PostponeBesluit).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("De aanvrager meedelen dat het besluit later komt (Awb 4:14)");
        group.MapPost("/{id:guid}/beoordelingen", ReviewSubsidieaanvraag).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("De aanvraag beoordelen aan de hand van de criteria, met verklaring van geen belang (niet door een lid van de aanvrager)");
        group.MapPost("/{id:guid}/verleningen", GrantSubsidieaanvraag).Named().ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .WithSummary("Subsidie verlenen uit het plafond (nooit erboven, Awb 4:25 lid 2), na beoordeling (vanaf de drempel door twee beoordelaars)");
        group.MapPost("/{id:guid}/weigeringen", RefuseSubsidieaanvraag).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("De aanvraag weigeren, met de grond");
    }

    /// <param name="regelingId">Only the applications under this regeling.</param>
    public static async Task<Ok<PagedList<SubsidieaanvraagDto>>> ListSubsidieaanvragen(IMediator mediator, HttpContext http,
        int page = 1, int pageSize = Paging.DefaultPageSize, Guid? regelingId = null)
    {
        var result = await mediator.Send(new ListSubsidieaanvragenQuery(page, pageSize, regelingId), http.RequestAborted);
        http.AddLinkHeader(result);
        return TypedResults.Ok(result);
    }

    public static async Task<Ok<SubsidieaanvraagDto>> GetSubsidieaanvraag(IMediator mediator, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetSubsidieaanvraagQuery(id), ct));

    public static async Task<Created<SubsidieaanvraagDto>> CreateSubsidieaanvraag(IMediator mediator, CreateSubsidieaanvraagCommand command, CancellationToken ct)
    {
        var aanvraag = await mediator.Send(command, ct);
        return TypedResults.Created($"{OpenApi.NlApiDesignRules.BasePath}/subsidieaanvragen/{aanvraag.Id}", aanvraag);
    }

    public static async Task<Ok<SubsidieaanvraagDto>> SubmitSubsidieaanvraag(IMediator mediator, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new SubmitSubsidieaanvraagCommand(id), ct));

    public static async Task<Ok<SubsidieaanvraagDto>> StartBehandeling(IMediator mediator, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new StartBehandelingCommand(id), ct));

    public static async Task<Ok<SubsidieaanvraagDto>> RequestAanvulling(IMediator mediator, Guid id, RequestAanvullingCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));

    public static async Task<Ok<SubsidieaanvraagDto>> CompleteSubsidieaanvraag(IMediator mediator, Guid id, CompleteSubsidieaanvraagCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));

    public static async Task<Ok<SubsidieaanvraagDto>> PostponeBesluit(IMediator mediator, Guid id, PostponeBesluitCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));

    public static async Task<Ok<SubsidieaanvraagDto>> ReviewSubsidieaanvraag(IMediator mediator, Guid id, ReviewSubsidieaanvraagCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));

    public static async Task<Ok<SubsidieaanvraagDto>> GrantSubsidieaanvraag(IMediator mediator, Guid id, GrantSubsidieaanvraagCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));

    public static async Task<Ok<SubsidieaanvraagDto>> RefuseSubsidieaanvraag(IMediator mediator, Guid id, RefuseSubsidieaanvraagCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));
}
