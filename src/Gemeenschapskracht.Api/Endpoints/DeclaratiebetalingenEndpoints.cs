using Gemeenschapskracht.Api.Endpoints.Conventions;
using Gemeenschapskracht.Api.Web;
using Gemeenschapskracht.Application.Common.Betalingen;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Declaraties.Commands.CreateDeclaratiebetaling;
using Gemeenschapskracht.Application.Declaraties.Commands.ExecuteDeclaratiebetaling;
using Gemeenschapskracht.Application.Declaraties.Commands.WithdrawDeclaratiebetaling;
using Gemeenschapskracht.Application.Declaraties.Dtos;
using Gemeenschapskracht.Application.Declaraties.Queries.GetDeclaratiebetaling;
using Gemeenschapskracht.Application.Declaraties.Queries.GetDeclaratiebetalingBestand;
using Gemeenschapskracht.Application.Declaraties.Queries.ListDeclaratiebetalingen;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gemeenschapskracht.Api.Endpoints;

/// <summary>Route step 5: a host's payment batches of approved declaraties, as SEPA credit transfers (pain.001.001.03), booked when executed.</summary>
public sealed class DeclaratiebetalingenEndpoints : IEndpointGroup
{
    public string Route => "declaratiebetalingen";

    public string Tag => "Declaratiebetalingen";

    public TenantScope Tenant => TenantScope.Gemeente;

    public void Map(RouteGroupBuilder group)
    {
        group.MapGet("", ListDeclaratiebetalingen).Named().RequiresRole()
            .WithSummary("De betalingen van declaraties, nieuwste eerst (de backoffice die van haar host)");
        group.MapGet("/{id:guid}", GetDeclaratiebetaling).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Eén betaling met haar overboekingen");
        group.MapGet("/{id:guid}/pain001", GetDeclaratiebetalingPain001).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .Produces(StatusCodes.Status200OK, contentType: Pain001Bestand.ContentType)
            .WithSummary("De betaling als SEPA-bestand (pain.001.001.03) voor de bank van de host");
        group.MapPost("", CreateDeclaratiebetaling).Named().ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .WithSummary("Alle goedgekeurde declaraties van de groepen van een host in één betaling zetten (niets als een groep te weinig saldo heeft)");
        group.MapPost("/{id:guid}/uitvoeringen", ExecuteDeclaratiebetaling).Named().ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .WithSummary("Vastleggen dat de bank de betaling heeft uitgevoerd: de declaraties zijn betaald en geboekt");
        group.MapPost("/{id:guid}/intrekkingen", WithdrawDeclaratiebetaling).Named().ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .WithSummary("Een klaargezette betaling intrekken die de bank niet uitvoerde: de declaraties komen vrij voor een nieuwe betaling");
    }

    public static async Task<Ok<PagedList<DeclaratiebetalingDto>>> ListDeclaratiebetalingen(IMediator mediator, HttpContext http,
        int page = 1, int pageSize = Paging.DefaultPageSize)
    {
        var result = await mediator.Send(new ListDeclaratiebetalingenQuery(page, pageSize), http.RequestAborted);
        http.AddLinkHeader(result);
        return TypedResults.Ok(result);
    }

    public static async Task<Ok<DeclaratiebetalingDto>> GetDeclaratiebetaling(IMediator mediator, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetDeclaratiebetalingQuery(id), ct));

    public static async Task<FileContentHttpResult> GetDeclaratiebetalingPain001(IMediator mediator, Guid id, CancellationToken ct)
    {
        var bestand = await mediator.Send(new GetDeclaratiebetalingBestandQuery(id), ct);
        return TypedResults.File(bestand.Content, Pain001Bestand.ContentType, bestand.FileName);
    }

    public static async Task<Created<DeclaratiebetalingDto>> CreateDeclaratiebetaling(IMediator mediator, CreateDeclaratiebetalingCommand command, CancellationToken ct)
    {
        var betaling = await mediator.Send(command, ct);
        return TypedResults.Created($"{OpenApi.NlApiDesignRules.BasePath}/declaratiebetalingen/{betaling.Id}", betaling);
    }

    public static async Task<Ok<DeclaratiebetalingDto>> ExecuteDeclaratiebetaling(IMediator mediator, Guid id, ExecuteDeclaratiebetalingCommand command,
        CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));

    public static async Task<Ok<DeclaratiebetalingDto>> WithdrawDeclaratiebetaling(IMediator mediator, Guid id, WithdrawDeclaratiebetalingCommand command,
        CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));
}
