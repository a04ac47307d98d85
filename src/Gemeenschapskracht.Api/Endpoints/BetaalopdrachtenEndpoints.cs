using Gemeenschapskracht.Api.Endpoints.Conventions;
using Gemeenschapskracht.Api.Web;
using Gemeenschapskracht.Application.Common.Betalingen;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Subsidies.Commands.ConfirmBetaalopdracht;
using Gemeenschapskracht.Application.Subsidies.Commands.CreateBetaalopdracht;
using Gemeenschapskracht.Application.Subsidies.Dtos;
using Gemeenschapskracht.Application.Subsidies.Queries.GetBetaalbestand;
using Gemeenschapskracht.Application.Subsidies.Queries.GetBetaalopdracht;
using Gemeenschapskracht.Application.Subsidies.Queries.ListBetaalopdrachten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gemeenschapskracht.Api.Endpoints;

/// <summary>Route step 4: payment batches of due voorschotten, exported as SEPA credit transfers (pain.001.001.03).</summary>
public sealed class BetaalopdrachtenEndpoints : IEndpointGroup
{
    public string Route => "betaalopdrachten";

    public string Tag => "Betaalopdrachten";

    public TenantScope Tenant => TenantScope.Gemeente;

    public void Map(RouteGroupBuilder group)
    {
        group.MapGet("", ListBetaalopdrachten).Named().RequiresRole()
            .WithSummary("De betaalopdrachten, nieuwste eerst");
        group.MapGet("/{id:guid}", GetBetaalopdracht).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Eén betaalopdracht met haar betalingen");
        group.MapGet("/{id:guid}/pain001", GetPain001).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound)
            .Produces(StatusCodes.Status200OK, contentType: Pain001Bestand.ContentType)
            .WithSummary("De betaalopdracht als SEPA-bestand (pain.001.001.03) voor het financiële systeem of de bank");
        group.MapPost("", CreateBetaalopdracht).Named().ProducesProblems(StatusCodes.Status409Conflict)
            .WithSummary("De voorschotten die op de uitvoerdatum betaalbaar zijn in één betaalopdracht zetten (niet onder begrotingsvoorbehoud, Awb 4:34)");
        group.MapPost("/{id:guid}/uitvoeringen", ConfirmBetaalopdracht).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Vastleggen dat de bank de betaalopdracht heeft uitgevoerd: haar voorschotten zijn betaald");
    }

    public static async Task<Ok<PagedList<BetaalopdrachtDto>>> ListBetaalopdrachten(IMediator mediator, HttpContext http,
        int page = 1, int pageSize = Paging.DefaultPageSize)
    {
        var result = await mediator.Send(new ListBetaalopdrachtenQuery(page, pageSize), http.RequestAborted);
        http.AddLinkHeader(result);
        return TypedResults.Ok(result);
    }

    public static async Task<Ok<BetaalopdrachtDto>> GetBetaalopdracht(IMediator mediator, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetBetaalopdrachtQuery(id), ct));

    public static async Task<FileContentHttpResult> GetPain001(IMediator mediator, Guid id, CancellationToken ct)
    {
        var bestand = await mediator.Send(new GetBetaalbestandQuery(id), ct);
        return TypedResults.File(bestand.Content, Pain001Bestand.ContentType, bestand.FileName);
    }

    public static async Task<Created<BetaalopdrachtDto>> CreateBetaalopdracht(IMediator mediator, CreateBetaalopdrachtCommand command, CancellationToken ct)
    {
        var opdracht = await mediator.Send(command, ct);
        return TypedResults.Created($"{OpenApi.NlApiDesignRules.BasePath}/betaalopdrachten/{opdracht.Id}", opdracht);
    }

    public static async Task<Ok<BetaalopdrachtDto>> ConfirmBetaalopdracht(IMediator mediator, Guid id, ConfirmBetaalopdrachtCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));
}
