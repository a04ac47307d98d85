using Gemeenschapskracht.Api.Endpoints.Conventions;
using Gemeenschapskracht.Api.Web;
using Gemeenschapskracht.Application.Common.Documents;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Subsidies.Commands.CreateVaststelling;
using Gemeenschapskracht.Application.Subsidies.Commands.RecordAfwikkeling;
using Gemeenschapskracht.Application.Subsidies.Commands.DrawSteekproef;
using Gemeenschapskracht.Application.Subsidies.Dtos;
using Gemeenschapskracht.Application.Subsidies.Queries.GetVaststellingDocument;
using Gemeenschapskracht.Application.Subsidies.Queries.ListSteekproeven;
using Gemeenschapskracht.Application.Subsidies.Queries.ListVaststellingen;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gemeenschapskracht.Api.Endpoints;

/// <summary>Route step 4: the vaststelling of subsidies (Awb 4:45–4:47) with the voorschotten offset (4:95), and the steekproef.</summary>
public sealed class VaststellingenEndpoints : IEndpointGroup
{
    public string Route => "vaststellingen";

    public string Tag => "Vaststellingen";

    public TenantScope Tenant => TenantScope.Gemeente;

    public void Map(RouteGroupBuilder group)
    {
        group.MapGet("", ListVaststellingen).Named().RequiresRole()
            .WithSummary("De vaststellingen, nieuwste eerst, of die van één beschikking (een ontvanger ziet die van de eigen organisatie)");
        group.MapGet("/{id:guid}/document", GetVaststellingDocument).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound)
            .Produces(StatusCodes.Status200OK, contentType: DocumentFile.ContentType)
            .WithSummary("De beschikking tot vaststelling als PDF-brief met de verrekening en de bezwaarclausule");
        group.MapPost("", CreateVaststelling).Named().ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .WithSummary("Een subsidie vaststellen: het bedrag (lager alleen met reden), de voorschotten verrekend, nabetaling of terugvordering");
        group.MapPost("/{id:guid}/afwikkelingen", RecordAfwikkeling).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Een betaling registreren die de vaststelling afwikkelt: de nabetaling, of (een deel van) de terugbetaling");
        group.MapGet("/steekproeven", ListSteekproeven).Named().RequiresRole()
            .WithSummary("De getrokken steekproeven, met zaad en populatie om de trekking te herhalen");
        group.MapPost("/steekproeven", DrawSteekproef).Named()
            .WithSummary("De steekproef van een jaar trekken onder de subsidies zonder verslag (eens per jaar)");
    }

    /// <param name="beschikkingId">Only the vaststelling of this beschikking.</param>
    public static async Task<Ok<PagedList<VaststellingDto>>> ListVaststellingen(IMediator mediator, HttpContext http,
        int page = 1, int pageSize = Paging.DefaultPageSize, Guid? beschikkingId = null)
    {
        var result = await mediator.Send(new ListVaststellingenQuery(page, pageSize, beschikkingId), http.RequestAborted);
        http.AddLinkHeader(result);
        return TypedResults.Ok(result);
    }

    public static async Task<FileContentHttpResult> GetVaststellingDocument(IMediator mediator, Guid id, CancellationToken ct)
    {
        var document = await mediator.Send(new GetVaststellingDocumentQuery(id), ct);
        return TypedResults.File(document.Content, DocumentFile.ContentType, document.FileName);
    }

    public static async Task<Created<VaststellingDto>> CreateVaststelling(IMediator mediator, CreateVaststellingCommand command, CancellationToken ct)
    {
        var vaststelling = await mediator.Send(command, ct);
        return TypedResults.Created($"{OpenApi.NlApiDesignRules.BasePath}/vaststellingen?beschikkingId={vaststelling.BeschikkingId}", vaststelling);
    }

    public static async Task<Ok<VaststellingDto>> RecordAfwikkeling(IMediator mediator, Guid id, RecordAfwikkelingCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));

    public static async Task<Ok<PagedList<SteekproefDto>>> ListSteekproeven(IMediator mediator, HttpContext http, int page = 1, int pageSize = Paging.DefaultPageSize)
    {
        var result = await mediator.Send(new ListSteekproevenQuery(page, pageSize), http.RequestAborted);
        http.AddLinkHeader(result);
        return TypedResults.Ok(result);
    }

    public static async Task<Created<SteekproefDto>> DrawSteekproef(IMediator mediator, DrawSteekproefCommand command, CancellationToken ct) =>
        TypedResults.Created($"{OpenApi.NlApiDesignRules.BasePath}/vaststellingen/steekproeven", await mediator.Send(command, ct));
}
