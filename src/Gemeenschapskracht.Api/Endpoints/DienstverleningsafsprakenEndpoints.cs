using Gemeenschapskracht.Api.Endpoints.Conventions;
using Gemeenschapskracht.Api.Web;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Dienstverleningsafspraken.Commands.ActivateDienstverleningsafspraak;
using Gemeenschapskracht.Application.Dienstverleningsafspraken.Commands.CreateDienstverleningsafspraak;
using Gemeenschapskracht.Application.Dienstverleningsafspraken.Commands.EndDienstverleningsafspraak;
using Gemeenschapskracht.Application.Dienstverleningsafspraken.Commands.RecordEvaluatiemoment;
using Gemeenschapskracht.Application.Dienstverleningsafspraken.Commands.SignDienstverleningsafspraak;
using Gemeenschapskracht.Application.Dienstverleningsafspraken.Commands.UpdateDienstverleningsafspraak;
using Gemeenschapskracht.Application.Dienstverleningsafspraken.Dtos;
using Gemeenschapskracht.Application.Dienstverleningsafspraken.Queries.GetDienstverleningsafspraak;
using Gemeenschapskracht.Application.Dienstverleningsafspraken.Queries.ListDienstverleningsafspraken;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gemeenschapskracht.Api.Endpoints;

/// <summary>Route step 4: service agreements in which a bewonersorganisatie is (mede-)opdrachtgever of professional work, paid from the wijkbudget (R4.3).</summary>
public sealed class DienstverleningsafsprakenEndpoints : IEndpointGroup
{
    public string Route => "dienstverleningsafspraken";

    public string Tag => "Dienstverleningsafspraken";

    public TenantScope Tenant => TenantScope.Gemeente;

    public void Map(RouteGroupBuilder group)
    {
        group.MapGet("", ListDienstverleningsafspraken).Named().RequiresRole()
            .WithSummary("De dienstverleningsafspraken, nieuwste eerst, van een wijk of een organisatie (een partij ziet alleen de hare)");
        group.MapGet("/{id:guid}", GetDienstverleningsafspraak).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Eén dienstverleningsafspraak met partijen, ondertekeningen en evaluatiemomenten");
        group.MapPost("", CreateDienstverleningsafspraak).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Een dienstverleningsafspraak verkennen: bewoners als (mede-)opdrachtgever van professioneel werk uit het wijkbudget");
        group.MapPut("/{id:guid}", UpdateDienstverleningsafspraak).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Een verkende afspraak wijzigen (alle velden opgeven; ondertekeningen vervallen)");
        group.MapPost("/{id:guid}/ondertekeningen", SignDienstverleningsafspraak).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("De afspraak ondertekenen als partij: de bewonersorganisatie als opdrachtgever, of de aanbieder");
        group.MapPost("/{id:guid}/activeringen", ActivateDienstverleningsafspraak).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("De afgesproken dienstverlening laten starten");
        group.MapPost("/{id:guid}/evaluatiemomenten/{jaar:int}", RecordEvaluatiemoment).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Het evaluatiemoment van een jaar vastleggen, als bewonersorganisatie");
        group.MapPost("/{id:guid}/beeindigingen", EndDienstverleningsafspraak).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("De afspraak beëindigen, met de reden");
    }

    /// <param name="wijkId">Only the agreements in this wijk.</param>
    /// <param name="organisatieId">Only the agreements this organisation is a party to.</param>
    public static async Task<Ok<PagedList<DienstverleningsafspraakDto>>> ListDienstverleningsafspraken(IMediator mediator, HttpContext http,
        int page = 1, int pageSize = Paging.DefaultPageSize, Guid? wijkId = null, Guid? organisatieId = null)
    {
        var result = await mediator.Send(new ListDienstverleningsafsprakenQuery(page, pageSize, wijkId, organisatieId), http.RequestAborted);
        http.AddLinkHeader(result);
        return TypedResults.Ok(result);
    }

    public static async Task<Ok<DienstverleningsafspraakDto>> GetDienstverleningsafspraak(IMediator mediator, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetDienstverleningsafspraakQuery(id), ct));

    public static async Task<Created<DienstverleningsafspraakDto>> CreateDienstverleningsafspraak(IMediator mediator, CreateDienstverleningsafspraakCommand command,
        CancellationToken ct)
    {
        var afspraak = await mediator.Send(command, ct);
        return TypedResults.Created($"{OpenApi.NlApiDesignRules.BasePath}/dienstverleningsafspraken/{afspraak.Id}", afspraak);
    }

    public static async Task<Ok<DienstverleningsafspraakDto>> UpdateDienstverleningsafspraak(IMediator mediator, Guid id,
        UpdateDienstverleningsafspraakCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));

    public static async Task<Ok<DienstverleningsafspraakDto>> SignDienstverleningsafspraak(IMediator mediator, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new SignDienstverleningsafspraakCommand(id), ct));

    public static async Task<Ok<DienstverleningsafspraakDto>> ActivateDienstverleningsafspraak(IMediator mediator, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ActivateDienstverleningsafspraakCommand(id), ct));

    public static async Task<Ok<DienstverleningsafspraakDto>> RecordEvaluatiemoment(IMediator mediator, Guid id, int jaar,
        RecordEvaluatiemomentCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id, Jaar = jaar }, ct));

    public static async Task<Ok<DienstverleningsafspraakDto>> EndDienstverleningsafspraak(IMediator mediator, Guid id,
        EndDienstverleningsafspraakCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));
}
