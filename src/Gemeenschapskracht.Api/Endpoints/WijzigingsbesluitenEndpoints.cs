using Gemeenschapskracht.Api.Endpoints.Conventions;
using Gemeenschapskracht.Api.Web;
using Gemeenschapskracht.Application.Common.Documents;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Subsidies.Commands.CreateWijzigingsbesluit;
using Gemeenschapskracht.Application.Subsidies.Dtos;
using Gemeenschapskracht.Application.Subsidies.Queries.GetWijzigingsbesluitDocument;
using Gemeenschapskracht.Application.Subsidies.Queries.ListWijzigingsbesluiten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gemeenschapskracht.Api.Endpoints;

/// <summary>Route step 4: wijziging and intrekking of a verlening or vaststelling (Awb 4:48–4:50), with the phase-out term of 4:51.</summary>
public sealed class WijzigingsbesluitenEndpoints : IEndpointGroup
{
    public string Route => "wijzigingsbesluiten";

    public string Tag => "Wijzigingsbesluiten";

    public TenantScope Tenant => TenantScope.Gemeente;

    public void Map(RouteGroupBuilder group)
    {
        group.MapGet("", ListWijzigingsbesluiten).Named().RequiresRole()
            .WithSummary("De wijzigingen en intrekkingen, nieuwste eerst, of die van één beschikking (een ontvanger ziet die van de eigen organisatie)");
        group.MapGet("/{id:guid}/document", GetWijzigingsbesluitDocument).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound)
            .Produces(StatusCodes.Status200OK, contentType: DocumentFile.ContentType)
            .WithSummary("De beschikking tot wijziging of intrekking als PDF-brief met de grond en de bezwaarclausule");
        group.MapPost("", CreateWijzigingsbesluit).Named().ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .WithSummary("Een verlening of vaststelling intrekken of ten nadele wijzigen, met grond, toelichting en zo nodig afbouwtermijn");
    }

    /// <param name="beschikkingId">Only the wijzigingen of this beschikking.</param>
    public static async Task<Ok<PagedList<WijzigingsbesluitDto>>> ListWijzigingsbesluiten(IMediator mediator, HttpContext http,
        int page = 1, int pageSize = Paging.DefaultPageSize, Guid? beschikkingId = null)
    {
        var result = await mediator.Send(new ListWijzigingsbesluitenQuery(page, pageSize, beschikkingId), http.RequestAborted);
        http.AddLinkHeader(result);
        return TypedResults.Ok(result);
    }

    public static async Task<FileContentHttpResult> GetWijzigingsbesluitDocument(IMediator mediator, Guid id, CancellationToken ct)
    {
        var document = await mediator.Send(new GetWijzigingsbesluitDocumentQuery(id), ct);
        return TypedResults.File(document.Content, DocumentFile.ContentType, document.FileName);
    }

    public static async Task<Created<WijzigingsbesluitDto>> CreateWijzigingsbesluit(IMediator mediator, CreateWijzigingsbesluitCommand command, CancellationToken ct)
    {
        var besluit = await mediator.Send(command, ct);
        return TypedResults.Created($"{OpenApi.NlApiDesignRules.BasePath}/wijzigingsbesluiten?beschikkingId={besluit.BeschikkingId}", besluit);
    }
}
