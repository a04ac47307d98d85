using Gemeenschapskracht.Api.Endpoints.Conventions;
using Gemeenschapskracht.Api.Web;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Wijkbudgetten.Commands.RecordBegrotingsbesluit;
using Gemeenschapskracht.Application.Wijkbudgetten.Dtos;
using Gemeenschapskracht.Application.Wijkbudgetten.Queries.ListBegrotingsbesluiten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gemeenschapskracht.Api.Endpoints;

/// <summary>Route step 4: the raad's adoption of the begroting per year, which lifts the begrotingsvoorbehoud of the tranches (Awb 4:34).</summary>
public sealed class BegrotingsbesluitenEndpoints : IEndpointGroup
{
    public string Route => "begrotingsbesluiten";

    public string Tag => "Begrotingsbesluiten";

    public TenantScope Tenant => TenantScope.Gemeente;

    public void Map(RouteGroupBuilder group)
    {
        group.MapGet("", ListBegrotingsbesluiten).Named().WithSummary("De jaren waarvan de raad de begroting heeft vastgesteld, nieuwste eerst");
        group.MapPost("", RecordBegrotingsbesluit).Named().ProducesProblems(StatusCodes.Status409Conflict)
            .WithSummary("De vaststelling van de begroting van een jaar vastleggen; de tranches van dat jaar komen vrij (griffie of gemeente-beheerder)");
    }

    public static async Task<Ok<PagedList<BegrotingsbesluitDto>>> ListBegrotingsbesluiten(IMediator mediator, HttpContext http,
        int page = 1, int pageSize = Paging.DefaultPageSize)
    {
        var result = await mediator.Send(new ListBegrotingsbesluitenQuery(page, pageSize), http.RequestAborted);
        http.AddLinkHeader(result);
        return TypedResults.Ok(result);
    }

    public static async Task<Created<BegrotingsbesluitDto>> RecordBegrotingsbesluit(IMediator mediator, RecordBegrotingsbesluitCommand command, CancellationToken ct)
    {
        var besluit = await mediator.Send(command, ct);
        return TypedResults.Created($"{OpenApi.NlApiDesignRules.BasePath}/begrotingsbesluiten/{besluit.Id}", besluit);
    }
}
