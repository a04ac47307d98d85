using Gemeenschapskracht.Api.Endpoints.Conventions;
using Gemeenschapskracht.Api.Web;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Wijkbudgetten.Commands.AdoptBudgetmethodiek;
using Gemeenschapskracht.Application.Wijkbudgetten.Commands.CreateBudgetmethodiek;
using Gemeenschapskracht.Application.Wijkbudgetten.Commands.UpdateBudgetmethodiek;
using Gemeenschapskracht.Application.Wijkbudgetten.Dtos;
using Gemeenschapskracht.Application.Wijkbudgetten.Queries.GetBudgetmethodiek;
using Gemeenschapskracht.Application.Wijkbudgetten.Queries.GetGeldendeBudgetmethodiek;
using Gemeenschapskracht.Application.Wijkbudgetten.Queries.GetToedeling;
using Gemeenschapskracht.Application.Wijkbudgetten.Queries.ListBudgetmethodieken;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gemeenschapskracht.Api.Endpoints;

/// <summary>Route step 4: how the gemeente divides its wijkbudgetten over the wijken, adopted by the raad (R4.1).</summary>
public sealed class BudgetmethodiekenEndpoints : IEndpointGroup
{
    public string Route => "budgetmethodieken";

    public string Tag => "Budgetmethodieken";

    public TenantScope Tenant => TenantScope.Gemeente;

    public void Map(RouteGroupBuilder group)
    {
        group.MapGet("", ListBudgetmethodieken).Named()
            .WithSummary("De versies van de budgetmethodiek, nieuwste eerst (het publiek ziet alleen vastgestelde versies)");
        group.MapGet("/geldend", GetGeldendeBudgetmethodiek).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("De budgetmethodiek die nu geldt");
        group.MapGet("/{id:guid}", GetBudgetmethodiek).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Eén versie: envelop, criteria met gewichten, vloer voor organisatorische ondersteuning en opzegtermijn");
        group.MapGet("/{id:guid}/toedeling", GetToedeling).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("De voorgestelde verdeling van de envelop over de wijken, per wijk regel voor regel berekend, in centen die precies optellen");
        group.MapPost("", CreateBudgetmethodiek).Named().ProducesProblems(StatusCodes.Status409Conflict)
            .WithSummary("Een nieuw ontwerp van de methodiek beginnen, over de financieringsbronnen van het geldende beleidskader");
        group.MapPut("/{id:guid}", UpdateBudgetmethodiek).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Titel en inhoud van een ontwerp vervangen (alle velden opgeven)");
        group.MapPost("/{id:guid}/vaststellingen", AdoptBudgetmethodiek).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("De vaststelling door de raad vastleggen, met het raadsbesluit (griffie of gemeente-beheerder)");
    }

    public static async Task<Ok<PagedList<BudgetmethodiekSamenvattingDto>>> ListBudgetmethodieken(IMediator mediator, HttpContext http,
        int page = 1, int pageSize = Paging.DefaultPageSize)
    {
        var result = await mediator.Send(new ListBudgetmethodiekenQuery(page, pageSize), http.RequestAborted);
        http.AddLinkHeader(result);
        return TypedResults.Ok(result);
    }

    public static async Task<Ok<BudgetmethodiekDto>> GetGeldendeBudgetmethodiek(IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetGeldendeBudgetmethodiekQuery(), ct));

    public static async Task<Ok<BudgetmethodiekDto>> GetBudgetmethodiek(IMediator mediator, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetBudgetmethodiekQuery(id), ct));

    public static async Task<Ok<ToedelingDto>> GetToedeling(IMediator mediator, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetToedelingQuery(id), ct));

    public static async Task<Created<BudgetmethodiekDto>> CreateBudgetmethodiek(IMediator mediator, CreateBudgetmethodiekCommand command, CancellationToken ct)
    {
        var methodiek = await mediator.Send(command, ct);
        return TypedResults.Created($"{OpenApi.NlApiDesignRules.BasePath}/budgetmethodieken/{methodiek.Id}", methodiek);
    }

    public static async Task<Ok<BudgetmethodiekDto>> UpdateBudgetmethodiek(IMediator mediator, Guid id, UpdateBudgetmethodiekCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));

    public static async Task<Ok<BudgetmethodiekDto>> AdoptBudgetmethodiek(IMediator mediator, Guid id, AdoptBudgetmethodiekCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));
}
