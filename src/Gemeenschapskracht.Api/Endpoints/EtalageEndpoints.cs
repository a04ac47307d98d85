using Gemeenschapskracht.Api.Endpoints.Conventions;
using Gemeenschapskracht.Api.Web;
using Gemeenschapskracht.Application.Bijlagen.Dtos;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Etalage.Commands.ArchiveEtalageverhaal;
using Gemeenschapskracht.Application.Etalage.Commands.GiveEtalageToestemming;
using Gemeenschapskracht.Application.Etalage.Commands.NominateEtalageverhaal;
using Gemeenschapskracht.Application.Etalage.Commands.PublishEtalageverhaal;
using Gemeenschapskracht.Application.Etalage.Commands.UpdateEtalageverhaal;
using Gemeenschapskracht.Application.Etalage.Dtos;
using Gemeenschapskracht.Application.Etalage.Queries.GetEtalageverhaal;
using Gemeenschapskracht.Application.Etalage.Queries.ListEtalageverhalen;
using Gemeenschapskracht.Domain.Bijlagen;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gemeenschapskracht.Api.Endpoints;

/// <summary>Route step 6: the gemeentelijke etalage (R6.4): stories of initiatives that work, nominated by anyone taking part, curated and published by the gemeente with consent.</summary>
public sealed class EtalageEndpoints : IEndpointGroup
{
    private const string Id = "/{id:guid}";

    public string Route => "etalage";

    public string Tag => "Etalage";

    public TenantScope Tenant => TenantScope.Gemeente;

    public void Map(RouteGroupBuilder group)
    {
        group.MapGet("", ListEtalageverhalen).Named()
            .WithSummary("De etalage: de gepubliceerde verhalen; de gemeente ziet ook de genomineerde en gearchiveerde (filter op status)");
        group.MapGet(Id, GetEtalageverhaal).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Eén verhaal: gepubliceerd voor iedereen, anders voor de gemeente en wie het nomineerde");
        group.MapPost("", NominateEtalageverhaal).Named().WithSummary("Een verhaal nomineren voor de etalage: titel, verhaal, wat anderen ervan leren, contact, herkomst");
        group.MapPut(Id, UpdateEtalageverhaal).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Een genomineerd verhaal en zijn foto's wijzigen (alle velden opgeven); de toestemming wordt opnieuw gevraagd");
        group.MapPost($"{Id}/toestemmingen", GiveEtalageToestemming).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("De toestemming van het initiatief: door een lid van het initiatief, of vastgelegd door de gemeente");
        group.MapPost($"{Id}/publicaties", PublishEtalageverhaal).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Een verhaal in de etalage zetten: met toestemming van het initiatief en voor elke foto");
        group.MapPost($"{Id}/archiveringen", ArchiveEtalageverhaal).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Een verhaal uit de etalage halen; het blijft bewaard, niet openbaar");
        group.MapBijlagen(ListEtalageBijlagen, GetEtalageBijlage, UploadEtalageBijlage, "De foto's van een verhaal, voor wie het verhaal mag zien");
    }

    public static async Task<Ok<PagedList<EtalageverhaalDto>>> ListEtalageverhalen(IMediator mediator, HttpContext http, int page = 1,
        int pageSize = Paging.DefaultPageSize, string? status = null)
    {
        var result = await mediator.Send(new ListEtalageverhalenQuery(page, pageSize, status), http.RequestAborted);
        http.AddLinkHeader(result);
        return TypedResults.Ok(result);
    }

    public static async Task<Ok<EtalageverhaalDto>> GetEtalageverhaal(IMediator mediator, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetEtalageverhaalQuery(id), ct));

    public static async Task<Created<EtalageverhaalDto>> NominateEtalageverhaal(IMediator mediator, NominateEtalageverhaalCommand command, CancellationToken ct)
    {
        var verhaal = await mediator.Send(command, ct);
        return TypedResults.Created($"{OpenApi.NlApiDesignRules.BasePath}/etalage/{verhaal.Id}", verhaal);
    }

    public static async Task<Ok<EtalageverhaalDto>> UpdateEtalageverhaal(IMediator mediator, Guid id, UpdateEtalageverhaalCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));

    public static async Task<Ok<EtalageverhaalDto>> GiveEtalageToestemming(IMediator mediator, Guid id, GiveEtalageToestemmingCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));

    public static async Task<Ok<EtalageverhaalDto>> PublishEtalageverhaal(IMediator mediator, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new PublishEtalageverhaalCommand(id), ct));

    public static async Task<Ok<EtalageverhaalDto>> ArchiveEtalageverhaal(IMediator mediator, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ArchiveEtalageverhaalCommand(id), ct));

    public static Task<Ok<IReadOnlyList<BijlageDto>>> ListEtalageBijlagen(IMediator mediator, Guid id, CancellationToken ct) =>
        BijlageEndpoints.LijstAsync(mediator, Onderwerp.Etalageverhaal, id, ct);

    public static Task<FileContentHttpResult> GetEtalageBijlage(IMediator mediator, Guid id, Guid bijlageId, CancellationToken ct) =>
        BijlageEndpoints.DownloadAsync(mediator, Onderwerp.Etalageverhaal, id, bijlageId, ct);

    /// <param name="naam">The file name to show and download with, e.g. <c>buurtkamer.jpg</c>.</param>
    public static Task<Created<BijlageDto>> UploadEtalageBijlage(IMediator mediator, HttpRequest request, Guid id, string naam, CancellationToken ct) =>
        BijlageEndpoints.PlaatsAsync(mediator, request, Onderwerp.Etalageverhaal, "etalage", id, naam, ct);
}
