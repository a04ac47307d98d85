using Gemeenschapskracht.Api.Endpoints.Conventions;
using Gemeenschapskracht.Api.Web;
using Gemeenschapskracht.Application.Bijlagen.Dtos;
using Gemeenschapskracht.Application.Common.Documents;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Wijkbeelden.Commands.AddOpmerking;
using Gemeenschapskracht.Application.Wijkbeelden.Commands.AddSterkhouder;
using Gemeenschapskracht.Application.Wijkbeelden.Commands.CreateWijkbeeld;
using Gemeenschapskracht.Application.Wijkbeelden.Commands.DuidWijkbeeld;
using Gemeenschapskracht.Application.Wijkbeelden.Commands.PlanBuurtTop;
using Gemeenschapskracht.Application.Wijkbeelden.Commands.ShareWijkbeeld;
using Gemeenschapskracht.Application.Wijkbeelden.Commands.StartGesprek;
using Gemeenschapskracht.Application.Wijkbeelden.Commands.UpdateCijferlezing;
using Gemeenschapskracht.Application.Wijkbeelden.Commands.UpdateWijkbeeld;
using Gemeenschapskracht.Application.Wijkbeelden.Commands.UpdateWijkbeeldTeam;
using Gemeenschapskracht.Application.Wijkbeelden.Commands.WithdrawSterkhouder;
using Gemeenschapskracht.Application.Wijkbeelden.Dtos;
using Gemeenschapskracht.Application.Wijkbeelden.Queries.GetCijferlezing;
using Gemeenschapskracht.Application.Wijkbeelden.Queries.GetWijkbeeld;
using Gemeenschapskracht.Application.Wijkbeelden.Queries.GetWijkbeeldDocument;
using Gemeenschapskracht.Application.Wijkbeelden.Queries.ListSterkhouders;
using Gemeenschapskracht.Application.Wijkbeelden.Queries.ListWijkbeelden;
using Gemeenschapskracht.Domain.Bijlagen;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gemeenschapskracht.Api.Endpoints;

/// <summary>Route step 2: the wijkbeeld per wijk, made by a team led by residents, shared with the public.</summary>
public sealed class WijkbeeldenEndpoints : IEndpointGroup
{
    public string Route => "wijkbeelden";

    public string Tag => "Wijkbeelden";

    public TenantScope Tenant => TenantScope.Gemeente;

    public void Map(RouteGroupBuilder group)
    {
        group.MapGet("", ListWijkbeelden).Named()
            .WithSummary("De wijkbeelden per wijk en versie (het publiek ziet alleen gedeelde)");
        group.MapGet("/{id:guid}", GetWijkbeeld).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Eén versie met haar inhoud en de cijfers van de wijk door twee lenzen (vitaliteit naast problemen)");
        group.MapGet("/{id:guid}/document", GetWijkbeeldDocument).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .Produces(StatusCodes.Status200OK, contentType: DocumentFile.ContentType)
            .WithSummary("Eén versie als PDF om te printen of te bewaren, met dezelfde inhoud als de pagina en de publieke plekken van de wijk (zonder sterkhouders)");
        group.MapPost("", CreateWijkbeeld).Named().ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .WithSummary("Een wijkbeeld beginnen met zijn team, of een nieuwe versie van het gedeelde wijkbeeld");
        group.MapPut("/{id:guid}", UpdateWijkbeeld).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Titel en inhoud vervangen (alle velden opgeven); de gemeente kan niet wijzigen wat bewoners schreven");
        group.MapPut("/{id:guid}/team", UpdateWijkbeeldTeam).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Het team vervangen (de trekkende bewonersorganisatie eerst); wat een vertrekkende organisatie schreef blijft");
        group.MapPost("/{id:guid}/opmerkingen", AddOpmerking).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Een opmerking bij een onderdeel plaatsen");
        group.MapPost("/{id:guid}/gesprekken", StartGesprek).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Het concept in gesprek brengen met de wijk");
        group.MapPost("/{id:guid}/duidingen", DuidWijkbeeld).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Vastleggen dat het wijkbeeld geduid is (na ten minste één gespreksronde)");
        group.MapPost("/{id:guid}/delingen", ShareWijkbeeld).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Het wijkbeeld delen met het publiek (zonder sterkhouders)");
        group.MapPut("/{id:guid}/buurttop", PlanBuurtTop).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("De datum van de volgende BuurtTop van de wijk (of geen); het team krijgt vooraf een herinnering");
        group.MapGet("/cijferlezing", GetCijferlezing).Named()
            .WithSummary("Hoe de gemeente elke maatstaf leest: als vitaliteit, probleem of context (met de standaard ernaast)");
        group.MapPut("/cijferlezing", UpdateCijferlezing).Named()
            .WithSummary("De lezing van de maatstaven vervangen (niet genoemd: de standaard); ten minste één blijft vitaliteit (G-6)");
        group.MapGet("/{id:guid}/sterkhouders", ListSterkhouders).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("De sterkhouders van de wijk: alleen voor het team van het wijkbeeld");
        group.MapPost("/{id:guid}/sterkhouders", AddSterkhouder).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Een sterkhouder vastleggen, met zijn of haar toestemming");
        group.MapPost("/{id:guid}/sterkhouders/{sterkhouderId:guid}/intrekkingen", WithdrawSterkhouder).Named().RequiresRole()
            .ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("De toestemming van een sterkhouder intrekken: de persoonsgegevens worden direct verwijderd");
        group.MapBijlagen(ListWijkbeeldBijlagen, GetWijkbeeldBijlage, UploadWijkbeeldBijlage, "De bijlagen, voor wie het wijkbeeld mag zien");
    }

