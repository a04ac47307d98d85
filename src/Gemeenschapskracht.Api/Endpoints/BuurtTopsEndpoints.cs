using Gemeenschapskracht.Api.Endpoints.Conventions;
using Gemeenschapskracht.Api.Web;
using Gemeenschapskracht.Application.Bijlagen.Dtos;
using Gemeenschapskracht.Application.BuurtTops.Commands.CreateBuurtTop;
using Gemeenschapskracht.Application.BuurtTops.Commands.LinkWijkbeeld;
using Gemeenschapskracht.Application.BuurtTops.Commands.ProcessBuurtTop;
using Gemeenschapskracht.Application.BuurtTops.Commands.RecordAanwezigheid;
using Gemeenschapskracht.Application.BuurtTops.Commands.RegisterAanmelding;
using Gemeenschapskracht.Application.BuurtTops.Commands.SendUitnodigingen;
using Gemeenschapskracht.Application.BuurtTops.Commands.StartVoorbereiding;
using Gemeenschapskracht.Application.BuurtTops.Commands.UnsubscribeAanmelding;
using Gemeenschapskracht.Application.BuurtTops.Commands.UpdateBuurtTop;
using Gemeenschapskracht.Application.BuurtTops.Commands.UpdateBuurtTopCyclus;
using Gemeenschapskracht.Application.BuurtTops.Commands.UpdateOpbrengsten;
using Gemeenschapskracht.Application.BuurtTops.Commands.UpdateVoorbereidingsplan;
using Gemeenschapskracht.Application.BuurtTops.Dtos;
using Gemeenschapskracht.Application.BuurtTops.Queries.GetBuurtTop;
using Gemeenschapskracht.Application.BuurtTops.Queries.GetBuurtTopCyclus;
using Gemeenschapskracht.Application.BuurtTops.Queries.ListAanmeldingen;
using Gemeenschapskracht.Application.BuurtTops.Queries.ListBuurtTops;
using Gemeenschapskracht.Application.BuurtTops.Queries.ListUitnodigingen;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Domain.Bijlagen;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gemeenschapskracht.Api.Endpoints;

/// <summary>
/// Route step 3: the BuurtTop per wijk, prepared and held by its organiser, with invitations, public registration
/// (rate limited, no account), attendance and outputs; and the gemeente's BuurtTop cycle.
/// </summary>
public sealed class BuurtTopsEndpoints : IEndpointGroup
{
    private const string Basis = $"{OpenApi.NlApiDesignRules.BasePath}/buurttops";

    public string Route => "buurttops";

    public string Tag => "BuurtTops";

    public TenantScope Tenant => TenantScope.Gemeente;

