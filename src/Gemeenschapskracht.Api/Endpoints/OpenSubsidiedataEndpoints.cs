using Gemeenschapskracht.Api.Endpoints.Conventions;
using Gemeenschapskracht.Api.Web;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Subsidieregister.Dtos;
using Gemeenschapskracht.Application.Subsidieregister.Queries.GetSubsidieregisterBestand;
using Gemeenschapskracht.Application.Subsidieregister.Queries.GetSubsidieregisterKeuzes;
using Gemeenschapskracht.Application.Subsidieregister.Queries.ListSubsidieregister;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gemeenschapskracht.Api.Endpoints;

/// <summary>
/// Route step 4, in the open: every granted subsidy as open data in the 360Giving Data Standard (ADR 0021), the
/// gemeente's subsidy register under the Woo. Public; an informal group is named by its group name only.
/// </summary>
public sealed class OpenSubsidiedataEndpoints : IEndpointGroup
{
    public string Route => "open-subsidiedata";

    public string Tag => "Open subsidiedata";

    public TenantScope Tenant => TenantScope.Gemeente;

    public void Map(RouteGroupBuilder group)
    {
        group.MapGet("", ListSubsidieregister).Named()
            .WithSummary("De verleende subsidies (dezelfde als in de 360Giving-bestanden), nieuwste besluit eerst, per jaar van verlening en per wijk");
        group.MapGet("/keuzes", GetSubsidieregisterKeuzes).Named()
            .WithSummary("De jaren en wijken waarin subsidies zijn verleend: de keuzes van de filters");
        group.MapGet("/csv", GetSubsidieregisterCsv).Named()
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .WithSummary("Het subsidieregister als CSV met de kolommen van 360Giving (\"Identifier\", \"Amount Awarded\", \"Recipient Org:Identifier\", …)");
        group.MapGet("/json", GetSubsidieregisterJson).Named()
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .WithSummary("Het subsidieregister als 360Giving JSON-pakket: { \"grants\": [ … ] }");
    }

    /// <param name="jaar">Only the subsidies granted in this year (in the Netherlands).</param>
    /// <param name="wijkId">Only the subsidies for this wijk (through the regeling's wijkbudget).</param>
    public static async Task<Ok<PagedList<VerleendeSubsidieDto>>> ListSubsidieregister(IMediator mediator, HttpContext http,
        int page = 1, int pageSize = Paging.DefaultPageSize, int? jaar = null, Guid? wijkId = null)
    {
        var result = await mediator.Send(new ListSubsidieregisterQuery(page, pageSize, jaar, wijkId), http.RequestAborted);
        http.AddLinkHeader(result);
        return TypedResults.Ok(result);
    }

    public static async Task<Ok<SubsidieregisterKeuzesDto>> GetSubsidieregisterKeuzes(IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetSubsidieregisterKeuzesQuery(), ct));

    /// <param name="jaar">Only the subsidies granted in this year (in the Netherlands).</param>
    /// <param name="wijkId">Only the subsidies for this wijk.</param>
    public static Task<FileContentHttpResult> GetSubsidieregisterCsv(IMediator mediator, CancellationToken ct, int? jaar = null, Guid? wijkId = null) =>
        BestandAsync(mediator, new GetSubsidieregisterBestandQuery(jaar, wijkId, SubsidieregisterFormaat.Csv), ct);

    /// <param name="jaar">Only the subsidies granted in this year (in the Netherlands).</param>
    /// <param name="wijkId">Only the subsidies for this wijk.</param>
    public static Task<FileContentHttpResult> GetSubsidieregisterJson(IMediator mediator, CancellationToken ct, int? jaar = null, Guid? wijkId = null) =>
        BestandAsync(mediator, new GetSubsidieregisterBestandQuery(jaar, wijkId, SubsidieregisterFormaat.Json), ct);

    private static async Task<FileContentHttpResult> BestandAsync(IMediator mediator, GetSubsidieregisterBestandQuery query, CancellationToken ct)
    {
        var bestand = await mediator.Send(query, ct);
        return TypedResults.File(bestand.Content, bestand.ContentType, bestand.FileName);
    }
}
