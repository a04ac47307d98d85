using Gemeenschapskracht.Api.Endpoints.Conventions;
using Gemeenschapskracht.Api.Web;
using Gemeenschapskracht.Application.Beleidskaders.Commands.AdoptBeleidskader;
using Gemeenschapskracht.Application.Beleidskaders.Commands.CreateBeleidskader;
using Gemeenschapskracht.Application.Beleidskaders.Commands.SubmitBeleidskader;
using Gemeenschapskracht.Application.Beleidskaders.Commands.UpdateBeleidskader;
using Gemeenschapskracht.Application.Beleidskaders.Commands.WithdrawBeleidskader;
using Gemeenschapskracht.Application.Beleidskaders.Dtos;
using Gemeenschapskracht.Application.Beleidskaders.Queries.CompareBeleidskaders;
using Gemeenschapskracht.Application.Beleidskaders.Queries.GetBeleidskader;
using Gemeenschapskracht.Application.Beleidskaders.Queries.GetBeleidskaderDocument;
using Gemeenschapskracht.Application.Beleidskaders.Queries.GetGeldendBeleidskader;
using Gemeenschapskracht.Application.Beleidskaders.Queries.ListBeleidskaders;
using Gemeenschapskracht.Application.Bijlagen.Dtos;
using Gemeenschapskracht.Application.Common.Documents;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Domain.Bijlagen;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gemeenschapskracht.Api.Endpoints;

/// <summary>Route step 1: the gemeente's beleidskader, versioned, adopted by the raad.</summary>
public sealed class BeleidskadersEndpoints : IEndpointGroup
{
    public string Route => "beleidskaders";

    public string Tag => "Beleidskaders";

    public TenantScope Tenant => TenantScope.Gemeente;

    public void Map(RouteGroupBuilder group)
    {
        group.MapGet("", ListBeleidskaders).Named()
            .WithSummary("De versies van het beleidskader, nieuwste eerst (het publiek ziet alleen vastgestelde versies)");
        group.MapGet("/geldend", GetGeldendBeleidskader).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Het beleidskader dat nu geldt: de laatste versie die de raad heeft vastgesteld");
        group.MapGet("/{id:guid}", GetBeleidskader).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Eén versie met al haar onderdelen, totalen en signaleringen");
        group.MapGet("/{id:guid}/document", GetBeleidskaderDocument).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .Produces(StatusCodes.Status200OK, contentType: DocumentFile.ContentType)
            .WithSummary("Eén versie als PDF om te printen of te bewaren, met dezelfde inhoud als de pagina");
        group.MapGet("/{id:guid}/vergelijking", CompareBeleidskaders).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Twee versies naast elkaar: wat per onderdeel is toegevoegd, verwijderd of gewijzigd");
        group.MapPost("", CreateBeleidskader).Named().ProducesProblems(StatusCodes.Status409Conflict)
            .WithSummary("Een nieuwe conceptversie beginnen (de eerste met de vijf publieke waarden uit het essay, anders een kopie van de laatste versie)");
        group.MapPut("/{id:guid}", UpdateBeleidskader).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Titel en alle onderdelen van een concept vervangen (alle velden opgeven)");
        group.MapPost("/{id:guid}/voorleggingen", SubmitBeleidskader).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Het concept aan de raad voorleggen");
        group.MapPost("/{id:guid}/terugnames", WithdrawBeleidskader).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Het voorstel bij de raad terugnemen om het te wijzigen");
        group.MapPost("/{id:guid}/vaststellingen", AdoptBeleidskader).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("De vaststelling door de raad vastleggen, met het raadsbesluit (griffie of gemeente-beheerder)");
        group.MapBijlagen(ListBeleidskaderBijlagen, GetBeleidskaderBijlage, UploadBeleidskaderBijlage, "De bijlagen, voor wie het beleidskader mag zien");
    }

    public static async Task<Ok<PagedList<BeleidskaderSamenvattingDto>>> ListBeleidskaders(IMediator mediator, HttpContext http,
        int page = 1, int pageSize = Paging.DefaultPageSize)
    {
        var result = await mediator.Send(new ListBeleidskadersQuery(page, pageSize), http.RequestAborted);
        http.AddLinkHeader(result);
        return TypedResults.Ok(result);
    }

    public static async Task<Ok<BeleidskaderDto>> GetGeldendBeleidskader(IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetGeldendBeleidskaderQuery(), ct));

    public static async Task<Ok<BeleidskaderDto>> GetBeleidskader(IMediator mediator, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetBeleidskaderQuery(id), ct));

    public static async Task<FileContentHttpResult> GetBeleidskaderDocument(IMediator mediator, Guid id, CancellationToken ct)
    {
        var document = await mediator.Send(new GetBeleidskaderDocumentQuery(id), ct);
        return TypedResults.File(document.Content, DocumentFile.ContentType, document.FileName);
    }

    /// <param name="met">The other version.</param>
    public static async Task<Ok<BeleidskaderVergelijkingDto>> CompareBeleidskaders(IMediator mediator, Guid id, Guid met, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new CompareBeleidskadersQuery(id, met), ct));

    public static async Task<Created<BeleidskaderDto>> CreateBeleidskader(IMediator mediator, CreateBeleidskaderCommand command, CancellationToken ct)
    {
        var kader = await mediator.Send(command, ct);
        return TypedResults.Created($"{OpenApi.NlApiDesignRules.BasePath}/beleidskaders/{kader.Id}", kader);
    }

    public static async Task<Ok<BeleidskaderDto>> UpdateBeleidskader(IMediator mediator, Guid id, UpdateBeleidskaderCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));

    public static async Task<Ok<BeleidskaderDto>> SubmitBeleidskader(IMediator mediator, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new SubmitBeleidskaderCommand(id), ct));

    public static async Task<Ok<BeleidskaderDto>> WithdrawBeleidskader(IMediator mediator, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new WithdrawBeleidskaderCommand(id), ct));

    public static async Task<Ok<BeleidskaderDto>> AdoptBeleidskader(IMediator mediator, Guid id, AdoptBeleidskaderCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));

    public static Task<Ok<IReadOnlyList<BijlageDto>>> ListBeleidskaderBijlagen(IMediator mediator, Guid id, CancellationToken ct) =>
        BijlageEndpoints.LijstAsync(mediator, Onderwerp.Beleidskader, id, ct);

    public static Task<FileContentHttpResult> GetBeleidskaderBijlage(IMediator mediator, Guid id, Guid bijlageId, CancellationToken ct) =>
        BijlageEndpoints.DownloadAsync(mediator, Onderwerp.Beleidskader, id, bijlageId, ct);

    /// <param name="naam">The file name to show and download with, e.g. <c>raadsbesluit.pdf</c>.</param>
    public static Task<Created<BijlageDto>> UploadBeleidskaderBijlage(IMediator mediator, HttpRequest request, Guid id, string naam, CancellationToken ct) =>
        BijlageEndpoints.PlaatsAsync(mediator, request, Onderwerp.Beleidskader, "beleidskaders", id, naam, ct);
}
