using Gemeenschapskracht.Api.Endpoints.Conventions;
using Gemeenschapskracht.Api.Web;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Subsidies.Commands.CreateSubsidieregeling;
using Gemeenschapskracht.Application.Subsidies.Commands.OpenSubsidieregeling;
using Gemeenschapskracht.Application.Subsidies.Commands.PublishSubsidieregeling;
using Gemeenschapskracht.Application.Subsidies.Commands.RecordMededingingsruimte;
using Gemeenschapskracht.Application.Subsidies.Dtos;
using Gemeenschapskracht.Application.Subsidies.Queries.GetSubsidieregeling;
using Gemeenschapskracht.Application.Subsidies.Queries.ListSubsidieregelingen;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gemeenschapskracht.Api.Endpoints;

/// <summary>Route step 4: the subsidieregelingen on the wijkbudgetten (Awb titel 4.2), published before they open.</summary>
public sealed class SubsidieregelingenEndpoints : IEndpointGroup
{
    public string Route => "subsidieregelingen";

    public string Tag => "Subsidieregelingen";

    public TenantScope Tenant => TenantScope.Gemeente;

    public void Map(RouteGroupBuilder group)
    {
        group.MapGet("", ListSubsidieregelingen).Named().WithSummary("De subsidieregelingen, nieuwste eerst (het publiek ziet gepubliceerde regelingen)");
        group.MapGet("/{id:guid}", GetSubsidieregeling).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Eén regeling met haar plafond en wat daarvan resteert");
        group.MapPost("", CreateSubsidieregeling).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Een regeling opstellen op begrotingsregels van een toegekend wijkbudget, met grondslag en plafond");
        group.MapPost("/{id:guid}/publicaties", PublishSubsidieregeling).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("De regeling publiceren met plafond, criteria en wijze van verdelen (Awb 4:25)");
        group.MapPost("/{id:guid}/mededingingsruimtes", RecordMededingingsruimte).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("De mededingingsruimte vastleggen: de openbare oproep, of waarom maar één kandidaat in aanmerking komt");
        group.MapPost("/{id:guid}/openingen", OpenSubsidieregeling).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("De aanvraagperiode openen (alleen gepubliceerd en met mededingingsruimte)");
    }

    public static async Task<Ok<PagedList<SubsidieregelingDto>>> ListSubsidieregelingen(IMediator mediator, HttpContext http,
        int page = 1, int pageSize = Paging.DefaultPageSize)
    {
        var result = await mediator.Send(new ListSubsidieregelingenQuery(page, pageSize), http.RequestAborted);
        http.AddLinkHeader(result);
        return TypedResults.Ok(result);
    }

    public static async Task<Ok<SubsidieregelingDto>> GetSubsidieregeling(IMediator mediator, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetSubsidieregelingQuery(id), ct));

    public static async Task<Created<SubsidieregelingDto>> CreateSubsidieregeling(IMediator mediator, CreateSubsidieregelingCommand command, CancellationToken ct)
    {
        var regeling = await mediator.Send(command, ct);
        return TypedResults.Created($"{OpenApi.NlApiDesignRules.BasePath}/subsidieregelingen/{regeling.Id}", regeling);
    }

    public static async Task<Ok<SubsidieregelingDto>> PublishSubsidieregeling(IMediator mediator, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new PublishSubsidieregelingCommand(id), ct));

    public static async Task<Ok<SubsidieregelingDto>> RecordMededingingsruimte(IMediator mediator, Guid id, RecordMededingingsruimteCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));

    public static async Task<Ok<SubsidieregelingDto>> OpenSubsidieregeling(IMediator mediator, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new OpenSubsidieregelingCommand(id), ct));
}
