using Gemeenschapskracht.Api.Endpoints.Conventions;
using Gemeenschapskracht.Api.Web;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Gebieden.Commands.ImportLokaleCijfers;
using Gemeenschapskracht.Application.Gebieden.Commands.UpdateGebied;
using Gemeenschapskracht.Application.Gebieden.Dtos;
using Gemeenschapskracht.Application.Gebieden.Queries.GetGebied;
using Gemeenschapskracht.Application.Gebieden.Queries.ListGebieden;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gemeenschapskracht.Api.Endpoints;

/// <summary>The wijkindeling of the current gemeente: gemeente → wijk → buurt with CBS figures.</summary>
public sealed class GebiedenEndpoints : IEndpointGroup
{
    public string Route => "gebieden";

    public string Tag => "Gebieden";

    public TenantScope Tenant => TenantScope.Gemeente;

    public void Map(RouteGroupBuilder group)
    {
        group.MapGet("", ListGebieden).Named()
            .WithSummary("De gebieden van de gemeente, te filteren op soort (gemeente, wijk, buurt) en bovenliggend gebied");
        group.MapGet("/{id:guid}", GetGebied).Named()
            .WithSummary("Eén gebied met zijn kerncijfers en hun bron");
        group.MapPut("/{id:guid}", UpdateGebied).Named().RequiresRole()
            .WithSummary("Naam, pilot-vlag en bovenliggend gebied wijzigen (alle drie opgeven)");
        group.MapPost("/lokale-cijfers", ImportLokaleCijfers).Named().RequiresRole().AcceptsRawBody("text/csv")
            .ProducesProblems(StatusCodes.Status415UnsupportedMediaType)
            .WithSummary("Eigen cijfers van de gemeente inlezen (CSV: maatstaf;gebiedscode;waarde;bron;jaar); één foute regel en er wordt niets ingelezen");
    }

    /// <summary>A local-figures file is small: a few thousand lines.</summary>
    private const int MaxCsvBytes = 1024 * 1024;

    public static async Task<Ok<LokaleCijfersImportDto>> ImportLokaleCijfers(IMediator mediator, HttpRequest request, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ImportLokaleCijfersCommand(await request.ReadLimitedAsync(MaxCsvBytes, ct)), ct));

    public static async Task<Ok<PagedList<GebiedDto>>> ListGebieden(IMediator mediator, HttpContext http,
        int page = 1, int pageSize = Paging.DefaultPageSize, string? soort = null, Guid? ouderId = null)
    {
        var result = await mediator.Send(new ListGebiedenQuery(page, pageSize, soort, ouderId), http.RequestAborted);
        http.AddLinkHeader(result);
        return TypedResults.Ok(result);
    }

    public static async Task<Ok<GebiedDetailDto>> GetGebied(IMediator mediator, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetGebiedQuery(id), ct));

    public static async Task<Ok<GebiedDetailDto>> UpdateGebied(IMediator mediator, Guid id, UpdateGebiedCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));
}
