using Gemeenschapskracht.Api.Endpoints.Conventions;
using Gemeenschapskracht.Api.Web;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Verzoeken.Commands.AnswerVerzoek;
using Gemeenschapskracht.Application.Verzoeken.Commands.AnswerVerzoekMetSleutel;
using Gemeenschapskracht.Application.Verzoeken.Commands.SendVerzoek;
using Gemeenschapskracht.Application.Verzoeken.Commands.UpdateReactietermijn;
using Gemeenschapskracht.Application.Verzoeken.Commands.UpdateToezegging;
using Gemeenschapskracht.Application.Verzoeken.Dtos;
using Gemeenschapskracht.Application.Verzoeken.Queries.GetReactietermijn;
using Gemeenschapskracht.Application.Verzoeken.Queries.GetTracker;
using Gemeenschapskracht.Application.Verzoeken.Queries.GetVerzoek;
using Gemeenschapskracht.Application.Verzoeken.Queries.GetVerzoekMetSleutel;
using Gemeenschapskracht.Application.Verzoeken.Queries.ListVerzoeken;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gemeenschapskracht.Api.Endpoints;

/// <summary>The agenda's requests to institutions, their answers and promises, and the public tracker (R3.7, J10).</summary>
public sealed class VerzoekenEndpoints : IEndpointGroup
{
    private const string Base = $"{OpenApi.NlApiDesignRules.BasePath}/verzoeken";

    public string Route => "verzoeken";

    public string Tag => "Verzoeken";

    public TenantScope Tenant => TenantScope.Gemeente;

    public void Map(RouteGroupBuilder group)
    {
        group.MapGet("", ListVerzoeken).Named().RequiresRole()
            .WithSummary("De verzoeken aan instellingen, nieuwste eerst, voor de leden van de gemeente");
        group.MapGet("/tracker", GetTracker).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("De openbare tracker per wijk of voor de gemeente: wie op tijd, te laat of niet antwoordde, en de toezeggingen met hun datum");
        group.MapGet("/reactietermijn", GetReactietermijn).Named().RequiresRole()
            .WithSummary("De reactietermijn van de gemeente in weken (standaard zes)");
        group.MapPut("/reactietermijn", UpdateReactietermijn).Named()
            .WithSummary("De reactietermijn van de gemeente instellen, voor verzoeken die vanaf nu worden verstuurd");
        group.MapGet("/sleutels/{sleutel}", GetVerzoekMetSleutel).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Het verzoek achter een antwoordlink, voor de antwoordpagina van de instelling (zonder account)");
        group.MapPost("/sleutels/{sleutel}/antwoorden", AnswerVerzoekMetSleutel).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Het antwoord van de instelling via de antwoordlink; na de termijn wordt het als te laat vastgelegd");
        group.MapGet("/{id:guid}", GetVerzoek).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Eén verzoek met antwoord en toezeggingen");
        group.MapPost("", SendVerzoek).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Een verzoek van de agenda aan een organisatie uit het register versturen, met de reactietermijn van de gemeente");
        group.MapPost("/{id:guid}/antwoorden", AnswerVerzoek).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Het antwoord van een lid van de aangeschreven organisatie");
        group.MapPost("/{id:guid}/toezeggingen/{toezeggingId:guid}/voortgang", UpdateToezegging).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Vastleggen of een toezegging is nagekomen");
    }

    public static async Task<Ok<PagedList<VerzoekDto>>> ListVerzoeken(IMediator mediator, HttpContext http,
        int page = 1, int pageSize = Paging.DefaultPageSize, Guid? agendaId = null, Guid? wijkId = null)
    {
        var result = await mediator.Send(new ListVerzoekenQuery(page, pageSize, agendaId, wijkId), http.RequestAborted);
        http.AddLinkHeader(result);
        return TypedResults.Ok(result);
    }

    public static async Task<Ok<TrackerDto>> GetTracker(IMediator mediator, CancellationToken ct, Guid? wijkId = null) =>
        TypedResults.Ok(await mediator.Send(new GetTrackerQuery(wijkId), ct));

    public static async Task<Ok<ReactietermijnDto>> GetReactietermijn(IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetReactietermijnQuery(), ct));

    public static async Task<Ok<ReactietermijnDto>> UpdateReactietermijn(IMediator mediator, UpdateReactietermijnCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command, ct));

    public static async Task<Ok<VerzoekDto>> GetVerzoekMetSleutel(IMediator mediator, string sleutel, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetVerzoekMetSleutelQuery(sleutel), ct));

    public static async Task<Ok<VerzoekDto>> AnswerVerzoekMetSleutel(IMediator mediator, string sleutel, AnswerVerzoekMetSleutelCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Sleutel = sleutel }, ct));

    public static async Task<Ok<VerzoekDto>> GetVerzoek(IMediator mediator, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetVerzoekQuery(id), ct));

    public static async Task<Created<VerzoekDto>> SendVerzoek(IMediator mediator, SendVerzoekCommand command, CancellationToken ct)
    {
        var verzoek = await mediator.Send(command, ct);
        return TypedResults.Created($"{Base}/{verzoek.Id}", verzoek);
    }

    public static async Task<Ok<VerzoekDto>> AnswerVerzoek(IMediator mediator, Guid id, AnswerVerzoekCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));

    public static async Task<Ok<InstellingToezeggingDto>> UpdateToezegging(IMediator mediator, Guid id, Guid toezeggingId, UpdateToezeggingCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { VerzoekId = id, ToezeggingId = toezeggingId }, ct));
}