    public static async Task<Ok<PagedList<WijkbeeldSamenvattingDto>>> ListWijkbeelden(IMediator mediator, HttpContext http,
        int page = 1, int pageSize = Paging.DefaultPageSize, Guid? wijkId = null)
    {
        var result = await mediator.Send(new ListWijkbeeldenQuery(page, pageSize, wijkId), http.RequestAborted);
        http.AddLinkHeader(result);
        return TypedResults.Ok(result);
    }

    public static async Task<Ok<WijkbeeldDto>> GetWijkbeeld(IMediator mediator, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetWijkbeeldQuery(id), ct));

    public static async Task<FileContentHttpResult> GetWijkbeeldDocument(IMediator mediator, Guid id, CancellationToken ct)
    {
        var document = await mediator.Send(new GetWijkbeeldDocumentQuery(id), ct);
        return TypedResults.File(document.Content, DocumentFile.ContentType, document.FileName);
    }

    public static async Task<Created<WijkbeeldDto>> CreateWijkbeeld(IMediator mediator, CreateWijkbeeldCommand command, CancellationToken ct)
    {
        var wijkbeeld = await mediator.Send(command, ct);
        return TypedResults.Created($"{OpenApi.NlApiDesignRules.BasePath}/wijkbeelden/{wijkbeeld.Id}", wijkbeeld);
    }

    public static async Task<Ok<WijkbeeldDto>> UpdateWijkbeeld(IMediator mediator, Guid id, UpdateWijkbeeldCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));

    public static async Task<Ok<WijkbeeldDto>> UpdateWijkbeeldTeam(IMediator mediator, Guid id, UpdateWijkbeeldTeamCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));

    public static async Task<Created<OpmerkingDto>> AddOpmerking(IMediator mediator, Guid id, AddOpmerkingCommand command, CancellationToken ct)
    {
        var opmerking = await mediator.Send(command with { WijkbeeldId = id }, ct);
        return TypedResults.Created($"{OpenApi.NlApiDesignRules.BasePath}/wijkbeelden/{id}", opmerking);
    }

    public static async Task<Ok<WijkbeeldDto>> StartGesprek(IMediator mediator, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new StartGesprekCommand(id), ct));

    public static async Task<Ok<WijkbeeldDto>> DuidWijkbeeld(IMediator mediator, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new DuidWijkbeeldCommand(id), ct));

    public static async Task<Ok<WijkbeeldDto>> ShareWijkbeeld(IMediator mediator, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ShareWijkbeeldCommand(id), ct));

    public static async Task<Ok<WijkbeeldDto>> PlanBuurtTop(IMediator mediator, Guid id, PlanBuurtTopCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));

    public static async Task<Ok<IReadOnlyList<SterkhouderDto>>> ListSterkhouders(IMediator mediator, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListSterkhoudersQuery(id), ct));

    public static async Task<Created<SterkhouderDto>> AddSterkhouder(IMediator mediator, Guid id, AddSterkhouderCommand command, CancellationToken ct)
    {
        var sterkhouder = await mediator.Send(command with { WijkbeeldId = id }, ct);
        return TypedResults.Created($"{OpenApi.NlApiDesignRules.BasePath}/wijkbeelden/{id}/sterkhouders", sterkhouder);
    }

    public static async Task<Ok<SterkhouderDto>> WithdrawSterkhouder(IMediator mediator, Guid id, Guid sterkhouderId, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new WithdrawSterkhouderCommand(id, sterkhouderId), ct));

    public static Task<Ok<IReadOnlyList<BijlageDto>>> ListWijkbeeldBijlagen(IMediator mediator, Guid id, CancellationToken ct) =>
        BijlageEndpoints.LijstAsync(mediator, Onderwerp.Wijkbeeld, id, ct);

    public static Task<FileContentHttpResult> GetWijkbeeldBijlage(IMediator mediator, Guid id, Guid bijlageId, CancellationToken ct) =>
        BijlageEndpoints.DownloadAsync(mediator, Onderwerp.Wijkbeeld, id, bijlageId, ct);

    /// <param name="naam">The file name to show and download with, e.g. <c>raadsbesluit.pdf</c>.</param>
    public static Task<Created<BijlageDto>> UploadWijkbeeldBijlage(IMediator mediator, HttpRequest request, Guid id, string naam, CancellationToken ct) =>
        BijlageEndpoints.PlaatsAsync(mediator, request, Onderwerp.Wijkbeeld, "wijkbeelden", id, naam, ct);

    public static async Task<Ok<CijferlezingDto>> GetCijferlezing(IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetCijferlezingQuery(), ct));

    public static async Task<Ok<CijferlezingDto>> UpdateCijferlezing(IMediator mediator, UpdateCijferlezingCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command, ct));
}
