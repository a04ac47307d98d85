using Gemeenschapskracht.Api.Endpoints.Conventions;
using Gemeenschapskracht.Api.Web;
using Gemeenschapskracht.Application.Common.Documents;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Subsidies.Commands.RecordVoorschotBetaling;
using Gemeenschapskracht.Application.Subsidies.Dtos;
using Gemeenschapskracht.Application.Subsidies.Queries.GetBeschikking;
using Gemeenschapskracht.Application.Subsidies.Queries.GetBeschikkingDocument;
using Gemeenschapskracht.Application.Subsidies.Queries.GetFinancieleVerantwoording;
using Gemeenschapskracht.Application.Subsidies.Queries.ListBeschikkingen;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gemeenschapskracht.Api.Endpoints;

/// <summary>Route step 4: the beschikkingen on applications (verlening or weigering), their years under begrotingsvoorbehoud and voorschotten.</summary>
public sealed class BeschikkingenEndpoints : IEndpointGroup
{
    public string Route => "beschikkingen";

    public string Tag => "Beschikkingen";

    public TenantScope Tenant => TenantScope.Gemeente;

    public void Map(RouteGroupBuilder group)
    {
        group.MapGet("", ListBeschikkingen).Named().RequiresRole()
            .WithSummary("De beschikkingen, nieuwste eerst, of die op één aanvraag (een aanvrager ziet die aan de eigen organisatie)");
        group.MapGet("/{id:guid}", GetBeschikking).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Eén beschikking met de bedragen per jaar (en welke onder begrotingsvoorbehoud, Awb 4:34) en de voorschotten");
        group.MapGet("/{id:guid}/document", GetBeschikkingDocument).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound)
            .Produces(StatusCodes.Status200OK, contentType: DocumentFile.ContentType)
            .WithSummary("De beschikking als PDF-brief met briefhoofd en bezwaarclausule (Awb 6:7)");
        group.MapGet("/{id:guid}/financiele-verantwoording", GetFinancieleVerantwoording).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Het financiële deel van de verantwoording uit de administratie van de host (G-4): begroot, gerealiseerd, verschil per regel");
        group.MapPost("/{id:guid}/voorschotten/{nummer:int}/betalingen", RecordVoorschotBetaling).Named().ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .WithSummary("Vastleggen dat een voorschot buiten een betaalopdracht is betaald, met het kenmerk van de bank");
    }

    /// <param name="aanvraagId">Only the beschikking on this application.</param>
    public static async Task<Ok<PagedList<BeschikkingDto>>> ListBeschikkingen(IMediator mediator, HttpContext http,
        int page = 1, int pageSize = Paging.DefaultPageSize, Guid? aanvraagId = null)
    {
        var result = await mediator.Send(new ListBeschikkingenQuery(page, pageSize, aanvraagId), http.RequestAborted);
        http.AddLinkHeader(result);
        return TypedResults.Ok(result);
    }

    public static async Task<Ok<BeschikkingDto>> GetBeschikking(IMediator mediator, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetBeschikkingQuery(id), ct));

    public static async Task<FileContentHttpResult> GetBeschikkingDocument(IMediator mediator, Guid id, CancellationToken ct)
    {
        var document = await mediator.Send(new GetBeschikkingDocumentQuery(id), ct);
        return TypedResults.File(document.Content, DocumentFile.ContentType, document.FileName);
    }

    public static async Task<Ok<FinancieleVerantwoordingDto>> GetFinancieleVerantwoording(IMediator mediator, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetFinancieleVerantwoordingQuery(id), ct));

    public static async Task<Ok<BeschikkingDto>> RecordVoorschotBetaling(IMediator mediator, Guid id, int nummer, RecordVoorschotBetalingCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id, Nummer = nummer }, ct));
}
