using Gemeenschapskracht.Api.Endpoints.Conventions;
using Gemeenschapskracht.Api.Web;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Trekkingsrechten.Commands.ConfirmTrekking;
using Gemeenschapskracht.Application.Trekkingsrechten.Commands.CreateTrekkingsrecht;
using Gemeenschapskracht.Application.Trekkingsrechten.Commands.RecordTrekking;
using Gemeenschapskracht.Application.Trekkingsrechten.Dtos;
using Gemeenschapskracht.Application.Trekkingsrechten.Queries.GetTrekkingsrecht;
using Gemeenschapskracht.Application.Trekkingsrechten.Queries.ListTrekkingsrechten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gemeenschapskracht.Api.Endpoints;

/// <summary>Route step 4: trekkingsrechten (vouchers) of resident initiatives, drawn at named suppliers and paid from a wijkbudget line (R4.5).</summary>
public sealed class TrekkingsrechtenEndpoints : IEndpointGroup
{
    public string Route => "trekkingsrechten";

    public string Tag => "Trekkingsrechten";

    public TenantScope Tenant => TenantScope.Gemeente;

    public void Map(RouteGroupBuilder group)
    {
        group.MapGet("", ListTrekkingsrechten).Named().RequiresRole()
            .WithSummary("De trekkingsrechten, nieuwste eerst, of die een organisatie houdt of levert (een organisatie ziet alleen de hare)");
        group.MapGet("/{id:guid}", GetTrekkingsrecht).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Eén trekkingsrecht met saldo, geldigheid en wat waarvoor is getrokken");
        group.MapPost("", CreateTrekkingsrecht).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Een bewonersinitiatief een trekkingsrecht geven: uren ondersteuning of een bedrag, uit een regel van een wijkbudget");
        group.MapPost("/{id:guid}/trekkingen", RecordTrekking).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Een trekking registreren, als leverancier (de houder krijgt een mail om te bevestigen)");
        group.MapPost("/{id:guid}/trekkingen/{nummer:int}/bevestigingen", ConfirmTrekking).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Een trekking bevestigen, als houder van het trekkingsrecht");
    }

    /// <param name="organisatieId">Only the rights this organisation holds or supplies.</param>
    public static async Task<Ok<PagedList<TrekkingsrechtDto>>> ListTrekkingsrechten(IMediator mediator, HttpContext http,
        int page = 1, int pageSize = Paging.DefaultPageSize, Guid? organisatieId = null)
    {
        var result = await mediator.Send(new ListTrekkingsrechtenQuery(page, pageSize, organisatieId), http.RequestAborted);
        http.AddLinkHeader(result);
        return TypedResults.Ok(result);
    }

    public static async Task<Ok<TrekkingsrechtDto>> GetTrekkingsrecht(IMediator mediator, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetTrekkingsrechtQuery(id), ct));

    public static async Task<Created<TrekkingsrechtDto>> CreateTrekkingsrecht(IMediator mediator, CreateTrekkingsrechtCommand command, CancellationToken ct)
    {
        var recht = await mediator.Send(command, ct);
        return TypedResults.Created($"{OpenApi.NlApiDesignRules.BasePath}/trekkingsrechten/{recht.Id}", recht);
    }

    public static async Task<Ok<TrekkingsrechtDto>> RecordTrekking(IMediator mediator, Guid id, RecordTrekkingCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));

    public static async Task<Ok<TrekkingsrechtDto>> ConfirmTrekking(IMediator mediator, Guid id, int nummer, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ConfirmTrekkingCommand(id, nummer), ct));
}
