using Gemeenschapskracht.Api.Endpoints.Conventions;
using Gemeenschapskracht.Api.Web;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Ervaringsconferenties.Commands.CreateErvaringsconferentie;
using Gemeenschapskracht.Application.Ervaringsconferenties.Commands.MarkConferentieGehouden;
using Gemeenschapskracht.Application.Ervaringsconferenties.Commands.PublishConferentieOogst;
using Gemeenschapskracht.Application.Ervaringsconferenties.Commands.RegisterConferentieaanmelding;
using Gemeenschapskracht.Application.Ervaringsconferenties.Commands.UnsubscribeConferentieaanmelding;
using Gemeenschapskracht.Application.Ervaringsconferenties.Commands.UpdateErvaringsconferentie;
using Gemeenschapskracht.Application.Ervaringsconferenties.Dtos;
using Gemeenschapskracht.Application.Ervaringsconferenties.Queries.GetErvaringsconferentie;
using Gemeenschapskracht.Application.Ervaringsconferenties.Queries.ListConferentieaanmeldingen;
using Gemeenschapskracht.Application.Ervaringsconferenties.Queries.ListErvaringsconferenties;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gemeenschapskracht.Api.Endpoints;

/// <summary>Route step 6: ervaringsconferenties (R6.5): a theme across wijken, public registration as for a BuurtTop, the programme and the lessons afterwards.</summary>
public sealed class ErvaringsconferentiesEndpoints : IEndpointGroup
{
    private const string Id = "/{id:guid}";

    public string Route => "ervaringsconferenties";

    public string Tag => "Ervaringsconferenties";

    public TenantScope Tenant => TenantScope.Gemeente;

    public void Map(RouteGroupBuilder group)
    {
        group.MapGet("", ListErvaringsconferenties).Named().WithSummary("De ervaringsconferenties van de gemeente (openbaar), de laatste dag eerst");
        group.MapGet(Id, GetErvaringsconferentie).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Eén ervaringsconferentie met programma, aantal aanmeldingen en, na afloop, de lessen");
        group.MapPost("", CreateErvaringsconferentie).Named().WithSummary("Een ervaringsconferentie plannen: thema, dag, plek, programma, wijken");
        group.MapPut(Id, UpdateErvaringsconferentie).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Een geplande conferentie wijzigen (alle velden opgeven)");
        group.MapGet($"{Id}/aanmeldingen", ListConferentieaanmeldingen).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Wie zich aanmeldde, voor de gemeente die de conferentie organiseert");
        group.MapPost($"{Id}/aanmeldingen", RegisterConferentieaanmelding).Named().RequireRateLimiting(Aanmeldlimiet.Policy)
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status429TooManyRequests)
            .WithSummary("Aanmelden (openbaar, zonder account): naam, e-mailadres en toestemming");
        group.MapPost($"{Id}/afmeldingen", UnsubscribeConferentieaanmelding).Named().RequireRateLimiting(Aanmeldlimiet.Policy)
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status429TooManyRequests)
            .WithSummary("Afmelden met de sleutel uit de bevestiging (openbaar): naam en e-mailadres worden verwijderd");
        group.MapPost($"{Id}/afsluitingen", MarkConferentieGehouden).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Vastleggen dat de conferentie is gehouden; aanmelden sluit");
        group.MapPut($"{Id}/oogst", PublishConferentieOogst).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("De lessen van een gehouden conferentie vastleggen en publiceren");
    }

    public static async Task<Ok<PagedList<ErvaringsconferentieDto>>> ListErvaringsconferenties(IMediator mediator, HttpContext http, int page = 1,
        int pageSize = Paging.DefaultPageSize)
    {
        var result = await mediator.Send(new ListErvaringsconferentiesQuery(page, pageSize), http.RequestAborted);
        http.AddLinkHeader(result);
        return TypedResults.Ok(result);
    }

    public static async Task<Ok<ErvaringsconferentieDto>> GetErvaringsconferentie(IMediator mediator, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetErvaringsconferentieQuery(id), ct));

    public static async Task<Created<ErvaringsconferentieDto>> CreateErvaringsconferentie(IMediator mediator, CreateErvaringsconferentieCommand command,
        CancellationToken ct)
    {
        var conferentie = await mediator.Send(command, ct);
        return TypedResults.Created($"{OpenApi.NlApiDesignRules.BasePath}/ervaringsconferenties/{conferentie.Id}", conferentie);
    }

    public static async Task<Ok<ErvaringsconferentieDto>> UpdateErvaringsconferentie(IMediator mediator, Guid id, UpdateErvaringsconferentieCommand command,
        CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));

    public static async Task<Ok<IReadOnlyList<ConferentieaanmeldingDto>>> ListConferentieaanmeldingen(IMediator mediator, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListConferentieaanmeldingenQuery(id), ct));

    public static async Task<Ok<ConferentieaanmeldingBevestigingDto>> RegisterConferentieaanmelding(IMediator mediator, Guid id,
        RegisterConferentieaanmeldingCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { ConferentieId = id }, ct));

    public static async Task<Ok<ConferentieaanmeldingBevestigingDto>> UnsubscribeConferentieaanmelding(IMediator mediator, Guid id,
        UnsubscribeConferentieaanmeldingCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { ConferentieId = id }, ct));

    public static async Task<Ok<ErvaringsconferentieDto>> MarkConferentieGehouden(IMediator mediator, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new MarkConferentieGehoudenCommand(id), ct));

    public static async Task<Ok<ErvaringsconferentieDto>> PublishConferentieOogst(IMediator mediator, Guid id, PublishConferentieOogstCommand command,
        CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));
}
