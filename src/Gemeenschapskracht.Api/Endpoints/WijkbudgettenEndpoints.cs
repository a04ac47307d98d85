using Gemeenschapskracht.Api.Endpoints.Conventions;
using Gemeenschapskracht.Api.Web;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Wijkbudgetten.Commands.AdjustWijkbudget;
using Gemeenschapskracht.Application.Wijkbudgetten.Commands.CreateWijkbudget;
using Gemeenschapskracht.Application.Wijkbudgetten.Commands.EvaluateWijkbudget;
using Gemeenschapskracht.Application.Wijkbudgetten.Commands.ExtendWijkbudget;
using Gemeenschapskracht.Application.Wijkbudgetten.Commands.GrantWijkbudget;
using Gemeenschapskracht.Application.Wijkbudgetten.Commands.ReviseWijkbudget;
using Gemeenschapskracht.Application.Wijkbudgetten.Commands.UpdateWijkbudget;
using Gemeenschapskracht.Application.Wijkbudgetten.Dtos;
using Gemeenschapskracht.Application.Wijkbudgetten.Queries.GetWijkbudget;
using Gemeenschapskracht.Application.Wijkbudgetten.Queries.ListWijkbudgetten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gemeenschapskracht.Api.Endpoints;

/// <summary>Route step 4: the multi-year budget per wijk, granted by the raad, released per year (R4.2, Awb 4:34, G-9).</summary>
public sealed class WijkbudgettenEndpoints : IEndpointGroup
{
    public string Route => "wijkbudgetten";

    public string Tag => "Wijkbudgetten";

    public TenantScope Tenant => TenantScope.Gemeente;

    public void Map(RouteGroupBuilder group)
    {
        group.MapGet("", ListWijkbudgetten).Named()
            .WithSummary("De wijkbudgetten, van de gemeente of van één wijk (het publiek ziet wat de raad heeft toegekend)");
        group.MapGet("/{id:guid}", GetWijkbudget).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Eén wijkbudget: regels, bronnen, tranches per jaar en elke wijziging sinds de toekenning");
        group.MapPost("", CreateWijkbudget).Named().ProducesProblems(StatusCodes.Status409Conflict)
            .WithSummary("Een meerjarig wijkbudget voorstellen onder de geldende methodiek");
        group.MapPut("/{id:guid}", UpdateWijkbudget).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Regels en bronnen van een voorstel vervangen (alle velden opgeven)");
        group.MapPost("/{id:guid}/toekenningen", GrantWijkbudget).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("De toekenning door de raad vastleggen, met het raadsbesluit (griffie of gemeente-beheerder)");
        group.MapPost("/{id:guid}/aanpassingen", AdjustWijkbudget).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Een toegekend wijkbudget aanpassen, met toelichting; een verlaging vraagt een raadsbesluit en de opzegtermijn (G-9)");
        group.MapPost("/{id:guid}/evaluaties", EvaluateWijkbudget).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("De evaluatie vastleggen, in het laatste jaar van de periode");
        group.MapPost("/{id:guid}/verlengingen", ExtendWijkbudget).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Een geëvalueerd wijkbudget ongewijzigd verlengen: een voorstel voor de volgende periode");
        group.MapPost("/{id:guid}/herzieningen", ReviseWijkbudget).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Een geëvalueerd wijkbudget herzien: een voorstel voor de volgende periode met nieuwe regels");
    }

    /// <param name="wijkId">Only the budgets of this wijk.</param>
    public static async Task<Ok<PagedList<WijkbudgetSamenvattingDto>>> ListWijkbudgetten(IMediator mediator, HttpContext http,
        int page = 1, int pageSize = Paging.DefaultPageSize, Guid? wijkId = null)
    {
        var result = await mediator.Send(new ListWijkbudgettenQuery(page, pageSize, wijkId), http.RequestAborted);
        http.AddLinkHeader(result);
        return TypedResults.Ok(result);
    }

    public static async Task<Ok<WijkbudgetDto>> GetWijkbudget(IMediator mediator, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetWijkbudgetQuery(id), ct));

    public static async Task<Created<WijkbudgetDto>> CreateWijkbudget(IMediator mediator, CreateWijkbudgetCommand command, CancellationToken ct) =>
        Nieuw(await mediator.Send(command, ct));

    public static async Task<Ok<WijkbudgetDto>> UpdateWijkbudget(IMediator mediator, Guid id, UpdateWijkbudgetCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));

    public static async Task<Ok<WijkbudgetDto>> GrantWijkbudget(IMediator mediator, Guid id, GrantWijkbudgetCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));

    public static async Task<Ok<WijkbudgetDto>> AdjustWijkbudget(IMediator mediator, Guid id, AdjustWijkbudgetCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));

    public static async Task<Ok<WijkbudgetDto>> EvaluateWijkbudget(IMediator mediator, Guid id, EvaluateWijkbudgetCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));

    public static async Task<Created<WijkbudgetDto>> ExtendWijkbudget(IMediator mediator, Guid id, ExtendWijkbudgetCommand command, CancellationToken ct) =>
        Nieuw(await mediator.Send(command with { Id = id }, ct));

    public static async Task<Created<WijkbudgetDto>> ReviseWijkbudget(IMediator mediator, Guid id, ReviseWijkbudgetCommand command, CancellationToken ct) =>
        Nieuw(await mediator.Send(command with { Id = id }, ct));

    private static Created<WijkbudgetDto> Nieuw(WijkbudgetDto budget) =>
        TypedResults.Created($"{OpenApi.NlApiDesignRules.BasePath}/wijkbudgetten/{budget.Id}", budget);
}