    public void Map(RouteGroupBuilder group)
    {
        group.MapGet("", ListBuurtTops).Named().WithSummary("De BuurtTops per wijk, de nieuwste eerst (openbaar)");
        group.MapGet("/{id:guid}", GetBuurtTop).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Eén BuurtTop: voor het publiek datum, plek, organisator, plaatsen en (na afloop) de opbrengsten; voor de gemeente ook plan, voortgang en signaleringen");
        group.MapPost("", CreateBuurtTop).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Een BuurtTop aankondigen in een wijk; hij bouwt voort op het gedeelde wijkbeeld (een waarschuwing als er geen is)");
        group.MapPut("/{id:guid}", UpdateBuurtTop).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Titel, datum, plek, maximum en organisator vervangen (alle velden opgeven)");
        group.MapPut("/{id:guid}/voorbereidingsplan", UpdateVoorbereidingsplan).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Het voorbereidingsplan vervangen: thema's, werkgroepen, mijlpalen (hoogstens een jaar vooraf), informatiebehoeften en begroting");
        group.MapPost("/{id:guid}/voorbereidingen", StartVoorbereiding).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("De voorbereiding starten (de organisator is gekozen)");
        group.MapPost("/{id:guid}/wijkbeeldkoppelingen", LinkWijkbeeld).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Het nieuwste gedeelde wijkbeeld van de wijk koppelen");
        group.MapGet("/{id:guid}/uitnodigingen", ListUitnodigingen).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("De verstuurde uitnodigingen: alleen voor het team van de organisator en de gemeente");
        group.MapPost("/{id:guid}/uitnodigingen", SendUitnodigingen).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Uitnodigingen per categorie mailen; een adres dat al is uitgenodigd krijgt geen tweede");
        group.MapGet("/{id:guid}/aanmeldingen", ListAanmeldingen).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("De aanmeldingen en de wachtlijst: alleen voor het team van de organisator en de gemeente");
        group.MapPost("/{id:guid}/aanmeldingen", RegisterAanmelding).Named().RequireRateLimiting(Aanmeldlimiet.Policy)
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status429TooManyRequests)
            .WithSummary("Aanmelden zonder account (openbaar, begrensd per adres): naam of voorletters, e-mailadres, categorie en toestemming; boven het maximum op de wachtlijst");
        group.MapPost("/{id:guid}/afmeldingen", UnsubscribeAanmelding).Named().RequireRateLimiting(Aanmeldlimiet.Policy)
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status429TooManyRequests)
            .WithSummary("Afmelden met de sleutel uit de bevestiging (openbaar): naam en e-mailadres worden verwijderd, de eerste op de wachtlijst schuift door");
        group.MapPost("/{id:guid}/aanwezigheid", RecordAanwezigheid).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("De aanwezigen per categorie vastleggen, op of na de dag: de BuurtTop is gehouden");
        group.MapPut("/{id:guid}/opbrengsten", UpdateOpbrengsten).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("De dromen en ambities van de tafels vervangen; de gemeente kan niet wijzigen wat bewoners schreven");
        group.MapPost("/{id:guid}/verwerkingen", ProcessBuurtTop).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Vastleggen dat de opbrengsten zijn verwerkt in de wijktoekomstagenda");
        group.MapBijlagen(ListBuurtTopBijlagen, GetBuurtTopBijlage, UploadBuurtTopBijlage, "De foto's en documenten (voor het publiek zodra de BuurtTop is gehouden)");
        group.MapGet("/cyclus", GetBuurtTopCyclus).Named().RequiresRole()
            .WithSummary("De BuurtTop-cyclus van de gemeente (de standaard als er geen is ingesteld) en de volgende BuurtTop-dagen");
        group.MapPut("/cyclus", UpdateBuurtTopCyclus).Named()
            .WithSummary("De BuurtTop-cyclus instellen: interval, aankondigingstermijn, herinneringen, regio en de regel van de BuurtTop-dag");
    }

    public static async Task<Ok<PagedList<BuurtTopSamenvattingDto>>> ListBuurtTops(IMediator mediator, HttpContext http,
        int page = 1, int pageSize = Paging.DefaultPageSize, Guid? wijkId = null)
    {
        var result = await mediator.Send(new ListBuurtTopsQuery(page, pageSize, wijkId), http.RequestAborted);
        http.AddLinkHeader(result);
        return TypedResults.Ok(result);
    }

    public static async Task<Ok<BuurtTopDto>> GetBuurtTop(IMediator mediator, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetBuurtTopQuery(id), ct));

    public static async Task<Created<BuurtTopDto>> CreateBuurtTop(IMediator mediator, CreateBuurtTopCommand command, CancellationToken ct)
    {
        var buurtTop = await mediator.Send(command, ct);
        return TypedResults.Created($"{Basis}/{buurtTop.Id}", buurtTop);
    }

    public static async Task<Ok<BuurtTopDto>> UpdateBuurtTop(IMediator mediator, Guid id, UpdateBuurtTopCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));

    public static async Task<Ok<BuurtTopDto>> UpdateVoorbereidingsplan(IMediator mediator, Guid id, UpdateVoorbereidingsplanCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));

    public static async Task<Ok<BuurtTopDto>> StartVoorbereiding(IMediator mediator, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new StartVoorbereidingCommand(id), ct));

    public static async Task<Ok<BuurtTopDto>> LinkWijkbeeld(IMediator mediator, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new LinkWijkbeeldCommand(id), ct));

    public static async Task<Ok<PagedList<BuurtTopUitnodigingDto>>> ListUitnodigingen(IMediator mediator, HttpContext http, Guid id,
        int page = 1, int pageSize = Paging.DefaultPageSize)
    {
        var result = await mediator.Send(new ListUitnodigingenQuery(id, page, pageSize), http.RequestAborted);
        http.AddLinkHeader(result);
        return TypedResults.Ok(result);
    }

    public static async Task<Ok<UitnodigingenResultaatDto>> SendUitnodigingen(IMediator mediator, Guid id, SendUitnodigingenCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { BuurtTopId = id }, ct));

    public static async Task<Ok<PagedList<AanmeldingDto>>> ListAanmeldingen(IMediator mediator, HttpContext http, Guid id,
        int page = 1, int pageSize = Paging.DefaultPageSize)
    {
        var result = await mediator.Send(new ListAanmeldingenQuery(id, page, pageSize), http.RequestAborted);
        http.AddLinkHeader(result);
        return TypedResults.Ok(result);
    }

    public static async Task<Created<AanmeldingBevestigingDto>> RegisterAanmelding(IMediator mediator, Guid id, RegisterAanmeldingCommand command, CancellationToken ct) =>
        TypedResults.Created($"{Basis}/{id}", await mediator.Send(command with { BuurtTopId = id }, ct));

    public static async Task<Ok<AanmeldingBevestigingDto>> UnsubscribeAanmelding(IMediator mediator, Guid id, UnsubscribeAanmeldingCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { BuurtTopId = id }, ct));

    public static async Task<Ok<BuurtTopDto>> RecordAanwezigheid(IMediator mediator, Guid id, RecordAanwezigheidCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));

    public static async Task<Ok<BuurtTopDto>> UpdateOpbrengsten(IMediator mediator, Guid id, UpdateOpbrengstenCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));

    public static async Task<Ok<BuurtTopDto>> ProcessBuurtTop(IMediator mediator, Guid id, ProcessBuurtTopCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));

    public static Task<Ok<IReadOnlyList<BijlageDto>>> ListBuurtTopBijlagen(IMediator mediator, Guid id, CancellationToken ct) =>
        BijlageEndpoints.LijstAsync(mediator, Onderwerp.BuurtTop, id, ct);

    public static Task<FileContentHttpResult> GetBuurtTopBijlage(IMediator mediator, Guid id, Guid bijlageId, CancellationToken ct) =>
        BijlageEndpoints.DownloadAsync(mediator, Onderwerp.BuurtTop, id, bijlageId, ct);

    /// <param name="naam">The file name to show and download with, e.g. <c>tafel-wonen.jpg</c>.</param>
    public static Task<Created<BijlageDto>> UploadBuurtTopBijlage(IMediator mediator, HttpRequest request, Guid id, string naam, CancellationToken ct) =>
        BijlageEndpoints.PlaatsAsync(mediator, request, Onderwerp.BuurtTop, "buurttops", id, naam, ct);

    public static async Task<Ok<BuurtTopCyclusDto>> GetBuurtTopCyclus(IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetBuurtTopCyclusQuery(), ct));

    public static async Task<Ok<BuurtTopCyclusDto>> UpdateBuurtTopCyclus(IMediator mediator, UpdateBuurtTopCyclusCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command, ct));
}
